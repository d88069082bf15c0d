package uk.org.ncjaa.springboard.directory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.org.ncjaa.springboard.directory.ListingContent;

/**
 * An organisation's listing. The public sees the published content; the organisation's admins
 * edit a draft, which an editor approves (it becomes the published content) or returns with
 * comments. A listing is never deleted for being out of date: it is flagged, then left out of
 * search, until someone confirms it again.
 */
@Entity
@Table(name = "directory_listing")
public class Listing {

    public enum DraftState {
        /** Being edited by the organisation; not yet sent. */
        EDITING,
        /** Waiting for an editor. */
        SUBMITTED,
        /** An editor asked for changes. */
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String published;

    private Instant publishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String draft;

    @Enumerated(EnumType.STRING)
    private DraftState draftState;

    private Instant draftChangedAt;

    private String reviewComment;

    private Instant verifiedAt;

    private Instant remindedAt;

    private Instant createdAt;

    @Version
    private long version;

    protected Listing() {
    }

    public Listing(String slug, ListingContent content, Instant now) {
        this.slug = slug;
        this.name = content.name().strip();
        this.draft = content.toJson();
        this.draftState = DraftState.EDITING;
        this.draftChangedAt = now;
        this.createdAt = now;
    }

    /** The organisation's admins save their changes; they wait for an editor once submitted. */
    public void edit(ListingContent content, Instant now) {
        this.draft = content.toJson();
        this.draftChangedAt = now;
        if (draftState != DraftState.SUBMITTED) {
            this.draftState = DraftState.EDITING;
        }
        if (publishedAt == null) {
            this.name = content.name().strip();
        }
    }

    public void submit(Instant now) {
        if (draft == null) {
            throw new IllegalStateException("There are no changes to send");
        }
        this.draftState = DraftState.SUBMITTED;
        this.draftChangedAt = now;
    }

    /** An editor accepts the draft: it becomes what the public sees, checked as of now. */
    public ListingContent approve(Instant now) {
        if (draftState != DraftState.SUBMITTED) {
            throw new IllegalStateException("Only a submitted listing can be approved");
        }
        ListingContent content = ListingContent.fromJson(draft);
        this.published = draft;
        this.name = content.name().strip();
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        this.draft = null;
        this.draftState = null;
        this.reviewComment = null;
        verify(now);
        return content;
    }

    public void returnWith(String comment, Instant now) {
        if (draftState != DraftState.SUBMITTED) {
            throw new IllegalStateException("Only a submitted listing can be returned");
        }
        this.draftState = DraftState.RETURNED;
        this.reviewComment = comment.strip();
        this.draftChangedAt = now;
    }

    /** The organisation confirms that what the public sees is still right. */
    public void verify(Instant now) {
        this.verifiedAt = now;
        this.remindedAt = null;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public java.util.Optional<ListingContent> published() {
        return published == null ? java.util.Optional.empty() : java.util.Optional.of(ListingContent.fromJson(published));
    }

    /** The draft being edited, or else the published content to start a new draft from. */
    public ListingContent working() {
        return draft != null ? ListingContent.fromJson(draft) : ListingContent.fromJson(published);
    }

    public boolean hasDraft() {
        return draft != null;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public DraftState draftState() {
        return draftState;
    }

    public Instant draftChangedAt() {
        return draftChangedAt;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
