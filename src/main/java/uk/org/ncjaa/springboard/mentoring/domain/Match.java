package uk.org.ncjaa.springboard.mentoring.domain;

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

/**
 * A mentee and a mentor: proposed (staff only), offered to both, active once both accept, and at
 * the end closed with an outcome. While offered or active it holds one of the mentor's places.
 */
@Entity
@Table(name = "mentoring_match")
public class Match {

    public enum Status {
        PROPOSED("Proposed: not published"), OFFERED("Offered: waiting for answers"), ACTIVE("Active"), DECLINED("Declined"),
        CLOSED("Closed"), LAPSED("Withdrawn by staff");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean live() {
            return this == OFFERED || this == ACTIVE;
        }

        /** A proposal or a live match: it counts against the mentor's places and the mentee's one match. */
        public boolean held() {
            return this == PROPOSED || live();
        }
    }

    public enum Origin { MATCHER, STAFF }

    public enum Answer { ACCEPTED, DECLINED }

    public enum Outcome {
        GOALS_MET("The goals were met"), PARTLY_MET("Some goals were met"), NOT_MET("The goals were not met"),
        ENDED_EARLY("It ended early");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;
    private long menteeId;
    private long mentorId;
    private Integer mentorPlace;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private int score;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private int[] parts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private int[] weights;

    @Enumerated(EnumType.STRING)
    private Answer menteeAnswer;

    @Enumerated(EnumType.STRING)
    private Answer mentorAnswer;

    private String goals = "";

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String outcomeNote;
    private Instant createdAt;
    private Instant offeredAt;
    private Instant startedAt;
    private Instant endedAt;
    private Instant remindedAt;
    private Instant midAskedAt;
    private Instant endAskedAt;

    @Version
    private long version;

    protected Match() {
    }

    public Match(long roundId, long menteeId, long mentorId, int score, int[] parts, int[] weights, Origin origin, Instant now) {
        this.roundId = roundId;
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.score = score;
        this.parts = parts.clone();
        this.weights = weights.clone();
        this.origin = origin;
        this.status = Status.PROPOSED;
        this.createdAt = now;
    }

    /** Staff give a proposal another mentor (a swap); only before it is published. */
    void changeMentor(long mentorId, int score, int[] parts) {
        requireProposed();
        this.mentorId = mentorId;
        this.score = score;
        this.parts = parts.clone();
    }

    /** Published: both people are asked, and it holds the mentor's place while they answer. */
    void offer(int place, Instant now) {
        requireProposed();
        status = Status.OFFERED;
        mentorPlace = place;
        offeredAt = now;
    }

    /**
     * One side answers. A decline ends it and frees both; the second acceptance makes it active.
     *
     * @return true when this answer changed the match's status
     */
    public boolean answer(Role side, boolean accept, Instant now) {
        if (status != Status.OFFERED) {
            throw new MentoringException(status == Status.ACTIVE ? "You have both already accepted." : "This offer is no longer open.",
                    status == Status.ACTIVE ? "mentoring.problem.bothAccepted" : "mentoring.problem.offerClosed");
        }
        Answer answer = accept ? Answer.ACCEPTED : Answer.DECLINED;
        if (side == Role.MENTEE) {
            menteeAnswer = answer;
        }
        else {
            mentorAnswer = answer;
        }
        if (!accept) {
            status = Status.DECLINED;
            mentorPlace = null;
            endedAt = now;
            return true;
        }
        if (menteeAnswer == Answer.ACCEPTED && mentorAnswer == Answer.ACCEPTED) {
            status = Status.ACTIVE;
            startedAt = now;
            return true;
        }
        return false;
    }

    /** Staff withdraw an offer nobody has finished answering. */
    void lapse(Instant now) {
        if (status != Status.OFFERED) {
            throw new MentoringException("Only an offer waiting for answers can be withdrawn.");
        }
        status = Status.LAPSED;
        mentorPlace = null;
        endedAt = now;
    }

    public void agreeGoals(String goals) {
        requireActive();
        this.goals = goals;
    }

    public void close(Outcome outcome, String note, Instant now) {
        requireActive();
        this.status = Status.CLOSED;
        this.outcome = outcome;
        this.outcomeNote = note;
        this.mentorPlace = null;
        this.endedAt = now;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    void askedMidPoint(Instant now) {
        midAskedAt = now;
    }

    void askedAtEnd(Instant now) {
        endAskedAt = now;
    }

    private void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new MentoringException("This pair has already been published, so it can no longer be changed here.");
        }
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new MentoringException("Only an active mentoring relationship can be changed.", "mentoring.problem.notActive");
        }
    }

    /** Both answers in words, for staff. */
    public String answers() {
        return "Mentee " + word(menteeAnswer) + ", mentor " + word(mentorAnswer);
    }

    private static String word(Answer answer) {
        return answer == null ? "not yet" : answer == Answer.ACCEPTED ? "accepted" : "declined";
    }

    public Answer answerOf(Role side) {
        return side == Role.MENTEE ? menteeAnswer : mentorAnswer;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long menteeId() {
        return menteeId;
    }

    public long mentorId() {
        return mentorId;
    }

    public Integer mentorPlace() {
        return mentorPlace;
    }

    public Status status() {
        return status;
    }

    public Origin origin() {
        return origin;
    }

    public int score() {
        return score;
    }

    public int[] parts() {
        return parts.clone();
    }

    public int[] weights() {
        return weights.clone();
    }

    public String goals() {
        return goals;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant midAskedAt() {
        return midAskedAt;
    }

    public Instant endAskedAt() {
        return endAskedAt;
    }
}
