package uk.org.ncjaa.springboard.accounts;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.domain.AccountRepository;
import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.domain.AuditLog;

/** Read access to accounts for other modules. */
@Service
@Transactional(readOnly = true)
public class AccountsApi {

    private final AccountRepository accounts;

    private final AccountService service;

    private final AuditLog audit;

    AccountsApi(AccountRepository accounts, AccountService service, AuditLog audit) {
        this.accounts = accounts;
        this.service = service;
        this.audit = audit;
    }

    /**
     * Writes to the security log that a staff member opened a member's record in the CRM. The
     * record commits on its own, whatever the caller's transaction does.
     *
     * @param staffAccountId who looked
     * @param memberAccountId whose record it was; null for a member without an account
     * @param what which record, in words for the log, such as "CRM record of member 12"
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void recordMemberRecordViewed(long staffAccountId, Long memberAccountId, String what, String ipAddress) {
        audit.record(AuditEventType.MEMBER_RECORD_VIEWED, memberAccountId, staffAccountId, ipAddress, what);
    }

    /**
     * Writes to the security log that someone took personal data away as a CSV file. The record
     * commits on its own, whatever the caller's transaction does.
     *
     * @param actorAccountId who downloaded it
     * @param subjectAccountId whose data it was, when it was one person's; null for a list of people
     * @param what what the file held, in words for the log, such as "Attendees of Music in prisons"
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void recordPersonalDataExported(long actorAccountId, Long subjectAccountId, String what, String ipAddress) {
        audit.record(AuditEventType.PERSONAL_DATA_EXPORTED, subjectAccountId, actorAccountId, ipAddress, what);
    }

    /**
     * Creates an unverified account and emails a link to verify it, for a module with a sign-up form
     * of its own (joining the network). Takes part in the caller's transaction.
     *
     * @return the new account's id; empty when the address already has an account, whose owner is told by email
     */
    @Transactional
    public Optional<Long> register(String displayName, String email, String password, String ip) {
        return service.register(displayName, email, password, ip);
    }

    public Optional<AccountSummary> find(long id) {
        return accounts.findById(id).map(a -> new AccountSummary(a.id(), a.displayName(), a.email(), a.roles()));
    }

    /** Whether the account's owner has proved the address is theirs. */
    /** The language the member chose for the site and their emails, {@code en} or {@code cy}, or null. */
    public String language(long id) {
        return accounts.findById(id).map(uk.org.ncjaa.springboard.accounts.domain.Account::preferredLanguage).orElse(null);
    }

    public boolean verified(long id) {
        return accounts.findById(id).map(a -> a.emailVerified()).orElse(false);
    }

    /** Verified accounts holding a role, for notifying staff (for example editors of a new submission). */
    public java.util.List<AccountSummary> withRole(Role role) {
        return accounts.findVerifiedWithRole(role).stream()
            .map(a -> new AccountSummary(a.id(), a.displayName(), a.email(), a.roles()))
            .toList();
    }

    /** The staff who hear of new work to review: verified editors and admins, each once. */
    public java.util.List<AccountSummary> editorsAndAdmins() {
        java.util.Map<Long, AccountSummary> staff = new java.util.LinkedHashMap<>();
        for (Role role : java.util.List.of(Role.EDITOR, Role.ADMIN)) {
            withRole(role).forEach(person -> staff.putIfAbsent(person.id(), person));
        }
        return java.util.List.copyOf(staff.values());
    }

    /**
     * A fictional, verified member account for the demonstration site, with a random password nobody
     * is told (demo members are there to be seen, not to log in as).
     *
     * @return the account's id; empty if the address is taken
     */
    @Transactional
    public Optional<Long> createDemoMember(String email, String displayName) {
        return service.createDemoMember(email, displayName, java.util.UUID.randomUUID().toString(), java.util.EnumSet.of(Role.MEMBER));
    }

    /** Gives a non-staff role, such as {@link Role#ORGANISATION_ADMIN}, without ending the account's sessions. */
    @Transactional
    public void grant(long accountId, Role role) {
        service.grant(accountId, role);
    }

    public long count() {
        return accounts.count();
    }

    public record AccountSummary(long id, String displayName, String email, java.util.Set<Role> roles) {
    }
}
