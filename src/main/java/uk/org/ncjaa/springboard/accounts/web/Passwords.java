package uk.org.ncjaa.springboard.accounts.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.validation.BindingResult;

/** The password rules people see: long enough, not a well-known one, not their email address. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password123", "password1234", "1234567890", "qwertyuiop",
            "123456789a", "iloveyou123", "passw0rd123", "welcome123", "letmein123", "springboard", "abcdefghij",
            "0123456789", "1q2w3e4r5t", "qwerty1234", "password12", "administrator");

    private Passwords() {
    }

    static void check(String password, String email, String field, BindingResult errors) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(field, "required", "Enter a password");
        }
        else if (password.length() < MIN_LENGTH) {
            errors.rejectValue(field, "short", "Use at least " + MIN_LENGTH + " characters. Three random words work well.");
        }
        else if (password.length() > MAX_LENGTH) {
            errors.rejectValue(field, "long", "Use " + MAX_LENGTH + " characters or fewer");
        }
        else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            errors.rejectValue(field, "common", "This password is too easy to guess. Choose another.");
        }
        else if (email != null && !email.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(email.strip().toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            errors.rejectValue(field, "email", "Do not use your email address in your password");
        }
    }
}
