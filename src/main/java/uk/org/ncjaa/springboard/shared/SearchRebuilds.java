package uk.org.ncjaa.springboard.shared;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks and rebuilds of a search index at start, one node at a time when the nodes share the index
 * (on an OpenSearch server): two nodes starting together would otherwise both find it behind and
 * both rebuild it, each mass indexer dropping what the other wrote. The second waits, then finds the
 * index complete. A node's own Lucene index needs no such turn.
 */
@Component
public class SearchRebuilds {

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;

    SearchRebuilds(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
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
        InterruptedException[] interrupted = new InterruptedException[1];
        // a session lock, on a connection held for the whole rebuild: PostgreSQL frees it if this node dies meanwhile
        Boolean rebuilt = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(hashtext('search-rebuild'), hashtext(?))")) {
                lock.setString(1, index);
                lock.execute();
            }
            try {
                return rebuild.run();
            }
            catch (InterruptedException ex) {
                interrupted[0] = ex;
                return false;
            }
            finally {
                try (PreparedStatement unlock = connection.prepareStatement(
                        "select pg_advisory_unlock(hashtext('search-rebuild'), hashtext(?))")) {
                    unlock.setString(1, index);
                    unlock.execute();
                }
            }
        });
        if (interrupted[0] != null) {
            throw interrupted[0];
        }
        return Boolean.TRUE.equals(rebuilt);
    }
}
