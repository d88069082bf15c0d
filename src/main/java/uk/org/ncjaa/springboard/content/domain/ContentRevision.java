package uk.org.ncjaa.springboard.content.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One save of an item, as it was: never changed, restorable. */
@Entity
@Immutable
@Table(name = "content_revision")
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long itemId;

    private int number;

    private String savedBy;

    private Instant savedAt;

    private String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String snapshot;

    protected ContentRevision() {
    }

    ContentRevision(Long itemId, int number, String savedBy, Instant savedAt, String note, String snapshot) {
        this.itemId = itemId;
        this.number = number;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note;
        this.snapshot = snapshot;
    }

    public Long itemId() {
        return itemId;
    }

    public int number() {
        return number;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String note() {
        return note;
    }

    String snapshot() {
        return snapshot;
    }
}
