package uk.org.ncjaa.springboard.directory.domain;

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

/** An approved version of a listing: what it said, what had changed, and who approved it. */
@Entity
@Immutable
@Table(name = "directory_revision")
public class ListingRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long listingId;

    private int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String content;

    private String changed;

    private String approvedBy;

    private Instant approvedAt;

    protected ListingRevision() {
    }

    ListingRevision(Long listingId, int number, String content, String changed, String approvedBy, Instant approvedAt) {
        this.listingId = listingId;
        this.number = number;
        this.content = content;
        this.changed = changed;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public int number() {
        return number;
    }

    public String changed() {
        return changed;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
