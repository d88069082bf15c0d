package uk.org.ncjaa.springboard.policy.forum;

import java.time.Clock;
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
 * An action agreed at a meeting: who owns it, when it is due (a date, or a later meeting), and where
 * it stands. It belongs to the meeting that agreed it and is carried to every later meeting until it
 * is closed; a dropped action always says why.
 */
@Entity(name = "ForumAction")
@Table(name = "forum_action")
public class Action {

    public enum Status {
        OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean closed() {
            return this == DONE || this == DROPPED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private String description;
    private String owner;
    private String ownerEmail;
    private Long dueMeetingId;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private String reason = "";
    private Instant statusChangedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Action() {
    }

    public Action(long meetingId, String description, String owner, String ownerEmail, Long dueMeetingId, LocalDate dueOn, Instant now) {
        this.meetingId = meetingId;
        this.createdAt = now;
        this.statusChangedAt = now;
        change(description, owner, ownerEmail, dueMeetingId, dueOn);
    }

    public void change(String description, String owner, String ownerEmail, Long dueMeetingId, LocalDate dueOn) {
        if (dueMeetingId == null && dueOn == null) {
            throw new ForumException("Give a due date or the meeting it is due by.");
        }
        this.description = description.strip();
        this.owner = owner.strip();
        this.ownerEmail = ownerEmail == null || ownerEmail.isBlank() ? null : ownerEmail.strip();
        this.dueMeetingId = dueMeetingId;
        this.dueOn = dueOn;
    }

    /** Moves the action on; dropping it needs a reason, which the public action log shows. */
    public void moveTo(Status next, String why, Clock clock) {
        String text = why == null ? "" : why.strip();
        if (next == Status.DROPPED && text.isEmpty()) {
            throw new ForumException("Say why the action is dropped.");
        }
        if (next == status && text.equals(reason)) {
            return;
        }
        this.status = next;
        this.reason = next == Status.DROPPED ? text : "";
        this.statusChangedAt = clock.instant();
    }

    /**
     * Whether the action belongs on a meeting's record: the meeting that agreed it, and every later
     * one while it is open; once closed, the first meeting after it closed reports it, and no other.
     *
     * @param originHeldAt when the meeting that agreed it was held
     * @param previousHeldAt when the meeting before this one was held (null for none)
     */
    public boolean showsAt(Instant originHeldAt, Instant meetingHeldAt, Instant previousHeldAt) {
        if (meetingHeldAt.equals(originHeldAt)) {
            return true;
        }
        if (meetingHeldAt.isBefore(originHeldAt)) {
            return false;
        }
        return !status.closed() || previousHeldAt == null || statusChangedAt.isAfter(previousHeldAt);
    }

    /** The day it is due: its own date, or the day of the meeting it is due by. */
    public LocalDate dueDay(LocalDate dueMeetingDay) {
        return dueOn != null ? dueOn : dueMeetingDay;
    }

    public boolean overdue(LocalDate dueDay, LocalDate today) {
        return !status.closed() && dueDay != null && dueDay.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public Long dueMeetingId() {
        return dueMeetingId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
