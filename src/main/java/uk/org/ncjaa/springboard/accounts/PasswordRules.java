package uk.org.ncjaa.springboard.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The password rules people see: long enough, not a well-known one, not their email address. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password123", "password1234", "1234567890", "qwertyuiop",
            "123456789a", "iloveyou123", "passw0rd123", "welcome123", "letmein123", "springboard", "abcdefghij",
            "0123456789", "1q2w3e4r5t", "qwerty1234", "password12", "administrator");

    private PasswordRules() {
    }

    /** What is wrong with a new password, in English words for the person choosing it; empty when nothing is. */
    public static Optional<String> problem(String password, String email) {
        return check(password, email).map(Problem::english);
    }

    /**
     * What is wrong with a new password: its message key in the accounts bundle (the English and
     * Welsh words), the key's arguments and the English words; empty when nothing is.
     */
    public static Optional<Problem> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Problem("accounts.password.blank", new Object[0], "Enter a password"));
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of(new Problem("accounts.password.short", new Object[] {MIN_LENGTH},
                    "Use at least " + MIN_LENGTH + " characters. Three random words work well."));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new Problem("accounts.password.long", new Object[] {MAX_LENGTH},
                    "Use " + MAX_LENGTH + " characters or fewer"));
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("accounts.password.common", new Object[0],
                    "This password is too easy to guess. Choose another."));
        }
        if (email != null && !email.isBlank() && email.split("@")[0].length() >= 4
                && password.toLowerCase(Locale.ROOT).contains(email.strip().toLowerCase(Locale.ROOT).split("@")[0])) {
            return Optional.of(new Problem("accounts.password.email", new Object[0],
                    "Do not use your email address in your password"));
        }
        return Optional.empty();
    }

    /** A password's problem: the message key with its arguments, and its English words. */
    public record Problem(String key, Object[] args, String english) {
    }
}
