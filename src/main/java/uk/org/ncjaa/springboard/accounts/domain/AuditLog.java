package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records security events. Each record commits on its own, so a failed login or a rolled-back
 * change is still logged.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEventType type, Long accountId, Long actorId, String ipAddress, String detail) {
        events.save(new AuditEvent(clock.instant(), type, accountId, actorId, ipAddress,
                detail == null ? null : detail.substring(0, Math.min(detail.length(), 500))));
    }

    public void record(AuditEventType type, Long accountId, String ipAddress) {
        record(type, accountId, accountId, ipAddress, null);
    }
}
