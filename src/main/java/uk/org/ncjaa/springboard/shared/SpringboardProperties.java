package uk.org.ncjaa.springboard.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by the whole platform, bound from {@code springboard.*} and the matching
 * {@code SPRINGBOARD_*} environment variables.
 *
 * @param baseUrl the public address used in links sent by email
 * @param dataDir where the embedded database, index, files and outbox live by default
 * @param db an external PostgreSQL server; when its URL is blank an embedded server is started
 * @param demo whether fictional demo content is loaded (only ever with the embedded database)
 */
@ConfigurationProperties("springboard")
public record SpringboardProperties(String baseUrl, Path dataDir, Db db, Demo demo) {

    public SpringboardProperties {
        baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : stripTrailingSlash(baseUrl);
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, false) : db;
        demo = demo == null ? new Demo(null) : demo;
    }

    public boolean embeddedDatabase() {
        return db.url() == null || db.url().isBlank();
    }

    /** Demo content is on by default with the embedded database and never with a server. */
    public boolean demoContent() {
        return embeddedDatabase() && (demo.enabled() == null || demo.enabled());
    }

    /** @param fresh start a throw-away embedded server instead of the one under the data directory */
    public record Db(String url, String username, String password, boolean fresh) {
    }

    public record Demo(Boolean enabled) {
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
