package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

import uk.org.ncjaa.springboard.members.Consent;

/**
 * One consent given or withdrawn: what for, the wording's version, when and how. Records are only
 * ever added (the database refuses changes); what a member agrees to now is their latest per purpose.
 */
@Entity
@Immutable
public class ConsentRecord {

    /** How the consent reached us. */
    public enum Source {
        FORM("On the website"), IMPORT("Imported from an earlier list"), STAFF("Recorded by staff");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;

    @Enumerated(EnumType.STRING)
    private Consent purpose;

    private boolean granted;

    private String wordingVersion;

    @Enumerated(EnumType.STRING)
    private Source source;

    private Instant recordedAt;

    private Long recordedBy;

    protected ConsentRecord() {
    }

    public ConsentRecord(long memberId, Consent purpose, boolean granted, Source source, Instant recordedAt, Long recordedBy) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.granted = granted;
        this.wordingVersion = purpose.version();
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public Consent purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public String wordingVersion() {
        return wordingVersion;
    }

    public Source source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Long recordedBy() {
        return recordedBy;
    }
}
