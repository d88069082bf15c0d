package uk.org.ncjaa.springboard.newsletter.sending;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.support.NodeProcess;
import uk.org.ncjaa.springboard.support.OwnDatabase;
import uk.org.ncjaa.springboard.support.SmtpSink;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash test: a send to 20,000 recipients, the application killed with SIGKILL halfway, and
 * started again. The send must resume by itself, with every recipient getting the message and
 * nobody getting it twice, except at most one message per worker that was in flight at the kill.
 * The application runs as a process of its own on a database of its own, sending to a real SMTP
 * server on 127.0.0.1.
 */
@SpringboardTest
class SendCrashTests {

    private static final int RECIPIENTS = 20_000;
    private static final int WORKERS = 4;

    @Autowired
    DataSource dataSource;

    @Test
    void aSendKilledHalfwayResumesWithNobodySkippedAndAtMostOneRepeatPerWorker() throws Exception {
        try (OwnDatabase database = new OwnDatabase(dataSource, "crash"); SmtpSink sink = new SmtpSink(0)) {
            JdbcTemplate jdbc = database.jdbc();

            NodeProcess first = start(database, sink, "first");
            try {
                Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions().until(() -> jdbc.queryForObject("select count(*) from newsletter_campaign", Integer.class) >= 0);
                jdbc.update("insert into newsletter_subscriber (email, status, topics, source, created_at, confirmed_at)"
                        + " select 'reader' || n || '@example.org', 'CONFIRMED', '{news,events,opportunities,publications,evidence}',"
                        + " 'IMPORT', now(), now() from generate_series(1, ?) n", RECIPIENTS);
                jdbc.update("insert into newsletter_campaign (kind, subject, body, status, scheduled_at, created_at)"
                        + " values ('ONE_OFF', 'The crash test', 'Sent once to each of you, whatever happens.', 'SCHEDULED', now(), now())");
                Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> sent(jdbc) >= RECIPIENTS / 4);
            }
            finally {
                // SIGKILL: no shutdown hook, no finishing the message in hand
                first.kill();
            }
            long sentAtKill = sent(jdbc);
            long receivedAtKill = sink.messages();
            assertThat(sentAtKill).as("killed halfway, not after the end").isLessThan(RECIPIENTS);

            try (NodeProcess second = start(database, sink, "second")) {
                Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
                    .until(() -> "SENT".equals(jdbc.queryForObject("select status from newsletter_campaign", String.class)));
            }

            Map<String, Integer> received = sink.perRecipient();
            List<String> missing = new ArrayList<>();
            int repeats = 0;
            for (int n = 1; n <= RECIPIENTS; n++) {
                int count = received.getOrDefault("reader" + n + "@example.org", 0);
                if (count == 0) {
                    missing.add("reader" + n);
                }
                repeats += Math.max(0, count - 1);
            }
            System.out.printf("crash test: killed with %d of %d marked sent and %d received; after restart %d received,"
                    + " %d recipients missing, %d repeated (limit %d, one per worker in flight)%n", sentAtKill, RECIPIENTS, receivedAtKill,
                    sink.messages(), missing.size(), repeats, WORKERS);
            assertThat(missing).as("nobody is skipped").isEmpty();
            assertThat(repeats).as("at most one repeat per worker in flight at the kill").isLessThanOrEqualTo(WORKERS);
            assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT'", Integer.class))
                .isEqualTo(RECIPIENTS);
            assertThat(sink.messages()).isEqualTo(RECIPIENTS + repeats);
        }
    }

    private static long sent(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT'", Long.class);
    }

    private static NodeProcess start(OwnDatabase database, SmtpSink sink, String name) throws IOException {
        return NodeProcess.start(name, database, List.of("--springboard.mail.smtp.host=127.0.0.1",
                "--springboard.mail.smtp.port=" + sink.port(), "--springboard.mail.smtp.starttls=false",
                "--springboard.newsletter.workers=" + WORKERS, "--springboard.newsletter.dispatch-every=1s",
                "--springboard.newsletter.link-secret=crash-test-secret", "--springboard.db.pool-size=10"));
    }
}
