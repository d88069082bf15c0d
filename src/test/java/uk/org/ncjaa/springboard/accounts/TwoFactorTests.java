package uk.org.ncjaa.springboard.accounts;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.support.ExplodingController;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

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

    /**
     * Sessions as the real server keeps them, with the cookie a browser would send: only there does
     * an old session id stop meaning anything. (MockMvc is there for the enclosing class's fields,
     * which are filled from this context too.)
     */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @AutoConfigureMockMvc
    @Import({ TestMail.class, TestAccounts.class, ExplodingController.class })
    class ThroughTheServer {

        private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        @LocalServerPort
        int port;

        @Autowired
        TestAccounts serverAccounts;

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        @Test
        void theSecondFactorGivesTheSessionANewIdAndTheOldOneNoLongerWorks() throws Exception {
            TestAccounts.Created admin = serverAccounts.create(Role.ADMIN);
            HttpResponse<String> loginPage = send(get("/login", null));
            String firstId = sessionId(loginPage);
            HttpResponse<String> password = send(post("/login", firstId, "email", admin.email(), "password", TestAccounts.PASSWORD,
                    "_csrf", csrf(loginPage.body())));
            assertThat(password.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/two-factor"));
            String pendingId = sessionId(password);

            HttpResponse<String> codePage = send(get("/login/two-factor", pendingId));
            assertThat(codePage.statusCode()).isEqualTo(200);
            HttpResponse<String> code = send(post("/login/two-factor", pendingId, "code", serverAccounts.currentCode(admin),
                    "_csrf", csrf(codePage.body())));
            assertThat(code.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));

            String fullId = code.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
            assertThat(fullId).as("a new session id once the second factor is proven").isNotNull().isNotEqualTo(pendingId);
            assertThat(send(get("/admin/accounts", fullId)).statusCode()).isEqualTo(200);
            HttpResponse<String> old = send(get("/admin/accounts", pendingId));
            assertThat(old.statusCode()).as("the id from before the second factor is no one's session").isEqualTo(302);
            assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }

        private HttpRequest get(String path, String session) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
            if (session != null) {
                request.header("Cookie", "JSESSIONID=" + session);
            }
            return request.build();
        }

        private HttpRequest post(String path, String session, String... fields) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private static String sessionId(HttpResponse<String> response) {
            return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session cookie set"));
        }

        private static String csrf(String page) {
            Matcher matcher = CSRF.matcher(page);
            assertThat(matcher.find()).as("the form carries its token").isTrue();
            return matcher.group(1);
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
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
