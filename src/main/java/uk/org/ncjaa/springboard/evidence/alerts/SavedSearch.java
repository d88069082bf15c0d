package uk.org.ncjaa.springboard.evidence.alerts;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's search of the Evidence Library, kept as its query string, with an email alert for new entries. */
@Entity
@Table(name = "evidence_saved_search")
public class SavedSearch {

    public enum Frequency {
        DAILY("Every day", Duration.ofDays(1)), WEEKLY("Every week", Duration.ofDays(7));

        private final String label;
        private final Duration interval;

        Frequency(String label, Duration interval) {
            this.label = label;
            this.interval = interval;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String name;

    private String query;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private Instant createdAt;

    private Instant lastCheckedAt;

    private Instant lastSentAt;

    protected SavedSearch() {
    }

    SavedSearch(long accountId, String name, String query, Frequency frequency, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.query = query;
        this.frequency = frequency;
        this.createdAt = now;
        this.lastCheckedAt = now;
    }

    /** Due once its interval has passed since the last check (an hour's slack keeps a daily alert daily). */
    boolean due(Instant now) {
        return !lastCheckedAt.plus(frequency.interval).minus(Duration.ofHours(1)).isAfter(now);
    }

    /** Entries published after this moment are new to the member. */
    Instant newSince() {
        return lastSentAt != null ? lastSentAt : createdAt;
    }

    void checked(Instant now, boolean sent) {
        lastCheckedAt = now;
        if (sent) {
            lastSentAt = now;
        }
    }

    void change(Frequency frequency) {
        this.frequency = frequency;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }

    public Frequency frequency() {
        return frequency;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }
}
