package uk.org.ncjaa.springboard.evidence.search;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.imports.ImportTable;
import uk.org.ncjaa.springboard.support.OwnDatabase;
import uk.org.ncjaa.springboard.support.PrefixedIndexLayout;
import uk.org.ncjaa.springboard.support.CapturedLogs;
import uk.org.ncjaa.springboard.support.OnOpenSearch;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestOpenSearch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With only {@code springboard.search.url} set, as in production: a change reaches the shared index
 * through the outbox table, written in the change's own transaction and emptied by this node's agent.
 */
@SpringboardTest
@ContextConfiguration(initializers = SharedIndexOutboxTests.Shared.class)
@ExtendWith(OnOpenSearch.Timing.class)
class SharedIndexOutboxTests {

    @Autowired
    EvidenceImport importer;

    @Autowired
    EvidenceSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecurringTask<Void> indexChangesRetried;

    @Test
    void aChangeReachesTheIndexThroughTheOutbox() {
        assertThat(jdbc.queryForList("select type || ' ' || state from hsearch_agent", String.class))
            .as("this node's agent processes the outbox").anyMatch(agent -> agent.startsWith("EVENT_PROCESSING"));
        String word = "zqoutbox" + Long.toHexString(System.nanoTime());
        int before = outbox();
        // the bulk path, which on a local index pipelines its batches through the index, writes to the outbox like any other
        try (CapturedLogs logs = CapturedLogs.start()) {
            importer.runInBulk(ImportTable.read(new StringReader("title\tyear\nA study of " + word + "\t2020\n"
                    + "Another study of " + word + "\t2021\n"), ImportTable.Format.TSV), true, done -> { });
            assertThat(logs.at(ch.qos.logback.classic.Level.WARN, EvidenceImport.class.getName())).as("no batch failed").isEmpty();
        }
        EvidenceQuery query = new EvidenceQuery(word, Map.of(), null, null, null, 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
            .untilAsserted(() -> assertThat(search.search(query).total()).isEqualTo(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
            .until(() -> outbox() <= before);
        assertThat(search.search(query).hits()).extracting(EvidenceResults.Hit::title)
            .containsExactlyInAnyOrder("A study of " + word, "Another study of " + word);
    }

    /**
     * The search server refuses writes for a while (as when it restarts): Hibernate Search tries each change four
     * times and sets it aside; the durable job queues it again, and it is written once the server takes writes.
     */
    @Test
    void aChangeTheServerRefusedIsWrittenOnceItTakesWritesAgain() throws Exception {
        String word = "zqrefused" + Long.toHexString(System.nanoTime());
        EvidenceQuery query = new EvidenceQuery(word, Map.of(), null, null, null, 1);
        blockWrites(true);
        try {
            importer.runInBulk(ImportTable.read(new StringReader("title\tyear\nA refused study of " + word + "\t2020\n"),
                    ImportTable.Format.TSV), true, done -> { });
            // a try, then three more a second apart (the setting below): then the change is set aside
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> aborted() > 0);
            assertThat(search.search(query).total()).as("never written while refused").isZero();
        }
        finally {
            blockWrites(false);
        }
        assertThat(search.search(query).total()).as("set aside: nothing writes it by itself").isZero();
        indexChangesRetried.execute(null, null);
        assertThat(aborted()).as("queued again").isZero();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
            .untilAsserted(() -> assertThat(search.search(query).total()).isEqualTo(1));
    }

    private int aborted() {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'", Integer.class);
    }

    /** Makes this context's indexes on the node refuse writes, or take them again. */
    private static void blockWrites(boolean blocked) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestOpenSearch.url() + "/outbox-*/_settings"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"index.blocks.write\": " + blocked + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private int outbox() {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class);
    }

    /** The production settings on the test node, with indexes of their own beside the other test context's. */
    static class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            OwnDatabase.forContext(context, "outbox");
            TestPropertyValues.of(
                    "springboard.search.url=" + TestOpenSearch.url(),
                    "spring.jpa.properties.hibernate.search.backend.layout.strategy=class:" + Prefixed.class.getName(),
                    "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
                    // the agent looks for new events every tenth of a second rather than every second
                    "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100",
                    // a refused change is tried again after a second rather than after 30
                    "spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1")
                .applyTo(context);
        }
    }

    /** Indexes of their own beside the other test contexts' on the node. */
    public static class Prefixed extends PrefixedIndexLayout {

        public Prefixed() {
            super("outbox-");
        }
    }
}
