package uk.org.ncjaa.springboard.accounts;

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
class PasswordResetTests {

    private static final String NEW_PASSWORD = "copper kettle morning";

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void resetsThePasswordWithTheEmailedLinkOnce() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", account.email()))
            .andExpect(redirectedUrl("/password/sent"));
        String link = Inbox.link(inbox.awaitOne(account.email(), "Reset your Springboard password"), "/password/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
            .andExpect(redirectedUrl("/login"));

        login(account.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"));
        login(account.email(), NEW_PASSWORD).andExpect(status().is3xxRedirection())
            .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error"));
        inbox.awaitOne(account.email(), "Your Springboard password was changed");

        mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "another fresh password"))
            .andExpect(content().string(containsString("expired or has been used")));
    }

    @Test
    void anExpiredLinkGetsAClearPage() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", account.email()));
        String link = Inbox.link(inbox.awaitOne(account.email(), "Reset your Springboard password"), "/password/reset");
        jdbc.update("update account_token set expires_at = now() - interval '1 minute' where account_id = ?", account.id());

        mvc.perform(get(link)).andExpect(status().isOk())
            .andExpect(content().string(containsString("This link has expired or has been used")));
    }

    @Test
    void aMadeUpLinkGetsTheSameClearPage() throws Exception {
        mvc.perform(get("/password/reset").param("token", "not-a-real-token")).andExpect(status().isOk())
            .andExpect(content().string(containsString("This link has expired or has been used")));
        mvc.perform(get("/password/reset")).andExpect(status().isOk())
            .andExpect(content().string(containsString("This link has expired or has been used")));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmail() throws Exception {
        String email = TestAccounts.uniqueEmail("nobody");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/password/sent"));
        assertThat(inbox.to(email)).isEmpty();
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
        TestAccounts.Created account = accounts.create(Role.MEMBER);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", account.email()));
        String link = Inbox.link(inbox.awaitOne(account.email(), "Reset your Springboard password"), "/password/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "short"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Use at least 10 characters")));
        mvc.perform(get(link)).andExpect(content().string(containsString("Choose a new password")));
    }

    private org.springframework.test.web.servlet.ResultActions login(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password));
    }
}
