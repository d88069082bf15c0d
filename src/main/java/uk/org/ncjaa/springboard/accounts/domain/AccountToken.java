package uk.org.ncjaa.springboard.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A single-use, expiring link sent by email. Only a hash of the token is stored, so a copy of
 * the database cannot be used to take over accounts.
 */
@Entity
public class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    private String tokenHash;

    private String newEmail;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {
    }

    /** Issues a token; the raw value goes into the email and is never stored. */
    public static Issued issue(long accountId, TokenPurpose purpose, String newEmail, Clock clock) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccountToken token = new AccountToken();
        token.accountId = accountId;
        token.purpose = purpose;
        token.tokenHash = hash(raw);
        token.newEmail = newEmail;
        token.createdAt = clock.instant();
        token.expiresAt = token.createdAt.plus(purpose.lifetime());
        return new Issued(token, raw);
    }

    public static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public boolean usable(Clock clock) {
        return usedAt == null && clock.instant().isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public String newEmail() {
        return newEmail;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public record Issued(AccountToken token, String raw) {
    }
}
