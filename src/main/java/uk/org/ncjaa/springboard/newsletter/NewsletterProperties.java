package uk.org.ncjaa.springboard.newsletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the newsletter is sent, bound from {@code springboard.newsletter.*}.
 *
 * @param linkSecret signs the links in emails (confirm, preferences, unsubscribe); from the environment.
 *        Without it a secret is made once and kept in the database, and a warning is logged
 * @param confirmFor how long a confirmation link works
 * @param manageFor how long a preferences or unsubscribe link in an email works
 * @param workers how many messages this node sends at once
 * @param perSecond the most messages this node sends a second; 0 is no limit
 * @param perHour the most messages sent in any hour, counted across nodes; 0 is no limit
 * @param pauseAfterErrors a send pauses itself, and staff are told, after this many failed messages
 * @param maxAttempts how often a message that failed for a passing reason is tried before it counts as failed
 * @param retryAfter the wait before the first retry; each later retry waits twice as long
 * @param dispatchEvery how often each node looks for sends that are due or running
 * @param unsubscribeMailbox the address in the {@code mailto:} unsubscribe header; without it, unsubscribe@ the sender's domain
 * @param mailgunSigningKey checks the signature of bounce and complaint webhooks; they are refused without it
 * @param imap the mailbox the {@code mailto:} unsubscribes arrive in, read every minute when a host is set
 */
@ConfigurationProperties("springboard.newsletter")
public record NewsletterProperties(String linkSecret, Duration confirmFor, Duration manageFor, int workers, int perSecond,
        int perHour, int pauseAfterErrors, int maxAttempts, Duration retryAfter, Duration dispatchEvery,
        String unsubscribeMailbox, String mailgunSigningKey, Imap imap) {

    public NewsletterProperties {
        confirmFor = confirmFor == null ? Duration.ofDays(7) : confirmFor;
        manageFor = manageFor == null ? Duration.ofDays(400) : manageFor;
        workers = workers <= 0 ? 4 : workers;
        perSecond = Math.max(0, perSecond);
        perHour = Math.max(0, perHour);
        pauseAfterErrors = pauseAfterErrors <= 0 ? 50 : pauseAfterErrors;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
        dispatchEvery = dispatchEvery == null ? Duration.ofSeconds(5) : dispatchEvery;
        imap = imap == null ? new Imap(null, 993, null, null, true) : imap;
    }

    /** Where unsubscribe emails are read from; {@code ssl} uses IMAPS. */
    public record Imap(String host, int port, String username, String password, boolean ssl) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }
}
