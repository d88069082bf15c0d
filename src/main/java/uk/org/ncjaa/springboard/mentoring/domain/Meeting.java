package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One meeting of a pair, in their own log: the notes are for the two of them only. */
@Entity
@Table(name = "mentoring_meeting")
public class Meeting {

    public enum Format {
        IN_PERSON("In person"), ONLINE("Online"), PHONE("By phone");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long matchId;
    private LocalDate heldOn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Format format;

    private int minutes;
    private String notes;
    private long loggedBy;
    private Instant loggedAt;

    protected Meeting() {
    }

    public Meeting(long matchId, LocalDate heldOn, Format format, int minutes, String notes, long loggedBy, Instant now) {
        this.matchId = matchId;
        this.heldOn = heldOn;
        this.format = format;
        this.minutes = minutes;
        this.notes = notes;
        this.loggedBy = loggedBy;
        this.loggedAt = now;
    }

    public Long id() {
        return id;
    }

    public long matchId() {
        return matchId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Format format() {
        return format;
    }

    public int minutes() {
        return minutes;
    }

    public String notes() {
        return notes;
    }

    public long loggedBy() {
        return loggedBy;
    }
}
