package uk.org.ncjaa.springboard.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With several nodes behind a load balancer, each keeps pages in its own memory: a change on one
 * must make every other forget them too. A node tells the others through PostgreSQL's NOTIFY, sent
 * in the transaction that made the change, so it reaches them only if that commits, and at once;
 * each node LISTENs on a connection of its own. Nothing new to run: the database is already shared.
 *
 * <p>Off unless {@code springboard.page-cache.across-nodes} is set: a single node (the embedded
 * default) needs no second connection. A node that loses its listening connection forgets every
 * page once it has listened again, as it may have missed what the others said meanwhile.
 */
@Component
class PageCacheNodes implements SmartLifecycle {

    static final String CHANNEL = "springboard_pages";
    private static final String EVERYTHING = "*";
    private static final Logger log = LoggerFactory.getLogger(PageCacheNodes.class);

    private final boolean enabled;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<AnonymousPageCache> cache;
    /** Which node said it, so that a node does not act twice on its own changes (it forgets its own pages after commit). */
    private final String node = UUID.randomUUID().toString();

    private volatile boolean running;
    private volatile boolean heeding;

    PageCacheNodes(@Value("${springboard.page-cache.across-nodes:false}") boolean enabled, DataSource dataSource,
            ObjectProvider<AnonymousPageCache> cache) {
        this.enabled = enabled;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.cache = cache;
    }

    /** Tells the other nodes to forget the pages under these prefixes, once the current transaction commits. */
    void tell(String... prefixes) {
        if (enabled) {
            notify(String.join("\n", prefixes));
        }
    }

    /** Tells the other nodes to forget every page, once the current transaction commits. */
    void tellEverything() {
        if (enabled) {
            notify(EVERYTHING);
        }
    }

    private void notify(String what) {
        jdbc.query("select pg_notify(?, ?)", rs -> {
        }, CHANNEL, node + "\n" + what);
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "page-cache-nodes");
        thread.setDaemon(true);
        thread.start();
    }

    /** The listener sees this within its half-second wait, and gives its connection back to the pool. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this node hears the others now. */
    boolean listening() {
        return heeding;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                heeding = true;
                // what the other nodes said while this one was not listening is lost
                cache.getObject().clear();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                }
            }
            catch (SQLException ex) {
                if (running) {
                    log.warn("Listening for other nodes' page changes failed ({}); listening again in 5 s", ex.getMessage());
                    try {
                        Thread.sleep(5_000);
                    }
                    catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            finally {
                heeding = false;
            }
        }
    }

    private void heard(String payload) {
        int end = payload.indexOf('\n');
        if (end < 0 || payload.substring(0, end).equals(node)) {
            return;
        }
        String what = payload.substring(end + 1);
        if (EVERYTHING.equals(what)) {
            cache.getObject().clear();
        }
        else {
            cache.getObject().clear(what.split("\n"));
        }
    }
}
