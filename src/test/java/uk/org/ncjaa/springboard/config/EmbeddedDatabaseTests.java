package uk.org.ncjaa.springboard.config;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        DatabaseConfiguration.EmbeddedDatabase first = DatabaseConfiguration.EmbeddedDatabase.start(pgData, false);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource(first));
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('still here')");
        }
        finally {
            first.destroy();
        }
        assertThat(Files.exists(pgData.resolve("PG_VERSION"))).isTrue();

        DatabaseConfiguration.EmbeddedDatabase second = DatabaseConfiguration.EmbeddedDatabase.start(pgData, false);
        try {
            assertThat(new JdbcTemplate(dataSource(second)).queryForObject("select note from kept", String.class))
                .isEqualTo("still here");
            assertThat(new JdbcTemplate(dataSource(second)).queryForObject("show server_version", String.class)).startsWith("18");
        }
        finally {
            second.destroy();
        }
    }

    private static DataSource dataSource(DatabaseConfiguration.EmbeddedDatabase database) {
        return database.server().getPostgresDatabase();
    }
}
