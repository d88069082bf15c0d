package uk.org.ncjaa.springboard.accounts;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.ncjaa.springboard.support.TestAccounts.uniqueEmail;

@SpringboardTest
class RegistrationTests {

    private static final String PASSWORD = "lantern orchard violet";

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registersVerifiesByEmailAndLogsIn() throws Exception {
        String email = uniqueEmail("join");
        register("Ada Example", email, PASSWORD).andExpect(redirectedUrl("/register/check-email"));

        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, email)).isOne();
        login(email, PASSWORD).andExpect(redirectedUrl("/login?unverified"));

        MimeMessage mail = inbox.awaitOne(email, "Confirm your email");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(Inbox.body(mail)).contains("text/plain").contains("text/html");
        mvc.perform(get(Inbox.link(mail, "/verify"))).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Your email address is confirmed")));

        login(email, PASSWORD).andExpect(redirectedUrl("/account"));
    }

    @Test
    void aVerificationLinkWorksOnce() throws Exception {
        String email = uniqueEmail("once");
        register("Once Only", email, PASSWORD);
        String link = Inbox.link(inbox.awaitOne(email, "Confirm your email"), "/verify");
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("is confirmed")));
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("expired or has been used")));
    }

    @Test
    void createsAMemberProfileForTheNewAccount() throws Exception {
        String email = uniqueEmail("profile");
        register("Profile Person", email, PASSWORD);
        Long accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
            .until(() -> jdbc.queryForObject("select count(*) from member where account_id = ?", Long.class, accountId) == 1);
    }

    @Test
    void anAddressThatIsTakenGetsTheSameAnswerAndAnEmailToItsOwner() throws Exception {
        String email = uniqueEmail("taken");
        register("First", email, PASSWORD).andExpect(redirectedUrl("/register/check-email"));
        register("Second", email.toUpperCase(), "another long password").andExpect(redirectedUrl("/register/check-email"));

        assertThat(jdbc.queryForObject("select count(*) from account where lower(email) = ?", Long.class, email)).isOne();
        inbox.awaitOne(email, "Someone tried to join Springboard");
    }

    @Test
    void badInputComesBackWithMessagesAndWhatWasTyped() throws Exception {
        MvcResult result = mvc.perform(post("/register").with(csrf())
                .param("displayName", "Grace <b>Hopper</b>")
                .param("email", "not-an-email")
                .param("password", "short"))
            .andExpect(status().isOk())
            .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("There is a problem")
            .contains("Enter an email address like name@example.org")
            .contains("Use at least 10 characters")
            .contains("Tick the box to say you have read the privacy notice")
            .contains("value=\"Grace &lt;b&gt;Hopper&lt;/b&gt;\"")
            .contains("value=\"not-an-email\"")
            .doesNotContain("value=\"short\"");
    }

    @Test
    void refusesWellKnownPasswords() throws Exception {
        register("Weak", uniqueEmail("weak"), "password123").andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("too easy to guess")));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        String email = uniqueEmail("known");
        register("Known", email, PASSWORD);
        login(email, "wrong password here").andExpect(redirectedUrl("/login?error"));
        login(uniqueEmail("unknown"), "wrong password here").andExpect(redirectedUrl("/login?error"));
    }

    private org.springframework.test.web.servlet.ResultActions register(String name, String email, String password)
            throws Exception {
        return mvc.perform(post("/register").with(csrf())
            .param("displayName", name).param("email", email).param("password", password).param("agree", "true"));
    }

    private org.springframework.test.web.servlet.ResultActions login(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password));
    }
}
