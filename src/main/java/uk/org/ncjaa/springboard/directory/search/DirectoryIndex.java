package uk.org.ncjaa.springboard.directory.search;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.directory.domain.Listing;

/** Keeps the directory's search index in step with the database across releases and lost indexes. */
@Service
public class DirectoryIndex {

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);
    private static final String INDEX = "directory";
    /** Raise whenever {@link ListingBinder} changes what it writes. */
    static final int MAPPING_VERSION = 1;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DirectoryIndex(EntityManager entityManager, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Rebuilds the index if it holds fewer listings than the database or was built with an older mapping. */
    public boolean rebuildIfBehind() throws InterruptedException {
        Long stored = jdbc.queryForObject("select count(*) from directory_listing", Long.class);
        long indexed = transactions.execute(status -> Search.session(entityManager).search(Listing.class).where(f -> f.matchAll())
            .fetchTotalHitCount());
        Integer builtWith = jdbc.query("select mapping_version from search_index_state where index_name = ?",
                rs -> rs.next() ? rs.getInt(1) : null, INDEX);
        if (stored != null && indexed >= stored && builtWith != null && builtWith == MAPPING_VERSION) {
            return false;
        }
        log.info("Rebuilding the directory's search index: it holds {} of {} listings, built with mapping {} (now {})", indexed, stored,
                builtWith, MAPPING_VERSION);
        Search.mapping(entityManager.getEntityManagerFactory()).scope(Listing.class).massIndexer().threadsToLoadObjects(1)
            .startAndWait();
        jdbc.update("""
                insert into search_index_state (index_name, mapping_version, rebuilt_at) values (?, ?, now())
                on conflict (index_name) do update set mapping_version = excluded.mapping_version, rebuilt_at = now()""", INDEX,
                MAPPING_VERSION);
        return true;
    }
}
