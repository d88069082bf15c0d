package uk.org.ncjaa.springboard.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Welsh through the real server: the page's language, the switch, the remembered choice and the page cache. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "springboard.page-cache.enabled=true")
@Import({ TestMail.class, TestAccounts.class })
class LanguageTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aWelshAddressGivesTheWelshPageAndRemembersTheChoice() throws Exception {
        HttpResponse<String> welsh = get("/evidence?lang=cy", null);
        assertThat(welsh.statusCode()).isEqualTo(200);
        assertThat(welsh.body()).contains("<html lang=\"cy\"").contains("Llyfrgell Dystiolaeth").contains("Neidio i&#39;r prif gynnwys");
        assertThat(welsh.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=cy;"));
        // the switch leads to the same page in English, and says so in English
        assertThat(welsh.body()).contains("href=\"/evidence?lang=en\" hreflang=\"en\" lang=\"en\"");
        // search engines ask for full addresses here
        assertThat(welsh.body()).containsPattern("<link rel=\"alternate\" hreflang=\"cy\" href=\"https?://[^/\"]+/evidence\\?lang=cy\">")
            .containsPattern("<link rel=\"alternate\" hreflang=\"en-GB\" href=\"https?://[^/\"]+/evidence\\?lang=en\">")
            .containsPattern("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https?://[^/\"]+/evidence\">")
            .contains("<meta property=\"og:locale\" content=\"cy_GB\">");
    }

    @Test
    void theCookieChoosesTheLanguageAndTheKeptPagesNeverMixThem() throws Exception {
        for (int round = 0; round < 2; round++) {
            HttpResponse<String> english = get("/publications", null);
            assertThat(english.body()).as("round " + round).contains("<html lang=\"en-GB\"").contains("Skip to main content")
                .doesNotContain("Neidio i&#39;r prif gynnwys");
            HttpResponse<String> welsh = get("/publications", "lang=cy");
            assertThat(welsh.body()).as("round " + round).contains("<html lang=\"cy\"").contains("Neidio i&#39;r prif gynnwys")
                .doesNotContain("Skip to main content");
            assertThat(welsh.headers().allValues("Set-Cookie")).as("a choice already made is not written again").isEmpty();
        }
    }

    @Test
    void theSwitchKeepsTheRestOfTheAddress() throws Exception {
        HttpResponse<String> english = get("/evidence?q=drama&page=2", null);
        assertThat(english.body()).contains("href=\"/evidence?q=drama&amp;page=2&amp;lang=cy\" hreflang=\"cy\" lang=\"cy\"");
    }

    @Test
    void errorPagesAreInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> missing = get("/no/such/page", "lang=cy");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"cy\"").contains("Heb ddod o hyd i&#39;r dudalen")
            .as("the switch leads to the address asked for, not to the error page's own")
            .contains("href=\"/no/such/page?lang=en\" hreflang=\"en\" lang=\"en\"");
    }

    @Test
    void anUnknownLanguageIsEnglishAndRemembersNothing() throws Exception {
        HttpResponse<String> page = get("/publications?lang=fr", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en-GB\"");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("lang="));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
