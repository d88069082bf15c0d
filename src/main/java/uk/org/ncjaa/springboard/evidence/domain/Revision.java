package uk.org.ncjaa.springboard.evidence.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A saved state of an entry after an editor changed it: what it looked like, who changed it, and what changed. */
@Entity
@Table(name = "evidence_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long entryId;

    private int number;

    private Instant changedAt;

    private String changedBy;

    private String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String snapshot;

    protected Revision() {
    }

    public Revision(Long entryId, int number, Instant changedAt, String changedBy, String summary, String snapshot) {
        this.entryId = entryId;
        this.number = number;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.summary = summary;
        this.snapshot = snapshot;
    }

    public int number() {
        return number;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String summary() {
        return summary;
    }

    public String snapshot() {
        return snapshot;
    }
}
