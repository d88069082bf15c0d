package uk.org.ncjaa.springboard.accounts.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.MemberHistory;

/**
 * The account's own milestones: created, address confirmed, two-factor turned on and off, roles
 * and address changed. Sign-ins are left out: they are many, and the security log shows them.
 */
@Component
class AccountHistory implements MemberHistory {

    /** The security log's events that change what the account is, rather than record one visit. */
    private static final Set<AuditEventType> MILESTONES = EnumSet.of(AuditEventType.TWO_FACTOR_DISABLED, AuditEventType.EMAIL_CHANGED,
            AuditEventType.PASSWORD_RESET, AuditEventType.PASSWORD_CHANGED, AuditEventType.ROLES_CHANGED, AuditEventType.ROLE_GRANTED,
            AuditEventType.ROLE_REMOVED);

    private final AccountRepository accounts;
    private final AuditEventRepository audit;

    AccountHistory(AccountRepository accounts, AuditEventRepository audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        accounts.findById(accountId).ifPresent(account -> {
            moments.add(Moment.of(account.createdAt(), Kind.ACCOUNT, "Account created").link("/admin/accounts/" + accountId));
            if (account.emailVerifiedAt() != null) {
                moments.add(Moment.of(account.emailVerifiedAt(), Kind.ACCOUNT, "Email address confirmed"));
            }
            if (account.totpEnabledAt() != null) {
                moments.add(Moment.of(account.totpEnabledAt(), Kind.ACCOUNT, "Two-factor authentication turned on"));
            }
        });
        for (AuditEvent event : audit.findByAccountIdAndTypeIn(accountId, MILESTONES)) {
            // role changes say which roles; other details (addresses) are not for the timeline
            boolean roles = event.type() == AuditEventType.ROLES_CHANGED || event.type() == AuditEventType.ROLE_GRANTED
                    || event.type() == AuditEventType.ROLE_REMOVED;
            moments.add(new Moment(event.occurredAt(), Kind.ACCOUNT, event.type().label(), roles ? event.detail() : null, null));
        }
        return moments;
    }
}
