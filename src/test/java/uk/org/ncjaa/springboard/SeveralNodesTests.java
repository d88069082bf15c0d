package uk.org.ncjaa.springboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.support.Nginx;
import uk.org.ncjaa.springboard.support.NodeProcess;
import uk.org.ncjaa.springboard.support.SmtpSink;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, each a process of its own with its own data directory, on one new database, behind
 * nginx sending requests to each in turn: to a visitor they are one site. Both start at the same
 * moment, so one migrates while the other waits. Through the proxy, every request lands on the
 * other node from the one before: a login with its two factors, a form's token, a file uploaded
 * and the job that reads it, a page published, a password change ending the account's other
 * sessions, and guesses at a password all hold across them. Last, one node is killed halfway
 * through a newsletter both are sending, and the other finishes it.
 */
@SpringboardTest
class SeveralNodesTests {

    private static final String PASSWORD = "two nodes, one site";
    private static final int RECIPIENTS = 2_000;
    private static final int WORKERS = 4;

    @Autowired
    DataSource dataSource;

    @Autowired
    TotpCodes totp;

    @Test
    void twoNodesBehindARoundRobinProxyAreOneSite() throws Exception {
        HikariDataSource server = (HikariDataSource) dataSource;
        String database = "nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcTemplate admin = new JdbcTemplate(dataSource);
        admin.execute("create database " + database);
        String url = server.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, server.getUsername(), server.getPassword()));
        Path work = Files.createTempDirectory("springboard-nodes");
        String adminEmail = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<NodeProcess> nodes = new ArrayList<>();
        try (SmtpSink sink = new SmtpSink(0)) {
            List<String> settings = List.of("--springboard.several-nodes=true", "--springboard.page-cache.enabled=true",
                    "--springboard.accounts.admin-email=" + adminEmail, "--springboard.accounts.admin-password=" + PASSWORD,
                    "--springboard.accounts.rate-limit.login-per-account-per-quarter-hour=5", "--springboard.db.pool-size=10",
                    "--springboard.mail.smtp.host=127.0.0.1", "--springboard.mail.smtp.port=" + sink.port(),
                    "--springboard.mail.smtp.starttls=false", "--springboard.newsletter.workers=" + WORKERS,
                    "--springboard.newsletter.dispatch-every=1s", "--springboard.newsletter.link-secret=two-nodes-secret");
            nodes.add(NodeProcess.start("a", url, server.getUsername(), server.getPassword(), work, settings));
            nodes.add(NodeProcess.start("b", url, server.getUsername(), server.getPassword(), work, settings));
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

            try (Nginx proxy = Nginx.roundRobin(work, nodes.stream().map(NodeProcess::port).toList())) {
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
                editor.get(site + "/admin/content/new?kind=news");
                WebClient.Page created = editor.post(site + "/admin/content/new?kind=news", Map.of("title", "Two nodes, one site",
                        "slug", slug, "standfirst", "Published through one node", "body", "Seen through both.", "position", "0"));
                assertThat(created.location()).contains("/admin/content/");
                String item = created.location().replaceFirst(".*/admin/content/", "/admin/content/");
                editor.get(site + item);
                assertThat(editor.post(site + item + "/workflow", Map.of("action", "publish")).status()).isEqualTo(302);
                Instant published = Instant.now();
                for (NodeProcess node : nodes) {
                    Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                        .until(() -> visitor.get(node.base() + "/news").body().contains("Two nodes, one site"));
                }
                System.out.printf("several nodes: a published item was shown by both nodes %d ms after publishing%n",
                        Duration.between(published, Instant.now()).toMillis());

                // a file uploaded through one node is read through either, and the job reading its text runs once
                byte[] pdf = pdf("Music in prisons, read by one node");
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
            }

            aNodeKilledHalfwayThroughASendLeavesTheOtherToFinishIt(jdbc, sink, nodes);
        }
        finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
            admin.execute("drop database if exists " + database + " with (force)");
            deleteQuietly(work);
        }
    }

    /**
     * Both nodes send one newsletter, and one is killed with SIGKILL halfway: the other finishes it
     * alone, with every recipient getting the message and nobody getting it twice, except at most one
     * message per worker the killed node had in flight (as for one node in SendCrashTests).
     */
    private static void aNodeKilledHalfwayThroughASendLeavesTheOtherToFinishIt(JdbcTemplate jdbc, SmtpSink sink, List<NodeProcess> nodes)
            throws InterruptedException {
        long before = sink.messages();
        jdbc.update("insert into newsletter_subscriber (email, status, topics, source, created_at, confirmed_at)"
                + " select 'reader' || n || '@example.org', 'CONFIRMED', '{news,events,opportunities,publications,evidence}',"
                + " 'IMPORT', now(), now() from generate_series(1, ?) n", RECIPIENTS);
        jdbc.update("insert into newsletter_campaign (kind, subject, body, status, scheduled_at, created_at)"
                + " values ('ONE_OFF', 'Two nodes, one send', 'Sent once to each of you, whatever happens to a node.', 'SCHEDULED',"
                + " now(), now())");
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> sent(jdbc) >= RECIPIENTS / 4);
        nodes.get(0).kill();
        long sentAtKill = sent(jdbc);
        assertThat(sentAtKill).as("killed halfway, not after the end").isLessThan(RECIPIENTS);
        // with node a dead, only node b can finish it
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
            .until(() -> "SENT".equals(jdbc.queryForObject("select status from newsletter_campaign", String.class)));

        Map<String, Integer> received = sink.perRecipient();
        int missing = 0;
        int repeats = 0;
        for (int n = 1; n <= RECIPIENTS; n++) {
            int count = received.getOrDefault("reader" + n + "@example.org", 0);
            missing += count == 0 ? 1 : 0;
            repeats += Math.max(0, count - 1);
        }
        System.out.printf("several nodes: node a killed with %d of %d sent; node b finished; %d missing, %d repeated (limit %d)%n",
                sentAtKill, RECIPIENTS, missing, repeats, WORKERS);
        assertThat(missing).as("nobody is skipped").isZero();
        assertThat(repeats).as("at most one repeat per worker of the killed node").isLessThanOrEqualTo(WORKERS);
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT'", Integer.class))
            .isEqualTo(RECIPIENTS);
        assertThat(sink.messages() - before).isEqualTo(RECIPIENTS + repeats);
    }

    private static long sent(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from newsletter_delivery where state = 'SENT'", Long.class);
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary directory; the system clears it in time
        }
    }
}
