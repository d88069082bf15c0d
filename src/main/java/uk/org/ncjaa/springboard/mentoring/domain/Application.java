package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** A member's application to a round, as a mentor or a mentee; saved as a draft until they send it. */
@Entity
@Table(name = "mentoring_application")
public class Application {

    public enum Status {
        DRAFT("Draft: not sent yet"), SUBMITTED("Sent: waiting for a decision"), ACCEPTED("Accepted"), WAITLISTED("On the waiting list"),
        DECLINED("Not accepted this time"), WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Everything the applicant fills in. */
    public record Details(String organisation, String jobTitle, List<String> artForms, List<String> settings, String region,
            List<String> formats, List<String> availability, List<String> topics, int yearsInSector, String statement,
            boolean wantsLivedExperience, boolean sharesLivedExperience, boolean livedExperienceConsent, String exclusions, int capacity,
            List<String> answers) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;
    private long accountId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String displayName;
    private String organisation;
    private String jobTitle;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> artForms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> settings = new ArrayList<>();

    private String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> formats = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> availability = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> topics = new ArrayList<>();

    private int yearsInSector;
    private String statement;
    private boolean wantsLivedExperience;
    private boolean sharesLivedExperience;
    private boolean livedExperienceConsent;
    private String exclusions;
    private int capacity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> answers = new ArrayList<>();

    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Application() {
    }

    public Application(long roundId, long accountId, String displayName, Role role, Details details, Instant now) {
        this.roundId = roundId;
        this.accountId = accountId;
        this.displayName = displayName;
        this.role = role;
        this.status = Status.DRAFT;
        this.createdAt = now;
        change(details, now);
    }

    /** The applicant changes what they wrote: until staff decide on it. */
    public void change(Details details, Instant now) {
        if (status != Status.DRAFT && status != Status.SUBMITTED) {
            throw new MentoringException("This application has been decided on, so it can no longer be changed.",
                    "mentoring.apply.decided");
        }
        this.organisation = details.organisation();
        this.jobTitle = details.jobTitle();
        this.artForms = new ArrayList<>(details.artForms());
        this.settings = new ArrayList<>(details.settings());
        this.region = details.region();
        this.formats = new ArrayList<>(details.formats());
        this.availability = new ArrayList<>(details.availability());
        this.topics = new ArrayList<>(details.topics());
        this.yearsInSector = details.yearsInSector();
        this.statement = details.statement();
        this.wantsLivedExperience = role == Role.MENTEE && details.wantsLivedExperience();
        // lived experience is kept only with the consent given beside it
        this.livedExperienceConsent = role == Role.MENTOR && details.livedExperienceConsent();
        this.sharesLivedExperience = this.livedExperienceConsent && details.sharesLivedExperience();
        this.exclusions = details.exclusions();
        this.capacity = role == Role.MENTOR ? details.capacity() : 1;
        this.answers = new ArrayList<>(details.answers());
        this.updatedAt = now;
    }

    /** @return true the first time it is sent */
    public boolean submit(Instant now) {
        if (status == Status.SUBMITTED) {
            return false;
        }
        if (status != Status.DRAFT) {
            throw new MentoringException("This application has already been sent.", "mentoring.problem.alreadySent");
        }
        status = Status.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        return true;
    }

    /** Staff accept, wait-list or decline it, with a reason the applicant will read. */
    public void decide(Status decision, String reason, String by, Instant now) {
        if (decision != Status.ACCEPTED && decision != Status.WAITLISTED && decision != Status.DECLINED) {
            throw new MentoringException("Choose accept, wait-list or decline.");
        }
        if (status != Status.SUBMITTED && status != Status.WAITLISTED) {
            throw new MentoringException("Only a sent or wait-listed application can be decided on; this one is " + status.label().toLowerCase() + ".");
        }
        status = decision;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        if (status == Status.WITHDRAWN || status == Status.DECLINED) {
            throw new MentoringException("This application is no longer open.", "mentoring.problem.notOpen");
        }
        status = Status.WITHDRAWN;
        updatedAt = now;
    }

    /** Erasure: the application stays for the round's counts, but nothing says whose it was. */
    void forget(Instant now) {
        accountId = -id;
        displayName = "Former member";
        organisation = "";
        jobTitle = "";
        statement = "";
        exclusions = "";
        answers = new ArrayList<>();
        sharesLivedExperience = false;
        livedExperienceConsent = false;
        wantsLivedExperience = false;
        decisionReason = null;
        updatedAt = now;
    }

    public Details details() {
        return new Details(organisation, jobTitle, List.copyOf(artForms), List.copyOf(settings), region, List.copyOf(formats),
                List.copyOf(availability), List.copyOf(topics), yearsInSector, statement, wantsLivedExperience, sharesLivedExperience,
                livedExperienceConsent, exclusions, capacity, List.copyOf(answers));
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public Status status() {
        return status;
    }

    public String displayName() {
        return displayName;
    }

    public String organisation() {
        return organisation;
    }

    public String region() {
        return region;
    }

    public int capacity() {
        return capacity;
    }

    public String exclusions() {
        return exclusions;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
