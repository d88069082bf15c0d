package uk.org.ncjaa.springboard.shared;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Checks and rebuilds of a search index at start, one node at a time when the nodes share the index
 * (on an OpenSearch server): two nodes starting together would otherwise both find it behind and
 * both rebuild it, each mass indexer dropping what the other wrote. The second waits, then finds the
 * index complete. A node's own Lucene index needs no such turn.
 */
@Component
public class SearchRebuilds {

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    SearchRebuilds(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** What may rebuild an index: a check, then perhaps the rebuild, saying whether it rebuilt. */
    @FunctionalInterface
    public interface Rebuild {
        boolean run() throws InterruptedException;
    }

    /**
     * Rebuilds the index of {@code entity} when it holds fewer documents than {@code table} has rows, or
     * was built with another mapping version, one node at a time; says whether it rebuilt.
     */
    public boolean rebuildIfBehind(String index, Class<?> entity, String table, int mappingVersion) throws InterruptedException {
        return oneAtATime(index, () -> {
            org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
            Long stored = jdbc.queryForObject("select count(*) from " + table, Long.class);
            long indexed;
            try (var session = entityManagerFactory.createEntityManager()) {
                indexed = Search.session(session).search(entity).where(f -> f.matchAll()).fetchTotalHitCount();
            }
            Integer builtWith = jdbc.query("select mapping_version from search_index_state where index_name = ?",
                    rs -> rs.next() ? rs.getInt(1) : null, index);
            if (stored != null && indexed >= stored && builtWith != null && builtWith == mappingVersion) {
                return false;
            }
            org.slf4j.LoggerFactory.getLogger(SearchRebuilds.class).info(
                    "Rebuilding the {} index: it holds {} of {} rows, built with mapping {} (now {})", index, indexed, stored, builtWith,
                    mappingVersion);
            Search.mapping(entityManagerFactory).scope(entity).massIndexer().threadsToLoadObjects(1).startAndWait();
            jdbc.update("""
                    insert into search_index_state (index_name, mapping_version, rebuilt_at) values (?, ?, now())
                    on conflict (index_name) do update set mapping_version = excluded.mapping_version, rebuilt_at = now()""", index,
                    mappingVersion);
            return true;
        });
    }

    /** Runs {@code rebuild} holding a PostgreSQL advisory lock named after {@code index} when the index is shared. */
    public boolean oneAtATime(String index, Rebuild rebuild) throws InterruptedException {
        if (!(Search.mapping(entityManagerFactory).backend() instanceof ElasticsearchBackend)) {
            return rebuild.run();
        }
        try (AdvisoryLock turn = AdvisoryLock.take(dataSource, "search-rebuild:" + index)) {
            return rebuild.run();
        }
    }
}
