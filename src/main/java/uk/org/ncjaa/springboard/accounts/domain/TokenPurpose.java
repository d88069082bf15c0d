package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Duration;

public enum TokenPurpose {

    VERIFY_EMAIL(Duration.ofDays(3)),
    RESET_PASSWORD(Duration.ofHours(1)),
    CHANGE_EMAIL(Duration.ofDays(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
