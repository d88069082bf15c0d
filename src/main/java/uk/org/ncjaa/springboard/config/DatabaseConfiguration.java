package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL is the only engine. With {@code SPRINGBOARD_DB_URL} set, Springboard uses that server;
 * otherwise it starts a real PostgreSQL from the JVM whose data lives under the data directory and
 * survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    EmbeddedDatabase embeddedDatabase(SpringboardProperties properties) {
        if (!properties.embeddedDatabase()) {
            return EmbeddedDatabase.none();
        }
        if (properties.db().fresh()) {
            return EmbeddedDatabase.startFresh();
        }
        Path directory = properties.dataDir().resolve("postgres");
        EmbeddedDatabase early = EmbeddedDatabaseEarlyStart.take(directory);
        return early != null ? early : EmbeddedDatabase.start(directory, false);
    }

    /**
     * @param poolSize connections this process may hold; several processes (nodes, or test contexts) on one server share
     *        its limit (100 by default), so each takes its share
     * @param minIdle connections kept open while idle; by default the whole pool
     */
    @Bean
    DataSource dataSource(SpringboardProperties properties, EmbeddedDatabase embedded,
            @org.springframework.beans.factory.annotation.Value("${springboard.db.pool-size:20}") int poolSize,
            @org.springframework.beans.factory.annotation.Value("${springboard.db.min-idle:-1}") int minIdle) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("springboard");
        config.setMaximumPoolSize(poolSize);
        if (minIdle >= 0) {
            config.setMinimumIdle(Math.min(minIdle, poolSize));
        }
        if (embedded.server() != null) {
            config.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        else {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().username());
            config.setPassword(properties.db().password());
        }
        // batched inserts sent as multi-row statements: a bulk import's rows reach the server many to a round trip
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // no just-in-time compilation of queries: a page's queries take milliseconds, and compiling one the planner
        // over-estimates (the dashboards' top words, through a CTE) took 300 ms of the server's time on each run
        config.addDataSourceProperty("options", "-c jit=off");
        return new HikariDataSource(config);
    }

    /** Holds the embedded server, if one was started, so the context stops it on close. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements DisposableBean {

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        /** A throw-away server in a new temporary directory, removed when the context closes (tests). */
        static EmbeddedDatabase startFresh() {
            try {
                return start(Files.createTempDirectory("springboard-pg"), true);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        static EmbeddedDatabase start(Path dataDirectory, boolean throwAway) {
            try {
                Files.createDirectories(dataDirectory);
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwAway)
                    // Spring stops the server after everything that uses it, not a JVM hook racing it
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .start();
                log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), dataDirectory);
                return new EmbeddedDatabase(server);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
            }
        }

        @Override
        public void destroy() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
