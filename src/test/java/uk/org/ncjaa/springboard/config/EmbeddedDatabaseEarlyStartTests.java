package uk.org.ncjaa.springboard.config;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseEarlyStartTests {

    @TempDir
    Path dataDir;

    @Test
    void startsTheEmbeddedServerEarlyAndHandsItOverOnce() throws Exception {
        // an empty URL here outranks a SPRINGBOARD_DB_URL in the environment (as when CI runs against a server)
        new EmbeddedDatabaseEarlyStart().onApplicationEvent(event(Map.of("springboard.data-dir", dataDir.toString(),
                "springboard.db.url", "")));
        DatabaseConfiguration.EmbeddedDatabase server = EmbeddedDatabaseEarlyStart.take(dataDir.resolve("postgres"));
        try {
            assertThat(server).isNotNull();
            assertThat(new JdbcTemplate(server.server().getPostgresDatabase()).queryForObject("select 1", Integer.class))
                .isOne();
            assertThat(EmbeddedDatabaseEarlyStart.take(dataDir.resolve("postgres"))).as("handed out once").isNull();
        }
        finally {
            server.destroy();
        }
    }

    @Test
    void leavesAConfiguredServerAlone() {
        new EmbeddedDatabaseEarlyStart().onApplicationEvent(event(Map.of("springboard.data-dir", dataDir.toString(),
                "springboard.db.url", "jdbc:postgresql://db.example.org/springboard")));
        assertThat(EmbeddedDatabaseEarlyStart.take(dataDir.resolve("postgres"))).isNull();
    }

    private static ApplicationEnvironmentPreparedEvent event(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0],
                environment);
    }
}
