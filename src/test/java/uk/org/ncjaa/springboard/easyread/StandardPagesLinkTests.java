package uk.org.ncjaa.springboard.easyread;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/** Each standard page an easy-read page explains links to it, in both languages, and the easy-read page links back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class })
class StandardPagesLinkTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void standardPagesLinkToTheirEasyReadVersions() throws Exception {
        Map<String, String> pages = Map.of("/join", "joining", "/about", "about", "/privacy", "privacy", "/mentoring", "mentoring",
                "/policy/consultations", "consultation");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (String language : new String[] { "en", "cy" }) {
                HttpResponse<String> response = get(page.getKey() + "?lang=" + language);
                assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
                assertThat(response.body()).as(page.getKey() + " in " + language)
                    .contains("<a href=\"/easy-read/" + page.getValue() + "\">")
                    .contains("en".equals(language) ? "Easy read version" : "Fersiwn Hawdd ei Ddeall");
            }
        }
        assertThat(get("/news?lang=en").body()).as("a page with no easy-read version has no link").doesNotContain("/easy-read/\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
