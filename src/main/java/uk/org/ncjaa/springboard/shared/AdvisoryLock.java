package uk.org.ncjaa.springboard.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL advisory lock by name, held on a connection of its own until closed, so that nodes
 * sharing the database take turns at something that is not a row (checking a shared search index).
 * PostgreSQL frees it should the node die while holding it.
 */
public final class AdvisoryLock implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private AdvisoryLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Waits for the lock and takes it. */
    public static AdvisoryLock take(DataSource dataSource, String name) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, name);
                lock.execute();
            }
            catch (SQLException ex) {
                connection.close();
                throw ex;
            }
            return new AdvisoryLock(connection, name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not take the lock " + name, ex);
        }
    }

    @Override
    public void close() {
        try (connection; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
            unlock.setString(1, name);
            unlock.execute();
        }
        catch (SQLException ex) {
            // closing the connection frees the lock all the same
            LoggerFactory.getLogger(AdvisoryLock.class).warn("Giving back the lock {}: {}", name, ex.getMessage());
        }
    }
}
