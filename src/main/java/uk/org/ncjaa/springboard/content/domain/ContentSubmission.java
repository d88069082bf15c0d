package uk.org.ncjaa.springboard.content.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Something a member shared for publication: news, a case study, an event or an opportunity. The
 * editors accept it (and then edit and publish it as content of their own), return it with
 * comments for the member to change and send again, or decline it.
 */
@Entity
@Table(name = "content_submission")
public class ContentSubmission {

    public enum Kind {
        NEWS("News"), CASE_STUDY("A case study of your project"), EVENT("An event"), OPPORTUNITY("An opportunity: a job, commission or call");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        SUBMITTED("Waiting for an editor"), ACCEPTED("Accepted"), RETURNED("Returned to you with comments"), DECLINED("Declined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the member writes. */
    public record Details(Kind kind, String title, String body, String organisation, String eventWhen, String eventWhere,
            LocalDate closesOn, String howToApply) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;

    private String body;

    private String organisation;

    private String eventWhen;

    private String eventWhere;

    private LocalDate closesOn;

    private String howToApply;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String comments;

    private Long itemId;

    private Instant submittedAt;

    private Instant decidedAt;

    private String decidedBy;

    @Version
    private long version;

    protected ContentSubmission() {
    }

    ContentSubmission(long accountId, Details details, Instant now) {
        this.accountId = accountId;
        write(details);
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
    }

    /** The member changes a returned submission and sends it again. */
    void resubmit(Details details, Instant now) {
        require(status == Status.RETURNED, "Only a submission returned to you can be changed.");
        write(details);
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    void accept(Long itemId, String by, Instant now) {
        require(status == Status.SUBMITTED, "Someone has already decided on this submission.");
        this.itemId = itemId;
        decide(Status.ACCEPTED, null, by, now);
    }

    void returnWith(String comments, String by, Instant now) {
        require(status == Status.SUBMITTED, "Someone has already decided on this submission.");
        decide(Status.RETURNED, comments, by, now);
    }

    void decline(String comments, String by, Instant now) {
        require(status == Status.SUBMITTED, "Someone has already decided on this submission.");
        decide(Status.DECLINED, comments, by, now);
    }

    private void decide(Status status, String comments, String by, Instant now) {
        this.status = status;
        this.comments = comments;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    private void write(Details details) {
        this.kind = details.kind();
        this.title = details.title().strip();
        this.body = details.body().strip();
        this.organisation = details.organisation() == null ? "" : details.organisation().strip();
        this.eventWhen = details.eventWhen();
        this.eventWhere = details.eventWhere();
        this.closesOn = details.closesOn();
        this.howToApply = details.howToApply();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContentStateException(message);
        }
    }

    public Details details() {
        return new Details(kind, title, body, organisation, eventWhen, eventWhere, closesOn, howToApply);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String organisation() {
        return organisation;
    }

    public Status status() {
        return status;
    }

    public String comments() {
        return comments;
    }

    public Long itemId() {
        return itemId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
