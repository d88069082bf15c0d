package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Why someone unsubscribed, when they chose to say: one answer from a short list, so the alliance
 * learns what to change without keeping words written about anyone.
 */
@Entity
@Table(name = "newsletter_unsubscribe_reason")
public class UnsubscribeReason {

    public enum Reason {
        TOO_MANY("Too many emails"),
        NOT_RELEVANT("Not relevant to my work"),
        MOVED_ON("I have moved on from this work"),
        NEVER_ASKED("I did not sign up for it"),
        OTHER("Another reason");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The reason a form sent, or empty for anything else. */
        public static Optional<Reason> of(String name) {
            return Arrays.stream(values()).filter(reason -> reason.name().equals(name)).findFirst();
        }
    }

    @Id
    @Column(name = "subscriber_id")
    private Long subscriberId;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private Instant recordedAt;

    protected UnsubscribeReason() {
    }

    UnsubscribeReason(long subscriberId, Reason reason, Instant when) {
        this.subscriberId = subscriberId;
        this.reason = reason;
        this.recordedAt = when;
    }

    /** A second answer replaces the first: what they say last is what they mean. */
    void change(Reason reason, Instant when) {
        this.reason = reason;
        this.recordedAt = when;
    }

    public Reason reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
