package uk.org.ncjaa.springboard.showcase.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a work's moderation or its withdrawal, with the reason and the checklist as the editor answered it. */
@Entity
@Table(name = "showcase_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long workId;
    private String action;
    private String reason;
    private String checklist;
    private Long decidedBy;
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(long workId, String action, String reason, String checklist, Long decidedBy, Instant decidedAt) {
        this.workId = workId;
        this.action = action;
        this.reason = reason == null ? "" : reason.strip();
        this.checklist = checklist == null ? "" : checklist;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public long workId() {
        return workId;
    }

    public String action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String checklist() {
        return checklist;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
