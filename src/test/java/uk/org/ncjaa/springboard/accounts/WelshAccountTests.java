package uk.org.ncjaa.springboard.accounts;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.Mailer;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The member's language for the site and their emails, and the accounts pages in Welsh. */
@SpringboardTest
class WelshAccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailer mailer;

    @Test
    void theLanguageChosenOnTheProfileIsSavedAndTheSiteFollowsIt() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        String page = mvc.perform(get("/account/profile").with(member.login())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Language for this site and your emails").contains("value=\"cy\"");

        MvcResult saved = mvc.perform(post("/account/language").with(member.login()).with(csrf()).param("language", "cy"))
            .andExpect(redirectedUrl("/account/profile")).andReturn();
        assertThat(saved.getResponse().getHeaders("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=cy;"));
        assertThat(language(member.id())).isEqualTo("cy");
        assertThat(saved.getFlashMap().get("changed")).isEqualTo("Mae eich iaith wedi'i chadw.");
        assertThat(mailer.languageOf(member.email())).isEqualTo(Languages.WELSH);
        assertThat(mailer.languageOf(member.email().toUpperCase())).as("any case of the address").isEqualTo(Languages.WELSH);

        String welsh = mvc.perform(get("/account/profile").with(member.login()).cookie(new Cookie("lang", "cy")))
            .andReturn().getResponse().getContentAsString();
        assertThat(welsh).contains("Iaith y wefan hon a&#39;ch negeseuon e-bost").contains("Eich proffil")
            .contains("value=\"cy\" checked=\"checked\"").doesNotContain("??");

        mvc.perform(post("/account/language").with(member.login()).with(csrf()).param("language", "fr"))
            .andExpect(redirectedUrl("/account/profile"));
        assertThat(language(member.id())).as("only English or Welsh").isEqualTo("cy");
        mvc.perform(post("/account/language").with(member.login()).with(csrf()).param("language", "en"))
            .andExpect(redirectedUrl("/account/profile"));
        assertThat(language(member.id())).isEqualTo("en");
        assertThat(mailer.languageOf(member.email())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void signingInSetsTheMembersLanguage() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        MvcResult unchosen = mvc.perform(post("/login").with(csrf()).cookie(new Cookie("lang", "cy"))
                .param("email", member.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account")).andReturn();
        assertThat(unchosen.getResponse().getHeaders("Set-Cookie"))
            .as("no choice yet: the page's language stays").noneMatch(cookie -> cookie.startsWith("lang="));

        jdbc.update("update account set preferred_language = 'cy' where id = ?", member.id());
        MvcResult welsh = mvc.perform(post("/login").with(csrf()).param("email", member.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account")).andReturn();
        assertThat(welsh.getResponse().getHeaders("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=cy;"));

        jdbc.update("update account set preferred_language = 'en' where id = ?", member.id());
        MvcResult english = mvc.perform(post("/login").with(csrf()).cookie(new Cookie("lang", "cy"))
                .param("email", member.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/account")).andReturn();
        assertThat(english.getResponse().getHeaders("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=en;"));
    }

    @Test
    void aMemberWhoChoseWelshGetsTheirEmailsInWelsh() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        jdbc.update("update account set preferred_language = 'cy' where id = ?", member.id());
        mvc.perform(post("/account/password").with(member.login()).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "brand new long password"))
            .andExpect(redirectedUrl("/login"));
        MimeMessage mail = inbox.awaitOne(member.email(), "Mae eich cyfrinair Springboard wedi cael ei newid");
        String body = decoded(mail);
        assertThat(body).contains("Mae&#39;r cyfrinair ar gyfer eich cyfrif Springboard newydd gael ei newid")
            .contains("Os nad chi wnaeth hyn, ailosodwch eich cyfrinair nawr yn").contains("lang=\"cy\"")
            .doesNotContain("has just been changed").doesNotContain("??");
    }

    @Test
    void anEnglishMembersEmailIsUnchanged() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        mvc.perform(post("/account/password").with(member.login()).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "brand new long password"))
            .andExpect(redirectedUrl("/login"));
        String body = decoded(inbox.awaitOne(member.email(), "Your Springboard password was changed"));
        assertThat(body).contains("The password for your Springboard account has just been changed, and you have been logged out everywhere.")
            .contains("If you did not do this, reset your password now at").doesNotContain("??");
    }

    @Test
    void joiningFromAWelshPageKeepsTheAccountWelsh() throws Exception {
        String email = TestAccounts.uniqueEmail("cymraeg");
        mvc.perform(post("/register").with(csrf()).with(TestAccounts.fromOwnAddress()).param("lang", "cy")
                .param("displayName", "Siân").param("email", email).param("password", "tri gair hir iawn").param("agree", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select preferred_language from account where lower(email) = ?", String.class, email)).isEqualTo("cy");
        String body = decoded(inbox.awaitOne(email, "Cadarnhewch eich cyfeiriad e-bost"));
        assertThat(body).contains("Helo Siân,").contains("Cadarnhau fy nghyfeiriad e-bost");
    }

    @Test
    void theLoginAndJoinPagesInWelsh() throws Exception {
        String login = page("/login?lang=cy");
        assertThat(login).contains("<html lang=\"cy\"").contains("<h1>Mewngofnodi</h1>").contains("Wedi anghofio eich cyfrinair?")
            .contains("Ymuno â&#39;r rhwydwaith am ddim").doesNotContain("Forgotten your password?").doesNotContain("??");
        String join = page("/join?lang=cy");
        assertThat(join).contains("<h1>Ymuno â&#39;r rhwydwaith</h1>").contains("Creu cyfrinair").contains("Sut glywsoch chi am y gynghrair?")
            .contains("Rwyf wedi darllen yr <a href=\"/privacy\">hysbysiad preifatrwydd</a>").contains("Cydweithiwr neu ffrind")
            .doesNotContain("Your name").doesNotContain("??");
        for (String path : new String[] { "/register?lang=cy", "/password/forgot?lang=cy", "/register/check-email?lang=cy", "/regions?lang=cy" }) {
            assertThat(page(path)).as(path).contains("<html lang=\"cy\"").doesNotContain("??");
        }
        String errors = mvc.perform(post("/join").with(csrf()).with(TestAccounts.fromOwnAddress()).param("lang", "cy").param("email", "nope"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("Mae problem wedi codi").contains("Rhowch eich enw").contains("Rhowch gyfeiriad e-bost fel enw@example.org")
            .contains("Rhowch gyfrinair").doesNotContain("Enter your name");
    }

    @Test
    void theEnglishPagesAreUnchanged() throws Exception {
        String login = page("/login");
        assertThat(login).contains("<h1>Log in</h1>").contains("Forgotten your password?")
            .contains("<p>New here? <a href=\"/join\">Join the network free</a>.</p>").doesNotContain("Mewngofnodi</h1>");
        String join = page("/join");
        assertThat(join).contains("<h1>Join the network</h1>").contains("Create a password").contains("How did you hear about the alliance?")
            .contains("I have read the <a href=\"/privacy\">privacy notice</a>").contains("A colleague or friend")
            .contains("Send me the alliance's monthly newsletter by email");
    }

    /** Both parts of an email, decoded. */
    static String decoded(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(decoded(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String string ? string : "";
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String language(long accountId) {
        return jdbc.queryForObject("select preferred_language from account where id = ?", String.class, accountId);
    }
}
