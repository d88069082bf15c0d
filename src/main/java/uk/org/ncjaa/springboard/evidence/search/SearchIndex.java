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

/** Keeps the search index in step with the database when the two have drifted apart (a new or lost index). */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Raise this whenever the index mapping of {@code EvidenceEntry} changes: the next start rebuilds the index. */
    static final int MAPPING_VERSION = 4;
    private static final String INDEX = "evidence";

    private final EntityManager entityManager;
    private final EvidenceRepository entries;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    SearchIndex(EntityManager entityManager, EvidenceRepository entries, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.entries = entries;
        this.transactions = transactions;
        this.jdbc = jdbc;
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
        long stored = entries.count();
        long indexed = indexedCount();
        Integer builtWith = jdbc.query("select mapping_version from search_index_state where index_name = ?",
                rs -> rs.next() ? rs.getInt(1) : null, INDEX);
        boolean oldMapping = stored > 0 && (builtWith == null || builtWith != MAPPING_VERSION);
        if (indexed >= stored && !oldMapping) {
            return false;
        }
        log.info("Rebuilding the search index: it holds {} of {} entries, built with mapping {} (now {})", indexed, stored,
                builtWith, MAPPING_VERSION);
        rebuild();
        return true;
    }

    /** Works outside any transaction: the mass indexer opens its own sessions. */
    public void rebuild() throws InterruptedException {
        Search.mapping(entityManager.getEntityManagerFactory()).scope(EvidenceEntry.class).massIndexer()
            .threadsToLoadObjects(1).startAndWait();
        jdbc.update("""
                insert into search_index_state (index_name, mapping_version, rebuilt_at) values (?, ?, now())
                on conflict (index_name) do update set mapping_version = excluded.mapping_version, rebuilt_at = now()""",
                INDEX, MAPPING_VERSION);
    }
}
