package uk.org.ncjaa.springboard;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.support.Browser;
import uk.org.ncjaa.springboard.support.Nginx;
import uk.org.ncjaa.springboard.support.NodesIndexLayout;
import uk.org.ncjaa.springboard.support.OwnDatabase;
import uk.org.ncjaa.springboard.support.NodeProcess;
import uk.org.ncjaa.springboard.support.SmtpSink;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestOpenSearch;
import uk.org.ncjaa.springboard.support.TestPdfs;
import uk.org.ncjaa.springboard.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, each a process of its own with its own data directory, on one new database, behind
 * nginx sending requests to each in turn: to a visitor they are one site. Both start at the same
 * moment, so one migrates while the other waits. Through the proxy, every request lands on the
 * other node from the one before: a login with its two factors, a form's token, a file uploaded
 * and the job that reads it, a page published, a password change ending the account's other
 * sessions, and guesses at a password all hold across them. Last, one node is killed in the middle
 * of a booking race and of a newsletter both are sending.
 */
@SpringboardTest
class SeveralNodesTests {

    private static final String PASSWORD = "two nodes, one site";
    private static final int RECIPIENTS = 4_000;
    private static final int RACERS = 400;
    private static final int PLACES = 40;
    private static final int WORKERS = 4;

    @Autowired
    DataSource dataSource;

    @Autowired
    TotpCodes totp;

    @Test
    void twoNodesBehindARoundRobinProxyAreOneSite() throws Exception {
        String adminEmail = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<NodeProcess> nodes = new ArrayList<>();
        try (OwnDatabase database = new OwnDatabase(dataSource, "nodes"); SmtpSink sink = new SmtpSink(0)) {
            JdbcTemplate jdbc = database.jdbc();
            List<String> settings = List.of("--springboard.several-nodes=true", "--springboard.page-cache.enabled=true",
                    "--springboard.accounts.admin-email=" + adminEmail, "--springboard.accounts.admin-password=" + PASSWORD,
                    "--springboard.accounts.rate-limit.login-per-account-per-quarter-hour=5", "--springboard.db.pool-size=10",
                    "--springboard.mail.smtp.host=127.0.0.1", "--springboard.mail.smtp.port=" + sink.port(),
                    "--springboard.mail.smtp.starttls=false", "--springboard.newsletter.workers=" + WORKERS,
                    "--springboard.newsletter.dispatch-every=1s", "--springboard.newsletter.link-secret=two-nodes-secret",
                    // one search index for both, on the test JVM's OpenSearch node, under names of their own
                    "--springboard.search.url=" + TestOpenSearch.url(),
                    "--spring.jpa.properties.hibernate.search.backend.layout.strategy=class:" + NodesIndexLayout.class.getName(),
                    // a node gone for 5 s (not the default 30) counts as dead, and another takes up its share of the outbox
                    "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=1000",
                    "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=5000",
                    // a change the index refused is tried again a second later, not 30; set aside after four tries, it is
                    // queued again within 2 s
                    "--spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1",
                    "--springboard.jobs.index-changes-retried-every=2s");
            nodes.add(NodeProcess.start("a", database, settings));
            nodes.add(NodeProcess.start("b", database, settings));
            HttpClient http = HttpClient.newHttpClient();
            for (NodeProcess node : nodes) {
                Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> node.up(http));
            }
            // both migrated the same new database at once: Flyway's lock made one wait, and each migration ran once
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) - count(distinct version) from flyway_schema_history where version is not null",
                    Integer.class)).isZero();
            // and both tried to make the first admin: one did
            assertThat(jdbc.queryForObject("select count(*) from account where lower(email) = ?", Integer.class, adminEmail)).isOne();
            String secret = totp.newSecret();
            jdbc.update("update account set totp_secret = ?, totp_enabled_at = now() where lower(email) = ?", secret, adminEmail);

            try (Nginx proxy = Nginx.roundRobin(database.work(), nodes.stream().map(NodeProcess::port).toList())) {
                String site = proxy.base();
                WebClient editor = new WebClient();

                // a login in two steps, each request on the other node from the one before
                editor.get(site + "/login");
                WebClient.Page password = editor.post(site + "/login", Map.of("email", adminEmail, "password", PASSWORD));
                assertThat(password.location()).endsWith("/login/two-factor");
                assertThat(editor.get(site + "/login/two-factor").status()).isEqualTo(200);
                WebClient.Page code = editor.post(site + "/login/two-factor", Map.of("code", totp.code(secret, Instant.now())));
                assertThat(code.location()).as("the code, sent to the other node").doesNotContain("/login");
                for (NodeProcess node : nodes) {
                    assertThat(editor.get(node.base() + "/admin").status()).as("logged in on node " + node.name()).isEqualTo(200);
                }

                // a page kept by each node for visitors, then published anew on one of them: both show it
                WebClient visitor = new WebClient();
                for (NodeProcess node : nodes) {
                    assertThat(visitor.get(node.base() + "/news").body()).doesNotContain("Two nodes, one site");
                }
                String slug = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
                String word = word();
                publish(editor, site, "Two nodes, one site", word);
                // how soon is printed, not asserted (these machines vary): the target is within 2 s (docs/several-nodes.md gives the figures)
                Instant published = Instant.now();
                for (NodeProcess node : nodes) {
                    Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                        .until(() -> visitor.get(node.base() + "/news").body().contains("Two nodes, one site"));
                }
                System.out.printf("several nodes: a published item was shown by both nodes %d ms after publishing%n",
                        Duration.between(published, Instant.now()).toMillis());
                // and found by either node's search: one index, written through the outbox by whichever node's turn it is
                for (NodeProcess node : nodes) {
                    Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                        .until(() -> found(visitor, node, word, "Two nodes, one site"));
                }
                System.out.printf("several nodes: the item was found by both nodes' searches %d ms after publishing%n",
                        Duration.between(published, Instant.now()).toMillis());

                // a file uploaded through one node is read through either, and the job reading its text runs once
                byte[] pdf = TestPdfs.text("Music in prisons, read by one node");
                editor.get(site + "/evidence/submit");
                WebClient.Page draft = editor.post(site + "/evidence/submit", Map.of("title", "A choir on two nodes " + slug,
                        "authors", "Ada Example", "year", "2024", "artForms", "music", "settings", "prison",
                        "description", "A choir in a prison, studied through interviews."));
                assertThat(draft.location()).as(draft.body()).contains("/file");
                String upload = draft.location().replaceFirst("^https?://[^/]+", "");
                editor.get(site + upload);
                WebClient.Page uploaded = editor.upload(site + upload, "file", "choir.pdf", pdf);
                assertThat(uploaded.status()).isEqualTo(302);
                String entry = upload.replaceFirst("/evidence/submit/([^/]+)/file", "$1");
                long fileId = jdbc.queryForObject("select f.id from evidence_file f join evidence_entry e on e.id = f.entry_id"
                        + " where e.slug = ?", Long.class, entry);
                for (NodeProcess node : nodes) {
                    assertThat(editor.bytes(node.base() + "/evidence/" + entry + "/files/" + fileId)).as("the file through node " + node.name())
                        .isEqualTo(pdf);
                }
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "DONE".equals(jdbc.queryForObject("select extraction from evidence_file where id = ?", String.class, fileId)));
                long reads = nodes.stream().mapToLong(node -> node.output().lines().filter(l -> l.contains("Read PDF " + fileId + ":")).count())
                    .sum();
                assertThat(reads).as("the reading job ran on one node, once").isOne();

                // a password changed through one node ends the account's sessions on every node
                String memberEmail = "member-" + slug + "@example.org";
                long memberId = jdbc.queryForObject("insert into account (email, display_name, password_hash, email_verified_at,"
                        + " created_at, updated_at) values (?, 'Member on two nodes', ?, now(), now(), now()) returning id", Long.class,
                        memberEmail, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
                jdbc.update("insert into account_role (account_id, role) values (?, 'MEMBER')", memberId);
                if (Browser.available() || System.getenv("CI") != null) {
                    // a real browser keeps the session's cookie as the nodes set it, whichever of them answers
                    try (Browser browser = Browser.open(proxy.port())) {
                        browser.visit("/login").type("#email", memberEmail).type("#password", PASSWORD).submit("form.form");
                        for (int i = 0; i < 4; i++) {
                            assertThat(browser.visit("/account").text()).as("visit " + i).contains("Member on two nodes");
                        }
                    }
                }
                WebClient laptop = new WebClient();
                WebClient phone = new WebClient();
                for (WebClient device : List.of(laptop, phone)) {
                    device.get(site + "/login");
                    assertThat(device.post(site + "/login", Map.of("email", memberEmail, "password", PASSWORD)).location())
                        .doesNotContain("/login");
                }
                for (NodeProcess node : nodes) {
                    assertThat(phone.get(node.base() + "/account").status()).as("the phone, on node " + node.name()).isEqualTo(200);
                }
                laptop.get(nodes.get(0).base() + "/account/password");
                assertThat(laptop.post(nodes.get(0).base() + "/account/password", Map.of("currentPassword", PASSWORD,
                        "newPassword", "a new password for both nodes")).location()).endsWith("/login");
                assertThat(phone.get(nodes.get(1).base() + "/account").location()).as("the phone, on the other node")
                    .endsWith("/login?expired");

                // guesses at a password, five allowed a quarter-hour, spread over both nodes: still five
                WebClient guesser = new WebClient();
                List<String> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    guesser.get(site + "/login");
                    answers.add(guesser.post(site + "/login", Map.of("email", "guessed@example.org", "password", "guess " + i)).location());
                }
                assertThat(answers.subList(0, 5)).allMatch(location -> location.endsWith("/login?error"));
                assertThat(answers.subList(5, 8)).allMatch(location -> location.endsWith("/login?limited"));

                aNodeKilledInARaceAndASendLeavesNothingLostOrDoubled(site, editor, jdbc, sink, nodes);
            }
        }
        finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
        }
    }

    /**
     * One node is killed with SIGKILL in the middle of a booking race (visitors booking the last
     * places of an event through the proxy) and of a newsletter both nodes are sending. The other
     * finishes the send alone, with every recipient getting the message and nobody getting it twice,
     * except at most one message per worker the killed node had in flight (as for one node in
     * SendCrashTests); the event is never overbooked, and every visitor told their place is booked
     * has it.
     */
    private static void aNodeKilledInARaceAndASendLeavesNothingLostOrDoubled(String site, WebClient editor, JdbcTemplate jdbc,
            SmtpSink sink, List<NodeProcess> nodes) throws Exception {
        String title = "The race on two nodes " + UUID.randomUUID().toString().substring(0, 8);
        editor.get(site + "/admin/events/new");
        WebClient.Page created = editor.post(site + "/admin/events/new", Map.ofEntries(Map.entry("title", title),
                Map.entry("kind", "NETWORKING"), Map.entry("delivery", "IN_PERSON"), Map.entry("summary", "A race for places."),
                Map.entry("description", "Booked from two nodes."), Map.entry("date", LocalDate.now().plusDays(30).toString()),
                Map.entry("startTime", "14:00"), Map.entry("endTime", "17:00"), Map.entry("venueName", "Hall"),
                Map.entry("organiser", "NCJAA"), Map.entry("capacity", String.valueOf(PLACES)), Map.entry("tickets[0].kind", "FREE"),
                Map.entry("tickets[0].offered", "true"), Map.entry("tickets[0].price", "0"), Map.entry("publish", "yes")));
        assertThat(created.location()).as(created.body()).contains("/admin/events/");
        String event = jdbc.queryForObject("select slug from event where title = ?", String.class, title);

        long before = sink.messages();
        jdbc.update("insert into newsletter_subscriber (email, status, topics, source, created_at, confirmed_at)"
                + " select 'reader' || n || '@example.org', 'CONFIRMED', '{news,events,opportunities,publications,evidence}',"
                + " 'IMPORT', now(), now() from generate_series(1, ?) n", RECIPIENTS);
        jdbc.update("insert into newsletter_campaign (kind, subject, body, status, scheduled_at, created_at)"
                + " values ('ONE_OFF', 'Two nodes, one send', 'Sent once to each of you, whatever happens to a node.', 'SCHEDULED',"
                + " now(), now())");

        // the race starts once the send is under way, and the node dies a fifth of the way into the race (or half way
        // through the send, should the race be slow)
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> sent(jdbc) >= RECIPIENTS / 10);
        ExecutorService racers = Executors.newFixedThreadPool(16);
        Map<String, Future<String>> answers = new java.util.LinkedHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        try {
            for (int i = 0; i < RACERS; i++) {
                String email = "racer-" + i + "@example.org";
                answers.put(email, racers.submit(() -> {
                    try {
                        WebClient visitor = new WebClient();
                        visitor.get(site + "/events/" + event + "/book");
                        return visitor.post(site + "/events/" + event + "/book", Map.of("ticket", "free", "places", "1",
                                "attendees[0].name", "Racer", "bookerName", "Racer", "bookerEmail", email)).location();
                    }
                    catch (IOException lost) {
                        // the node it reached died with the request: the visitor was told nothing
                        return null;
                    }
                    finally {
                        answered.incrementAndGet();
                    }
                }));
            }
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> answered.get() >= RACERS / 5 || sent(jdbc) >= RECIPIENTS / 2);
            // an item published through node a, which dies before its change reaches the index: the index refuses writes
            // from just before the commit until after the kill, so the kill surely falls between the two. The change is
            // in the outbox, committed with the item
            String lastWord = word();
            blockIndexWrites(true);
            publish(editor, nodes.get(0).base(), "The last word of node a", lastWord);
            assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event where entity_name = 'ContentItem'"
                    + " and entity_id = (select id::text from content_item where title = 'The last word of node a')", Integer.class))
                .as("the change, committed with the item and not yet written").isPositive();
            nodes.get(0).kill();
            Instant killed = Instant.now();
            long sentAtKill = sent(jdbc);
            int answeredAtKill = answered.get();
            assertThat(found(new WebClient(), nodes.get(1), lastWord, "The last word of node a")).as("not in the index at the kill").isFalse();
            blockIndexWrites(false);
            assertThat(sentAtKill).as("killed halfway through the send, not after the end").isLessThan(RECIPIENTS);
            assertThat(answeredAtKill).as("killed in the race, not after it").isLessThan(RACERS);

            Map<String, String> told = new java.util.HashMap<>();
            for (Map.Entry<String, Future<String>> answer : answers.entrySet()) {
                told.put(answer.getKey(), answer.getValue().get(3, TimeUnit.MINUTES));
            }
            // with node a dead, only node b can finish the send
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> "SENT".equals(jdbc.queryForObject("select status from newsletter_campaign", String.class)));

            List<String> toldBooked = told.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().contains("/bookings/"))
                .map(Map.Entry::getKey).toList();
            int places = jdbc.queryForObject("select coalesce(sum(b.places), 0) from booking b join event e on e.id = b.event_id"
                    + " where e.slug = ? and b.state not in ('CANCELLED', 'REFUNDED')", Integer.class, event);
            int bookers = jdbc.queryForObject("select count(distinct booker_email) from booking b join event e on e.id = b.event_id"
                    + " where e.slug = ?", Integer.class, event);
            List<String> bookedEmails = jdbc.queryForList("select b.booker_email from booking b join event e on e.id = b.event_id"
                    + " where e.slug = ? and b.state not in ('CANCELLED', 'REFUNDED')", String.class, event);
            assertThat(places).as("never overbooked").isLessThanOrEqualTo(PLACES);
            assertThat(bookedEmails).as("nobody booked twice").hasSize(bookers);
            assertThat(bookedEmails).as("every visitor told they are booked is booked").containsAll(toldBooked);

            Map<String, Integer> received = sink.perRecipient();
            int missing = 0;
            int repeats = 0;
            for (int n = 1; n <= RECIPIENTS; n++) {
                int count = received.getOrDefault("reader" + n + "@example.org", 0);
                missing += count == 0 ? 1 : 0;
                repeats += Math.max(0, count - 1);
            }
            // node b takes up the dead node's share of the outbox once it has not been heard from for 5 s
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> found(new WebClient(), nodes.get(1), lastWord, "The last word of node a"));
            System.out.printf("several nodes: an item published through node a just before it was killed was found by node b's search"
                    + " %d ms after the kill%n", Duration.between(killed, Instant.now()).toMillis());
            System.out.printf("several nodes: node a killed with %d of %d sent and %d of %d racers answered; node b finished the send"
                    + " (%d missing, %d repeated, limit %d); %d of %d places booked, %d visitors told so, %d told nothing as their node died%n",
                    sentAtKill, RECIPIENTS, answeredAtKill, RACERS, missing, repeats, WORKERS, places, PLACES, toldBooked.size(),
                    told.values().stream().filter(java.util.Objects::isNull).count());
            assertThat(missing).as("nobody is skipped").isZero();
            assertThat(repeats).as("at most one repeat per worker of the killed node").isLessThanOrEqualTo(WORKERS);
            assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT'", Integer.class))
                .isEqualTo(RECIPIENTS);
        }
        finally {
            racers.shutdownNow();
        }
    }

    /** A word nothing else holds, of letters only, so that stemming leaves it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    /** Whether a node's site search finds the title by the word (a new address each time, so no kept page answers). */
    /** Makes the nodes' indexes on the OpenSearch node refuse writes, or take them again. */
    private static void blockIndexWrites(boolean blocked) throws Exception {
        java.net.http.HttpResponse<String> response = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestOpenSearch.url() + "/nodes-*/_settings"))
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"index.blocks.write\": " + blocked + "}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static boolean found(WebClient visitor, NodeProcess node, String word, String title) throws Exception {
        return visitor.get(node.base() + "/search?q=" + word + "&asked=" + System.nanoTime()).body().contains(title);
    }

    /** Publishes a news item through one node (or the proxy), as the editor, about the word. */
    private static void publish(WebClient editor, String node, String title, String word) throws Exception {
        editor.get(node + "/admin/content/new?kind=news");
        WebClient.Page created = editor.post(node + "/admin/content/new?kind=news", Map.of("title", title,
                "slug", "item-" + word, "standfirst", "Published through one node", "body", "About " + word + ".", "position", "0"));
        assertThat(created.location()).as(created.body()).contains("/admin/content/");
        String item = created.location().replaceFirst(".*/admin/content/", "/admin/content/");
        editor.get(node + item);
        assertThat(editor.post(node + item + "/workflow", Map.of("action", "publish")).status()).isEqualTo(302);
    }

    private static long sent(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT'", Long.class);
    }
}
