package uk.org.ncjaa.springboard.newsletter.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;

/**
 * Bounce and complaint webhooks in Mailgun's format: the signature is an HMAC-SHA256, with the
 * webhook signing key, of the timestamp and token it carries; a timestamp more than 15 minutes
 * away from now is refused, so a captured request cannot be replayed later, and a token already
 * used is refused, so it cannot be replayed sooner either.
 */
@Service
public class MailgunBounces {

    private static final Logger log = LoggerFactory.getLogger(MailgunBounces.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TOLERANCE = Duration.ofMinutes(15);

    public enum Result {
        RECORDED, SUPPRESSED, IGNORED, BAD_SIGNATURE, REPLAYED, NOT_SET_UP, MALFORMED
    }

    private final Suppressions suppressions;
    private final WebhookTokens tokens;
    private final NewsletterProperties properties;
    private final Clock clock;

    MailgunBounces(Suppressions suppressions, WebhookTokens tokens, NewsletterProperties properties, Clock clock) {
        this.suppressions = suppressions;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** One transaction: the token counts as used only if the report was recorded too. */
    @Transactional
    public Result receive(String payload) {
        String key = properties.mailgunSigningKey();
        if (key == null || key.isBlank()) {
            return Result.NOT_SET_UP;
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        }
        catch (JacksonException ex) {
            return Result.MALFORMED;
        }
        JsonNode signature = root.path("signature");
        String timestamp = signature.path("timestamp").asString("");
        String token = signature.path("token").asString("");
        String given = signature.path("signature").asString("");
        if (!timestamp.matches("\\d{1,12}") || token.isEmpty() || token.length() > 200 || !valid(key, timestamp + token, given)) {
            return Result.BAD_SIGNATURE;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Instant now = clock.instant();
        if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
            return Result.BAD_SIGNATURE;
        }
        // a token seen this long ago came with a timestamp that is now refused anyway
        tokens.forgetBefore(now.minus(TOLERANCE.multipliedBy(2)));
        if (!tokens.firstUse(token, now)) {
            log.warn("Refused a Mailgun webhook whose token was already used: a replay of a request sent at {}", sent);
            return Result.REPLAYED;
        }
        JsonNode data = root.path("event-data");
        String event = data.path("event").asString("");
        String recipient = data.path("recipient").asString("");
        String id = data.path("id").asString(null);
        if (recipient.isBlank()) {
            return Result.MALFORMED;
        }
        Suppressions.BounceKind kind;
        if ("complained".equals(event)) {
            kind = Suppressions.BounceKind.COMPLAINT;
        }
        else if ("failed".equals(event)) {
            kind = "temporary".equals(data.path("severity").asString("")) ? Suppressions.BounceKind.SOFT : Suppressions.BounceKind.HARD;
        }
        else {
            return Result.IGNORED;
        }
        JsonNode status = data.path("delivery-status");
        String detail = (status.path("code").asString("") + " " + status.path("message").asString("")).strip();
        boolean suppressed = suppressions.bounce(recipient, kind, "WEBHOOK", id == null ? null : "mailgun:" + id,
                detail.isEmpty() ? event : detail);
        return suppressed ? Result.SUPPRESSED : Result.RECORDED;
    }

    static String sign(String key, String message) {
        return new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key).hmacHex(message);
    }

    private static boolean valid(String key, String message, String given) {
        return MessageDigest.isEqual(sign(key, message).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
