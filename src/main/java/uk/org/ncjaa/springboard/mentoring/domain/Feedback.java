package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's answer to the mid-point or end-of-round survey; staff see it only in the round's totals. */
@Entity
@Table(name = "mentoring_feedback")
public class Feedback {

    public enum Stage {
        MID("Half way"), END("At the end");

        private final String label;

        Stage(String label) {
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
    private long accountId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private int satisfaction;
    private int progress;
    private String comment;
    private Instant givenAt;

    protected Feedback() {
    }

    public Feedback(long matchId, long accountId, Stage stage, int satisfaction, int progress, String comment, Instant now) {
        this.matchId = matchId;
        this.accountId = accountId;
        this.stage = stage;
        this.satisfaction = satisfaction;
        this.progress = progress;
        this.comment = comment;
        this.givenAt = now;
    }

    public Stage stage() {
        return stage;
    }

    public long accountId() {
        return accountId;
    }

    public int satisfaction() {
        return satisfaction;
    }

    public int progress() {
        return progress;
    }

    public String comment() {
        return comment;
    }
}
