package uk.org.ncjaa.springboard.policy.influence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One ask the alliance made of a body, what came of it, and the sources it came from (forum items,
 * consultations), kept as references so an entry outlives a source that goes.
 */
@Entity
@Table(name = "influence_entry")
public class InfluenceEntry {

    public enum Status {
        WAITING("Waiting for an answer"), PARTLY_ACHIEVED("Partly achieved"), ACHIEVED("Achieved"), NOT_ACHIEVED("Not achieved");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ask;
    private String body;
    private LocalDate askedOn;
    private String outcome;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "public")
    private boolean shown;

    private String sources;
    private Instant createdAt;
    private Instant updatedAt;

    protected InfluenceEntry() {
    }

    public InfluenceEntry(String ask, String body, LocalDate askedOn, String outcome, Status status, boolean shown, List<String> sources,
            Instant now) {
        this.createdAt = now;
        change(ask, body, askedOn, outcome, status, shown, sources, now);
    }

    public void change(String ask, String body, LocalDate askedOn, String outcome, Status status, boolean shown, List<String> sources,
            Instant now) {
        this.ask = ask.strip();
        this.body = body.strip();
        this.askedOn = askedOn;
        this.outcome = outcome == null ? "" : outcome.strip();
        this.status = status;
        this.shown = shown;
        this.sources = String.join("\n", sources.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
        this.updatedAt = now;
    }

    public List<String> sourceReferences() {
        return sources.isEmpty() ? List.of() : Arrays.asList(sources.split("\n"));
    }

    public Long id() {
        return id;
    }

    public String ask() {
        return ask;
    }

    public String body() {
        return body;
    }

    public LocalDate askedOn() {
        return askedOn;
    }

    public String outcome() {
        return outcome;
    }

    public Status status() {
        return status;
    }

    public boolean shown() {
        return shown;
    }
}
