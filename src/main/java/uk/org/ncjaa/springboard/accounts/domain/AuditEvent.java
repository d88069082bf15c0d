package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One security event. Append-only: nothing updates or deletes these rows. */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private AuditEventType type;

    private Long accountId;

    private Long actorId;

    private String ipAddress;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditEventType type, Long accountId, Long actorId, String ipAddress, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.accountId = accountId;
        this.actorId = actorId;
        this.ipAddress = ipAddress;
        this.detail = detail;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AuditEventType type() {
        return type;
    }

    public Long accountId() {
        return accountId;
    }

    public Long actorId() {
        return actorId;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String detail() {
        return detail;
    }
}
