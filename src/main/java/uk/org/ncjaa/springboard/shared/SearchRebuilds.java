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
