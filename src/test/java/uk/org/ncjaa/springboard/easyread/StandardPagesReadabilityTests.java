package uk.org.ncjaa.springboard.easyread;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.policy.consultation.domain.DemoConsultations;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard pages the easy-read pages explain, held to plain English at the level each reaches
 * today, so none gets harder to read unnoticed. The aim for all of them is Flesch reading ease 50 or
 * more and 20 words a sentence or fewer on average; where a page falls short its floor is what it
 * reaches now (see each figure's comment), to be raised when its words are rewritten. Every figure is
 * printed, with the page's longest sentences.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class })
class StandardPagesReadabilityTests {

    /** The aim: plain English. */
    static final double PLAIN_FLESCH = 50;
    static final double PLAIN_SENTENCE = 20;

    @LocalServerPort
    int port;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    DemoConsultations consultations;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Page, lowest Flesch reading ease, longest average sentence: the aim, or what the page reaches today. */
    private record Target(double flesch, double sentence) {
    }

    @Test
    void theStandardPagesStayAsPlainAsTheyAreToday() throws Exception {
        Event event = TestEvents.publish(catalogue, "Introduction to arts in prisons", 40, Map.of(
                TicketKind.MEMBER, new EventDetails.Ticket(7500, 40), TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 40),
                TicketKind.CONCESSION, new EventDetails.Ticket(4500, 10)));
        consultations.load();
        long consultation = jdbc.queryForObject("select id from policy_consultation where title = ?", Long.class,
                "Creative approaches to rehabilitation: call for evidence");
        Map<String, Target> pages = new LinkedHashMap<>();
        pages.put("/about", new Target(PLAIN_FLESCH, PLAIN_SENTENCE));
        pages.put("/join", new Target(PLAIN_FLESCH, PLAIN_SENTENCE));
        pages.put("/privacy", new Target(PLAIN_FLESCH, PLAIN_SENTENCE));
        pages.put("/events/" + event.slug() + "/book", new Target(PLAIN_FLESCH, PLAIN_SENTENCE));
        pages.put("/mentoring", new Target(PLAIN_FLESCH, PLAIN_SENTENCE));
        pages.put("/policy/consultations/" + consultation, new Target(PLAIN_FLESCH, PLAIN_SENTENCE));
        StringBuilder report = new StringBuilder();
        Map<String, Readability> measured = new LinkedHashMap<>();
        for (String path : pages.keySet()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?lang=en"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            Readability text = Readability.ofMain(page.body());
            measured.put(path, text);
            report.append(path).append(": ").append(text.summary()).append('\n');
            text.longest(3).forEach(s -> report.append("    ").append(s.words().size()).append(" words: ").append(s.text()).append('\n'));
        }
        System.out.println("Standard pages, plain English:\n" + report);
        pages.forEach((path, target) -> {
            Readability text = measured.get(path);
            assertThat(text.fleschReadingEase()).as(path + ": " + text.summary()).isGreaterThanOrEqualTo(target.flesch());
            assertThat(text.averageSentenceLength()).as(path + ": " + text.summary()).isLessThanOrEqualTo(target.sentence());
        });
    }
}
