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

import uk.org.ncjaa.springboard.shared.Nodes;

/**
 * Several nodes behind a load balancer each keep things in memory (pages, the Directory's search),
 * so a change on one must reach the others. A node tells them through PostgreSQL's NOTIFY, sent in
 * the transaction that made the change, so it reaches them only if that commits, and at once; each
 * node LISTENs on one of its pooled connections and hands what it hears to the module whose topic
 * it is. Nothing new to run: the database is already shared.
 *
 * <p>Off unless {@code springboard.several-nodes} is set: a single node (the embedded default) needs
 * no listening connection. A node that loses it tells every module it may have missed something
 * once it listens again.
 */
@Component
class NodeMessages implements Nodes, SmartLifecycle {

    static final String CHANNEL = "springboard_nodes";
    private static final Logger log = LoggerFactory.getLogger(NodeMessages.class);

    private final boolean enabled;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    // looked up when heard: the listeners are made with this
    private final ObjectProvider<Nodes.Listener> listeners;
    /** Which node said it: a node has acted on its own changes already. */
    private final String node = UUID.randomUUID().toString();

    private volatile boolean running;
    private volatile boolean heeding;

    NodeMessages(@Value("${springboard.several-nodes:false}") boolean enabled, DataSource dataSource,
            ObjectProvider<Nodes.Listener> listeners) {
        this.enabled = enabled;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.listeners = listeners;
    }

    @Override
    public void tell(String topic, String message) {
        if (enabled) {
            jdbc.query("select pg_notify(?, ?)", rs -> {
            }, CHANNEL, node + "\n" + topic + "\n" + message);
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "node-messages");
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
                listeners.orderedStream().forEach(Nodes.Listener::missed);
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
                    log.warn("Listening for other nodes' changes failed ({}); listening again in 5 s", ex.getMessage());
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
        String[] parts = payload.split("\n", 3);
        if (parts.length < 3 || parts[0].equals(node)) {
            return;
        }
        listeners.orderedStream().filter(listener -> listener.topic().equals(parts[1])).forEach(listener -> {
            try {
                listener.heard(parts[2]);
            }
            catch (RuntimeException ex) {
                // one module's trouble must not stop the others hearing
                log.warn("A node message on {} could not be handled: {}", parts[1], ex.getMessage());
            }
        });
    }
}
