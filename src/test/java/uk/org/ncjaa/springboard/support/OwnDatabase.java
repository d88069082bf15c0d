package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new, empty database on the test context's PostgreSQL server, and a scratch folder, for
 * application processes started by a test; both removed at close, processes still connected or not.
 */
public final class OwnDatabase implements AutoCloseable {

    private final JdbcTemplate admin;
    private final String name;
    private final String url;
    private final String username;
    private final String password;
    private final Path work;

    public OwnDatabase(DataSource testDatabase, String prefix) throws IOException {
        HikariDataSource server = (HikariDataSource) testDatabase;
        this.admin = new JdbcTemplate(testDatabase);
        this.name = newName(prefix);
        this.url = on(server.getJdbcUrl(), name);
        this.username = server.getUsername();
        this.password = server.getPassword() == null ? "" : server.getPassword();
        this.work = Files.createTempDirectory("springboard-" + prefix);
        admin.execute("create database " + name);
    }

    /**
     * Gives a test context of its own settings a database of its own, when the tests run against a
     * server (on the embedded default every context starts a throw-away server already): contexts on
     * one database would each see rows the other's search index never held. Dropped when the context
     * closes.
     */
    public static void forContext(ConfigurableApplicationContext context, String prefix) {
        String server = context.getEnvironment().getProperty("springboard.db.url", "");
        if (server.isBlank()) {
            return;
        }
        String username = context.getEnvironment().getProperty("springboard.db.username", "");
        String password = context.getEnvironment().getProperty("springboard.db.password", "");
        String name = newName(prefix);
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(server, username, password));
        admin.execute("create database " + name);
        TestPropertyValues.of("springboard.db.url=" + on(server, name)).applyTo(context);
        // registered before any of the context's beans, so destroyed after them all: its pool is closed by then
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("ownDatabase-" + name,
                () -> admin.execute("drop database if exists " + name + " with (force)"));
    }

    private static String newName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The same server's address, for another database on it. */
    private static String on(String serverUrl, String database) {
        return serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Where the processes keep their data folders and logs. */
    public Path work() {
        return work;
    }

    /** Connections made when asked, none kept: the processes need the server's connections more. */
    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, password));
    }

    @Override
    public void close() {
        admin.execute("drop database if exists " + name + " with (force)");
        try (var paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary folder; the system clears it in time
        }
    }
}
