package uk.org.ncjaa.springboard.accounts;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class AccountManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheAccountPage() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        mvc.perform(get("/account").with(account.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString(account.email())));
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        mvc.perform(post("/account/password").with(account.login()).with(csrf())
                .param("currentPassword", "not my password").param("newPassword", "brand new long password"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(post("/account/password").with(account.login()).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "brand new long password"))
            .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).param("email", account.email()).param("password", "brand new long password"))
            .andExpect(redirectedUrl("/account"));
    }

    @Test
    void changesTheEmailAddressOnceTheNewOneIsConfirmed() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        String newEmail = TestAccounts.uniqueEmail("moved");
        mvc.perform(post("/account/email").with(account.login()).with(csrf())
                .param("newEmail", newEmail).param("currentPassword", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account"));
        assertThat(email(account.id())).as("unchanged until confirmed").isEqualTo(account.email());

        String link = Inbox.link(inbox.awaitOne(newEmail, "Confirm your new email address"), "/email/confirm");
        mvc.perform(get(link)).andExpect(content().string(containsString("Your email address has changed")));
        assertThat(email(account.id())).isEqualTo(newEmail);
        inbox.awaitOne(account.email(), "Your Springboard email address was changed");
    }

    @Test
    void doesNotMoveAnAccountOntoAnAddressInUse() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        TestAccounts.Created other = accounts.create(Role.MEMBER);
        mvc.perform(post("/account/email").with(account.login()).with(csrf())
                .param("newEmail", other.email()).param("currentPassword", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account"));
        inbox.awaitOne(other.email(), "Someone tried to move a Springboard account");
        assertThat(email(account.id())).isEqualTo(account.email());
    }

    @Test
    void deletesTheAccountAndItsMemberProfile() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> members(account.id()) == 1);

        mvc.perform(post("/account/delete").with(account.login()).with(csrf()).param("password", "wrong one").param("confirm", "true"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Your password is not right")));
        mvc.perform(post("/account/delete").with(account.login()).with(csrf()).param("password", TestAccounts.PASSWORD))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Tick the box to confirm")));
        mvc.perform(post("/account/delete").with(account.login()).with(csrf())
                .param("password", TestAccounts.PASSWORD).param("confirm", "true"))
            .andExpect(redirectedUrl("/"));

        assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Long.class, account.id())).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> members(account.id()) == 0);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where account_id = ? and type = 'ACCOUNT_DELETED'",
                Long.class, account.id())).as("the audit trail outlives the account").isOne();
    }

    private String email(long id) {
        return jdbc.queryForObject("select email from account where id = ?", String.class, id);
    }

    private long members(long accountId) {
        return jdbc.queryForObject("select count(*) from member where account_id = ?", Long.class, accountId);
    }
}
