package uk.org.ncjaa.springboard.shared.mail;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing mail: over SMTP when a host is given, otherwise written as {@code .eml} files to the outbox.
 */
@ConfigurationProperties("springboard.mail")
public record MailProperties(String from, Path outboxDir, Smtp smtp, int perSecond, int threads) {

    public MailProperties {
        from = from == null || from.isBlank() ? "Springboard <no-reply@localhost>" : from;
        outboxDir = outboxDir == null ? Path.of("data", "outbox") : outboxDir;
        smtp = smtp == null ? new Smtp(null, 587, null, null, true) : smtp;
        threads = Math.max(1, threads);
    }

    public boolean usesSmtp() {
        return smtp.host() != null && !smtp.host().isBlank();
    }

    public record Smtp(String host, int port, String username, String password, boolean starttls) {
    }
}
