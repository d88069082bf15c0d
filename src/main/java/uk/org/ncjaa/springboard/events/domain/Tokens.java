package uk.org.ncjaa.springboard.events.domain;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.codec.digest.DigestUtils;

/** Secret links (to a booking, a waiting-list place, a feedback form): only their hash is kept. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }

    /** A booking reference people can read out on the phone: no 0/O or 1/I. */
    static String newReference() {
        StringBuilder reference = new StringBuilder("SB-");
        for (int i = 0; i < 8; i++) {
            reference.append(REFERENCE[RANDOM.nextInt(REFERENCE.length)]);
        }
        return reference.toString();
    }

    static boolean looksLikeToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }
}
