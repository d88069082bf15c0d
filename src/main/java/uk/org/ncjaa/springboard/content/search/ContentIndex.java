package uk.org.ncjaa.springboard.content.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.shared.SearchRebuilds;

/** Keeps the content index in step with the database when the two have drifted apart (a new or lost index, a new mapping). */
@Service
public class ContentIndex {

    private static final Logger log = LoggerFactory.getLogger(ContentIndex.class);

    /** Raise this whenever the index mapping of {@code ContentItem} changes: the next start rebuilds the index. */
    static final int MAPPING_VERSION = 5;
    private static final String INDEX = "content";

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final SearchRebuilds rebuilds;

    ContentIndex(EntityManager entityManager, TransactionTemplate transactions, JdbcTemplate jdbc, SearchRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public boolean rebuildIfBehind() throws InterruptedException {
        return rebuilds.oneAtATime(INDEX, this::rebuildIfBehindNow);
    }

    private boolean rebuildIfBehindNow() throws InterruptedException {
        Long stored = jdbc.queryForObject("select count(*) from content_item", Long.class);
        long indexed = transactions.execute(status ->
                Search.session(entityManager).search(ContentItem.class).where(f -> f.matchAll()).fetchTotalHitCount());
        Integer builtWith = jdbc.query("select mapping_version from search_index_state where index_name = ?",
                rs -> rs.next() ? rs.getInt(1) : null, INDEX);
        if (stored != null && indexed >= stored && builtWith != null && builtWith == MAPPING_VERSION) {
            return false;
        }
        log.info("Rebuilding the content index: it holds {} of {} items, built with mapping {} (now {})", indexed, stored, builtWith,
                MAPPING_VERSION);
        Search.mapping(entityManager.getEntityManagerFactory()).scope(ContentItem.class).massIndexer().threadsToLoadObjects(1)
            .startAndWait();
        jdbc.update("""
                insert into search_index_state (index_name, mapping_version, rebuilt_at) values (?, ?, now())
                on conflict (index_name) do update set mapping_version = excluded.mapping_version, rebuilt_at = now()""", INDEX,
                MAPPING_VERSION);
        return true;
    }
}
