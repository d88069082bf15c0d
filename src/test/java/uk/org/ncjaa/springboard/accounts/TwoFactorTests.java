package uk.org.ncjaa.springboard.accounts;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class TwoFactorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TotpCodes totp;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffMustSetUpTwoFactorBeforeUsingTheirRole() throws Exception {
        TestAccounts.Created editor = accounts.createStaffWithoutTwoFactor(Role.EDITOR);
        MockHttpSession session = new MockHttpSession();
        login(session, editor.email()).andExpect(redirectedUrl("/account/two-factor"));

        mvc.perform(get("/admin/taxonomy").session(session)).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/account/two-factor"));

        String page = mvc.perform(get("/account/two-factor").session(session)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Staff accounts must use two-factor authentication")))
            .andReturn().getResponse().getContentAsString();
        String secret = secretShownOn(page);
        assertThat(secret).isEqualTo(storedSecret(editor.id()));

        mvc.perform(post("/account/two-factor").session(session).with(csrf()).param("code", "000000"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not work")));
        String recovery = recoveryCode(mvc.perform(post("/account/two-factor").session(session).with(csrf())
                .param("code", totp.code(secret, Instant.now())))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Save your recovery codes")))
            .andReturn().getResponse().getContentAsString());

        mvc.perform(get("/admin/taxonomy").session(session)).andExpect(status().isOk());

        // next login asks for the code; a recovery code works once
        MockHttpSession next = new MockHttpSession();
        login(next, editor.email()).andExpect(redirectedUrl("/login/two-factor"));
        mvc.perform(get("/admin/taxonomy").session(next)).andExpect(redirectedUrl("/login/two-factor"));
        mvc.perform(post("/login/two-factor").session(next).with(csrf()).param("code", recovery))
            .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/admin/taxonomy").session(next)).andExpect(status().isOk());

        MockHttpSession third = new MockHttpSession();
        login(third, editor.email());
        mvc.perform(post("/login/two-factor").session(third).with(csrf()).param("code", recovery))
            .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not work")));
    }

    @Test
    void aCodeCannotBeUsedTwice() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        jdbc.update("update account set totp_last_step = null where id = ?", admin.id());
        String code = accounts.currentCode(admin);

        MockHttpSession first = new MockHttpSession();
        login(first, admin.email()).andExpect(redirectedUrl("/login/two-factor"));
        mvc.perform(post("/login/two-factor").session(first).with(csrf()).param("code", code)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/admin/accounts").session(first)).andExpect(status().isOk());

        MockHttpSession replay = new MockHttpSession();
        login(replay, admin.email());
        mvc.perform(post("/login/two-factor").session(replay).with(csrf()).param("code", code))
            .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not work")));
        mvc.perform(get("/admin/accounts").session(replay)).andExpect(redirectedUrl("/login/two-factor"));
    }

    @Test
    void aPendingLoginCanOnlyEnterItsCodeOrLeave() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        MockHttpSession session = new MockHttpSession();
        login(session, admin.email()).andExpect(redirectedUrl("/login/two-factor"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login/two-factor"));
        mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/login/two-factor"));
        mvc.perform(get("/login/two-factor").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?loggedOut"));
    }

    @Test
    void staffCannotTurnTwoFactorOff() throws Exception {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        mvc.perform(post("/account/two-factor/disable").with(admin.login()).with(csrf()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.queryForObject("select totp_enabled_at is not null from account where id = ?", Boolean.class, admin.id()))
            .isTrue();
    }

    private org.springframework.test.web.servlet.ResultActions login(MockHttpSession session, String email) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("email", email).param("password", TestAccounts.PASSWORD));
    }

    private String storedSecret(long id) {
        return jdbc.queryForObject("select totp_secret from account where id = ?", String.class, id);
    }

    private static String secretShownOn(String page) {
        Matcher matcher = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(matcher.find()).as("the key is shown for manual entry").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    private static String recoveryCode(String page) {
        Matcher matcher = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(page);
        assertThat(matcher.find()).as("recovery codes are shown").isTrue();
        return matcher.group(1);
    }
}
