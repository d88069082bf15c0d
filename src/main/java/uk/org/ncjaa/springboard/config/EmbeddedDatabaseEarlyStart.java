package uk.org.ncjaa.springboard.config;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the settings are known, so the
 * server boots while Spring builds the rest of the application instead of before it.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static volatile Early early;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("springboard.db.url", "");
        boolean fresh = environment.getProperty("springboard.db.fresh", Boolean.class, false);
        if (url.isBlank() && !fresh) {
            Path directory = Path.of(environment.getProperty("springboard.data-dir", "data")).resolve("postgres");
            early = new Early(directory.toAbsolutePath(),
                    CompletableFuture.supplyAsync(() -> DatabaseConfiguration.EmbeddedDatabase.start(directory, false)));
            // if the application fails before it takes the server, stop the server with the JVM
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabaseEarlyStart::stopUntaken, "embedded-postgres-stop"));
        }
    }

    /** The server started early for this data directory, if any; each is handed out once. */
    static synchronized DatabaseConfiguration.EmbeddedDatabase take(Path directory) {
        Early started = early;
        if (started == null || !started.directory().equals(directory.toAbsolutePath())) {
            return null;
        }
        early = null;
        return started.server().join();
    }

    private static void stopUntaken() {
        Early untaken = early;
        if (untaken != null) {
            try {
                untaken.server().join().destroy();
            }
            catch (Exception ex) {
                // the JVM is exiting; nothing more can be done
            }
        }
    }

    private record Early(Path directory, CompletableFuture<DatabaseConfiguration.EmbeddedDatabase> server) {
    }
}
