package uk.org.ncjaa.springboard.evidence.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.shared.SearchRebuilds;

/** Keeps the search index in step with the database when the two have drifted apart (a new or lost index). */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Raise this whenever the index mapping of {@code EvidenceEntry} changes: the next start rebuilds the index. */
    static final int MAPPING_VERSION = 13;
    private static final String INDEX = "evidence";

    private final EntityManager entityManager;
    private final EvidenceRepository entries;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final SearchRebuilds rebuilds;

    private final org.springframework.beans.factory.ObjectProvider<com.github.kagkarlsson.scheduler.SchedulerClient> scheduler;
    private final com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<Void> rebuildTask;

    SearchIndex(EntityManager entityManager, EvidenceRepository entries, TransactionTemplate transactions, JdbcTemplate jdbc,
            org.springframework.beans.factory.ObjectProvider<com.github.kagkarlsson.scheduler.SchedulerClient> scheduler,
            com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<Void> evidenceReindex, SearchRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.scheduler = scheduler;
        this.rebuildTask = evidenceReindex;
        this.entityManager = entityManager;
        this.entries = entries;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Asks for a rebuild by the durable job, so it survives the request and is never run twice at once. */
    public void requestRebuild() {
        scheduler.getObject().scheduleIfNotExists(rebuildTask.instance("rebuild"), java.time.Instant.now());
        jdbc.update("""
                insert into search_index_state (index_name, mapping_version, rebuilt_at, rebuild_started_at, rebuild_done)
                values (?, 0, now(), now(), 0)
                on conflict (index_name) do update set rebuild_started_at = now(), rebuild_done = 0, rebuild_finished_at = null""", INDEX);
    }

    public long indexedCount() {
        return transactions.execute(status ->
                Search.session(entityManager).search(EvidenceEntry.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /**
     * Rebuilds the index from the database if it holds fewer entries than the database does, or
     * was built with an older mapping.
     */
    public boolean rebuildIfBehind() throws InterruptedException {
        return rebuilds.oneAtATime(INDEX, this::rebuildIfBehindNow);
    }

    private boolean rebuildIfBehindNow() throws InterruptedException {
        long stored = entries.count();
        long indexed = indexedCount();
        Integer builtWith = jdbc.query("select mapping_version from search_index_state where index_name = ?",
                rs -> rs.next() ? rs.getInt(1) : null, INDEX);
        boolean oldMapping = stored > 0 && (builtWith == null || builtWith != MAPPING_VERSION);
        if (indexed >= stored && !oldMapping) {
            if (stored == 0 && (builtWith == null || builtWith != MAPPING_VERSION)) {
                // a new, empty library: the index is built with this mapping from the first entry on
                jdbc.update("""
                        insert into search_index_state (index_name, mapping_version, rebuilt_at) values (?, ?, now())
                        on conflict (index_name) do update set mapping_version = excluded.mapping_version""", INDEX, MAPPING_VERSION);
            }
            return false;
        }
        log.info("Rebuilding the search index: it holds {} of {} entries, built with mapping {} (now {})", indexed, stored,
                builtWith, MAPPING_VERSION);
        rebuild();
        return true;
    }

    /** Works outside any transaction: the mass indexer opens its own sessions. Progress is kept for the admin page. */
    public void rebuild() throws InterruptedException {
        long total = entries.count();
        jdbc.update("""
                insert into search_index_state (index_name, mapping_version, rebuilt_at, rebuild_total, rebuild_done, rebuild_started_at)
                values (?, 0, now(), ?, 0, now())
                on conflict (index_name) do update set rebuild_total = excluded.rebuild_total, rebuild_done = 0,
                    rebuild_started_at = now(), rebuild_finished_at = null""", INDEX, total);
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        Search.mapping(entityManager.getEntityManagerFactory()).scope(EvidenceEntry.class).massIndexer()
            .threadsToLoadObjects(1)
            .monitor(new org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor() {
                @Override
                public void documentsAdded(long increment) {
                    long now = done.addAndGet(increment);
                    // a row update per batch, not per document
                    if (now % 500 < increment || now == total) {
                        jdbc.update("update search_index_state set rebuild_done = ? where index_name = ?", now, INDEX);
                    }
                }

                @Override
                public void documentsBuilt(long increment) {
                }

                @Override
                public void entitiesLoaded(long increment) {
                }

                @Override
                public void indexingCompleted() {
                }
            })
            .startAndWait();
        jdbc.update("""
                update search_index_state set mapping_version = ?, rebuilt_at = now(), rebuild_done = ?, rebuild_finished_at = now()
                where index_name = ?""", MAPPING_VERSION, done.get(), INDEX);
    }

    /** How far the latest rebuild got: for the progress bar. */
    public Progress progress() {
        return jdbc.query("""
                select rebuild_total, rebuild_done, rebuild_started_at, rebuild_finished_at, rebuilt_at from search_index_state
                where index_name = ?""", rs -> rs.next() ? new Progress((Integer) rs.getObject(1), (Integer) rs.getObject(2),
                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())
                : new Progress(null, null, null, null, null), INDEX);
    }

    public record Progress(Integer total, Integer done, java.time.Instant started, java.time.Instant finished,
            java.time.Instant lastRebuilt) {

        public boolean running() {
            return started != null && finished == null;
        }

        public int percent() {
            return total == null || total == 0 || done == null ? (running() ? 0 : 100) : (int) Math.min(100, done * 100L / total);
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Jobs {

        @org.springframework.context.annotation.Bean
        com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<Void> evidenceReindex(
                org.springframework.beans.factory.ObjectProvider<SearchIndex> index) {
            return com.github.kagkarlsson.scheduler.task.helper.Tasks.oneTime("evidence-reindex")
                .execute((instance, context) -> {
                    try {
                        index.getObject().rebuild();
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                });
        }
    }
}
