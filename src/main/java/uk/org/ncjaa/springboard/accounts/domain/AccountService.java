package uk.org.ncjaa.springboard.accounts.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.accounts.AccountRegistered;
import uk.org.ncjaa.springboard.accounts.AccountVerified;
import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * Every change to an account. Answers never reveal whether an email address has an account:
 * the same message is shown and an email goes to the address either way.
 */
@Service
@Transactional
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TotpCodes totp;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, RecoveryCodeRepository recoveryCodes,
            PasswordEncoder passwords, AuditLog audit, TotpCodes totp, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.audit = audit;
        this.totp = totp;
        this.events = events;
        this.clock = clock;
    }

    // --- registration and verification

    /**
     * Creates an unverified account and emails a link to verify it. When the address already has an
     * account, its owner is told by email instead, and the caller learns nothing it could show.
     *
     * @return the new account's id, or empty when the address was taken
     */
    public Optional<Long> register(String displayName, String email, String password, String ip) {
        String hash = passwords.encode(password);
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            mail(existing.get().email(), "Someone tried to join Springboard with your email address", "account-exists",
                    Map.of("name", existing.get().displayName()));
            return Optional.empty();
        }
        Account registered = Account.register(email, displayName, hash, clock);
        if (Languages.welsh(LocaleContextHolder.getLocale())) {
            // joined from a Welsh page: the confirmation email and the site stay Welsh until they choose otherwise
            registered.chooseLanguage("cy", clock);
        }
        Account account = accounts.saveAndFlush(registered);
        sendVerification(account);
        events.publishEvent(new AccountRegistered(account.id(), account.displayName()));
        audit.record(AuditEventType.REGISTERED, account.id(), ip);
        return Optional.of(account.id());
    }

    public void resendVerification(String email) {
        accounts.findByEmail(email).filter(account -> !account.emailVerified()).ifPresent(this::sendVerification);
    }

    private void sendVerification(Account account) {
        tokens.spendAll(account.id(), TokenPurpose.VERIFY_EMAIL, clock.instant());
        AccountToken.Issued issued = AccountToken.issue(account.id(), TokenPurpose.VERIFY_EMAIL, null, clock);
        tokens.save(issued.token());
        mail(account.email(), "Confirm your email address for Springboard", "verify-email",
                Map.of("name", account.displayName(), "token", issued.raw()));
    }

    public boolean verifyEmail(String rawToken, String ip) {
        return spend(rawToken, TokenPurpose.VERIFY_EMAIL).map(token -> {
            Account account = get(token.accountId());
            boolean first = !account.emailVerified();
            account.verifyEmail(clock);
            audit.record(AuditEventType.EMAIL_VERIFIED, account.id(), ip);
            if (first) {
                events.publishEvent(new AccountVerified(account.id()));
            }
            return true;
        }).orElse(false);
    }

    // --- passwords

    public void requestPasswordReset(String email, String ip) {
        accounts.findByEmail(email).ifPresent(account -> {
            tokens.spendAll(account.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
            AccountToken.Issued issued = AccountToken.issue(account.id(), TokenPurpose.RESET_PASSWORD, null, clock);
            tokens.save(issued.token());
            mail(account.email(), "Reset your Springboard password", "reset-password",
                    Map.of("name", account.displayName(), "token", issued.raw()));
            audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, account.id(), ip);
        });
    }

    @Transactional(readOnly = true)
    public boolean resetTokenUsable(String rawToken) {
        return find(rawToken, TokenPurpose.RESET_PASSWORD).filter(token -> token.usable(clock)).isPresent();
    }

    public boolean resetPassword(String rawToken, String newPassword, String ip) {
        return spend(rawToken, TokenPurpose.RESET_PASSWORD).map(token -> {
            Account account = get(token.accountId());
            account.changePassword(passwords.encode(newPassword), clock);
            account.verifyEmail(clock);
            tokens.spendAll(account.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
            passwordChanged(account, AuditEventType.PASSWORD_RESET, ip);
            return true;
        }).orElse(false);
    }

    public void changePassword(long accountId, String currentPassword, String newPassword, String ip) {
        Account account = get(accountId);
        checkPassword(account, currentPassword);
        account.changePassword(passwords.encode(newPassword), clock);
        passwordChanged(account, AuditEventType.PASSWORD_CHANGED, ip);
    }

    private void passwordChanged(Account account, AuditEventType type, String ip) {
        audit.record(type, account.id(), ip);
        events.publishEvent(new SessionsRevoked(account.id()));
        mail(account.email(), "Your Springboard password was changed", "password-changed",
                Map.of("name", account.displayName()));
    }

    // --- language

    /** Records the member's language for the site and their emails ({@code en} or {@code cy}). */
    public void chooseLanguage(long accountId, String code) {
        get(accountId).chooseLanguage(code, clock);
    }

    /** The language chosen by the account with this address: {@code en}, {@code cy}, or null. */
    @Transactional(readOnly = true)
    public String languageOf(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return accounts.findByEmail(email).map(Account::preferredLanguage).orElse(null);
    }

    // --- email address

    public void requestEmailChange(long accountId, String currentPassword, String newEmail, String ip) {
        Account account = get(accountId);
        checkPassword(account, currentPassword);
        String address = Account.normalise(newEmail);
        if (accounts.existsByEmail(address)) {
            mail(address, "Someone tried to move a Springboard account to your email address", "email-in-use",
                    Map.of("name", account.displayName()));
            return;
        }
        tokens.spendAll(account.id(), TokenPurpose.CHANGE_EMAIL, clock.instant());
        AccountToken.Issued issued = AccountToken.issue(account.id(), TokenPurpose.CHANGE_EMAIL, address, clock);
        tokens.save(issued.token());
        mail(address, "Confirm your new email address for Springboard", "confirm-email-change",
                Map.of("name", account.displayName(), "token", issued.raw()));
        audit.record(AuditEventType.EMAIL_CHANGE_REQUESTED, account.id(), ip);
    }

    public boolean confirmEmailChange(String rawToken, String ip) {
        return spend(rawToken, TokenPurpose.CHANGE_EMAIL).map(token -> {
            if (accounts.existsByEmail(token.newEmail())) {
                return false;
            }
            Account account = get(token.accountId());
            String oldEmail = account.email();
            account.changeEmail(token.newEmail(), clock);
            accounts.flush();
            mail(oldEmail, "Your Springboard email address was changed", "email-changed",
                    Map.of("name", account.displayName()));
            audit.record(AuditEventType.EMAIL_CHANGED, account.id(), ip);
            return true;
        }).orElse(false);
    }

    // --- roles and deletion

    /** An admin sets an account's roles; each role given or taken away is written in the audit log. */
    public void setRoles(long actorId, long accountId, Set<Role> roles, String ip) {
        if (!get(actorId).roles().contains(Role.ADMIN)) {
            audit.record(AuditEventType.ROLE_CHANGE_REFUSED, accountId, actorId, ip, "Not an admin: " + names(roles));
            throw new AccountRuleException("Only an admin can change roles.");
        }
        Account account = get(accountId);
        Set<Role> before = account.roles();
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && accounts.countWithRole(Role.ADMIN) <= 1) {
            throw new AccountRuleException("Springboard needs at least one admin. Give someone else the admin role first.");
        }
        try {
            account.assignRoles(roles, actorId, clock);
        }
        catch (AccountRuleException refused) {
            // the attempt is worth knowing about too; the log's own transaction keeps it although this one rolls back
            audit.record(AuditEventType.ROLE_CHANGE_REFUSED, accountId, actorId, ip, names(before) + " → " + names(roles));
            throw refused;
        }
        Set<Role> after = account.roles();
        if (!before.equals(after)) {
            audit.record(AuditEventType.ROLES_CHANGED, accountId, actorId, ip, names(before) + " → " + names(after));
            recordEachRole(accountId, actorId, ip, before, after);
            events.publishEvent(new SessionsRevoked(accountId));
        }
    }

    /** One line per role given and per role taken away, so the log can be searched for either. */
    private void recordEachRole(long accountId, Long actorId, String ip, Set<Role> before, Set<Role> after) {
        for (Role role : Role.values()) {
            if (!before.contains(role) && after.contains(role)) {
                audit.record(AuditEventType.ROLE_GRANTED, accountId, actorId, ip, role.label());
            }
            else if (before.contains(role) && !after.contains(role)) {
                audit.record(AuditEventType.ROLE_REMOVED, accountId, actorId, ip, role.label());
            }
        }
    }

    /**
     * Gives an account a role that comes with something it now looks after (an organisation's
     * listing), not a staff role: the session carries on, and the change is audited.
     */
    public void grant(long accountId, Role role) {
        if (role.isStaff()) {
            throw new IllegalArgumentException("Staff roles are given by an admin");
        }
        Account account = get(accountId);
        Set<Role> before = account.roles();
        if (!before.contains(role)) {
            java.util.EnumSet<Role> after = java.util.EnumSet.copyOf(before);
            after.add(role);
            account.assignRoles(after, clock);
            audit.record(AuditEventType.ROLES_CHANGED, accountId, accountId, null, names(before) + " → " + names(after));
            recordEachRole(accountId, accountId, null, before, after);
        }
    }

    public void delete(long accountId, String password, String ip) {
        Account account = get(accountId);
        checkPassword(account, password);
        if (account.roles().contains(Role.ADMIN) && accounts.countWithRole(Role.ADMIN) <= 1) {
            throw new AccountRuleException("You are the only admin. Give someone else the admin role before you delete your account.");
        }
        recoveryCodes.deleteByAccountId(accountId);
        accounts.delete(account);
        audit.record(AuditEventType.ACCOUNT_DELETED, accountId, ip);
        events.publishEvent(new AccountDeleted(accountId));
        events.publishEvent(new SessionsRevoked(accountId));
    }

    /**
     * Creates an admin if none exists yet (first start, or an admin set through the environment).
     *
     * @return the account's id, or empty when an admin already exists or the email is taken
     */
    public Optional<Long> createFirstAdmin(String email, String displayName, String password) {
        if (accounts.countWithRole(Role.ADMIN) > 0 || accounts.existsByEmail(email)) {
            return Optional.empty();
        }
        Account account = Account.register(email, displayName, passwords.encode(password), clock);
        account.verifyEmail(clock);
        account.assignRoles(EnumSet.of(Role.ADMIN), clock);
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountRegistered(account.id(), account.displayName()));
        audit.record(AuditEventType.ADMIN_CREATED, account.id(), null);
        return Optional.of(account.id());
    }

    /** A fictional, verified account for the demo content. */
    public Optional<Long> createDemoMember(String email, String displayName, String password, Set<Role> roles) {
        if (accounts.existsByEmail(email)) {
            return Optional.empty();
        }
        Account account = Account.register(email, displayName, passwords.encode(password), clock);
        account.verifyEmail(clock);
        account.assignRoles(roles, clock);
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountRegistered(account.id(), account.displayName()));
        return Optional.of(account.id());
    }

    // --- two-factor authentication

    public String beginTwoFactor(long accountId) {
        Account account = get(accountId);
        if (account.twoFactorEnabled()) {
            throw new AccountRuleException("Two-factor authentication is already on.");
        }
        if (account.totpSecret() == null) {
            account.startTwoFactorEnrolment(totp.newSecret());
        }
        return account.totpSecret();
    }

    /** @return the recovery codes to show once, or empty when the code did not match */
    public Optional<List<String>> confirmTwoFactor(long accountId, String code, String ip) {
        Account account = get(accountId);
        if (account.twoFactorEnabled() || account.totpSecret() == null) {
            return Optional.empty();
        }
        OptionalLong step = totp.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enableTwoFactor(step.getAsLong(), clock);
        recoveryCodes.deleteByAccountId(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String recovery = randomCode();
            codes.add(recovery);
            recoveryCodes.save(new RecoveryCode(accountId, AccountToken.hash(recovery)));
        }
        audit.record(AuditEventType.TWO_FACTOR_ENABLED, accountId, ip);
        mail(account.email(), "Two-factor authentication is on for your Springboard account", "two-factor-enabled",
                Map.of("name", account.displayName()));
        return Optional.of(codes);
    }

    /** Checks a code from the authenticator app, or a recovery code; each is accepted once. */
    public boolean verifySecondFactor(long accountId, String code, String ip) {
        Account account = get(accountId);
        if (!account.twoFactorEnabled()) {
            return false;
        }
        boolean accepted;
        OptionalLong step = totp.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isPresent()) {
            accepted = account.acceptTotpStep(step.getAsLong());
            if (accepted) {
                try {
                    accounts.flush();
                }
                catch (ObjectOptimisticLockingFailureException ex) {
                    accepted = false;
                }
            }
        }
        else {
            accepted = spendRecoveryCode(accountId, code);
            if (accepted) {
                audit.record(AuditEventType.RECOVERY_CODE_USED, accountId, ip);
            }
        }
        audit.record(accepted ? AuditEventType.TWO_FACTOR_SUCCEEDED : AuditEventType.TWO_FACTOR_FAILED, accountId, ip);
        return accepted;
    }

    public void disableTwoFactor(long accountId, String password, String ip) {
        Account account = get(accountId);
        checkPassword(account, password);
        if (account.isStaff()) {
            throw new AccountRuleException("Staff accounts must keep two-factor authentication on.");
        }
        account.disableTwoFactor(clock);
        recoveryCodes.deleteByAccountId(accountId);
        audit.record(AuditEventType.TWO_FACTOR_DISABLED, accountId, ip);
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(long accountId) {
        return recoveryCodes.findUnused(accountId).size();
    }

    private boolean spendRecoveryCode(long accountId, String code) {
        String normalised = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        String hash = AccountToken.hash(normalised);
        return recoveryCodes.findUnused(accountId).stream()
            .filter(candidate -> candidate.codeHash().equals(hash))
            .findFirst()
            .map(candidate -> recoveryCodes.spend(candidate.id(), clock.instant()) == 1)
            .orElse(false);
    }

    // --- helpers

    @Transactional(readOnly = true)
    public Account get(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    private void checkPassword(Account account, String password) {
        if (password == null || !passwords.matches(password, account.passwordHash())) {
            throw new WrongPasswordException();
        }
    }

    private Optional<AccountToken> find(String rawToken, TokenPurpose purpose) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(AccountToken.hash(rawToken), purpose);
    }

    private Optional<AccountToken> spend(String rawToken, TokenPurpose purpose) {
        return find(rawToken, purpose).filter(token -> tokens.spend(token.id(), clock.instant()) == 1);
    }

    private void mail(String to, String subject, String template, Map<String, String> model) {
        events.publishEvent(new MailRequested(to, subject, template, model));
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::label).sorted().collect(Collectors.joining(", "));
    }
}
