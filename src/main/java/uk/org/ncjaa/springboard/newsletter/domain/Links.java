package uk.org.ncjaa.springboard.newsletter.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;

/**
 * Signed links in newsletter emails: they need no login and no stored token, name one subscriber
 * and one purpose, and stop working at a set time. A link changed by hand fails its signature.
 */
@Component
public class Links {

    private static final Logger log = LoggerFactory.getLogger(Links.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public enum Purpose {
        /** Confirms a subscription (double opt-in). */
        CONFIRM,
        /** Opens the preferences page and unsubscribes. */
        MANAGE
    }

    public enum Problem {
        FORGED, EXPIRED
    }

    /** What a link says, or why it cannot be trusted. */
    public record Checked(long subscriberId, Problem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private final byte[] key;
    private final Clock clock;
    private final NewsletterProperties properties;

    Links(NewsletterProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.key = keyFrom(properties.linkSecret(), jdbc);
    }

    public String confirm(long subscriberId) {
        return sign(Purpose.CONFIRM, subscriberId, clock.instant().plus(properties.confirmFor()));
    }

    public String manage(long subscriberId) {
        return sign(Purpose.MANAGE, subscriberId, clock.instant().plus(properties.manageFor()));
    }

    String sign(Purpose purpose, long subscriberId, Instant expires) {
        String payload = purpose.name().charAt(0) + "." + Long.toString(subscriberId, 36) + "." + Long.toString(expires.getEpochSecond(), 36);
        return payload + "." + ENCODER.encodeToString(mac(payload)).substring(0, 32);
    }

    public Checked check(String token, Purpose purpose) {
        if (token == null || token.length() > 100) {
            return new Checked(0, Problem.FORGED);
        }
        int last = token.lastIndexOf('.');
        if (last < 0) {
            return new Checked(0, Problem.FORGED);
        }
        String payload = token.substring(0, last);
        byte[] expected = ENCODER.encodeToString(mac(payload)).substring(0, 32).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(0, Problem.FORGED);
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 3 || parts[0].charAt(0) != purpose.name().charAt(0)) {
            return new Checked(0, Problem.FORGED);
        }
        try {
            long id = Long.parseLong(parts[1], 36);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2], 36));
            return new Checked(id, clock.instant().isAfter(expires) ? Problem.EXPIRED : null);
        }
        catch (NumberFormatException ex) {
            return new Checked(0, Problem.FORGED);
        }
    }

    private byte[] mac(String payload) {
        return new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key).hmac(payload);
    }

    private static byte[] keyFrom(String configured, JdbcTemplate jdbc) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        jdbc.update("insert into newsletter_key (id, secret) values (1, ?) on conflict (id) do nothing", HexFormat.of().formatHex(made));
        log.warn("No newsletter link secret is set (SPRINGBOARD_NEWSLETTER_LINK_SECRET): using one kept in the database");
        return HexFormat.of().parseHex(jdbc.queryForObject("select secret from newsletter_key where id = 1", String.class));
    }
}
