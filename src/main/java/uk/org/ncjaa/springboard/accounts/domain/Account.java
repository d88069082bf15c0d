package uk.org.ncjaa.springboard.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import uk.org.ncjaa.springboard.accounts.Role;

@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    private Instant emailVerifiedAt;

    private String totpSecret;

    private Instant totpEnabledAt;

    private Long totpLastStep;

    private Instant createdAt;

    private Instant updatedAt;

    /** {@code en} or {@code cy}; null until the member chooses. */
    private String preferredLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    public static Account register(String email, String displayName, String passwordHash, Clock clock) {
        Account account = new Account();
        account.email = normalise(email);
        account.displayName = displayName.strip();
        account.passwordHash = passwordHash;
        account.roles.add(Role.MEMBER);
        account.createdAt = clock.instant();
        account.updatedAt = account.createdAt;
        return account;
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void verifyEmail(Clock clock) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = clock.instant();
            updatedAt = emailVerifiedAt;
        }
    }

    public void changePassword(String newHash, Clock clock) {
        passwordHash = newHash;
        updatedAt = clock.instant();
    }

    /** The new address was proven by following the link sent to it, so it counts as verified. */
    public void changeEmail(String newEmail, Clock clock) {
        email = normalise(newEmail);
        emailVerifiedAt = clock.instant();
        updatedAt = emailVerifiedAt;
    }

    public void rename(String newName, Clock clock) {
        displayName = newName.strip();
        updatedAt = clock.instant();
    }

    /**
     * Roles as an admin sets them. The equality monitoring analyst role opens special-category data,
     * so it takes a second person: nobody gives it to themself, or takes it from themself.
     */
    public void assignRoles(Set<Role> newRoles, long actorId, Clock clock) {
        boolean analystChanges = roles.contains(Role.EQUALITY_ANALYST) != newRoles.contains(Role.EQUALITY_ANALYST);
        if (analystChanges && id != null && id == actorId) {
            throw new AccountRuleException("You cannot give yourself the " + Role.EQUALITY_ANALYST.label().toLowerCase(java.util.Locale.UK)
                    + " role, or take it from yourself: another admin must do that. Nothing was changed.");
        }
        assignRoles(newRoles, clock);
    }

    /** Members keep their membership whatever staff roles they are given or lose. */
    public void assignRoles(Set<Role> newRoles, Clock clock) {
        EnumSet<Role> next = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        next.add(Role.MEMBER);
        roles.clear();
        roles.addAll(next);
        updatedAt = clock.instant();
    }

    public void startTwoFactorEnrolment(String secret) {
        if (totpEnabledAt != null) {
            throw new IllegalStateException("Two-factor authentication is already on");
        }
        totpSecret = secret;
        totpLastStep = null;
    }

    public void enableTwoFactor(long firstStep, Clock clock) {
        if (totpSecret == null) {
            throw new IllegalStateException("No enrolment has been started");
        }
        totpEnabledAt = clock.instant();
        totpLastStep = firstStep;
        updatedAt = totpEnabledAt;
    }

    public void disableTwoFactor(Clock clock) {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
        updatedAt = clock.instant();
    }

    /** A code's time step may be used once: a replayed or older code is refused. */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** The language of the site and of emails: {@code en} or {@code cy}; anything else is refused. */
    public void chooseLanguage(String code, Clock clock) {
        String chosen = uk.org.ncjaa.springboard.shared.i18n.Languages.code(code);
        if (chosen == null) {
            throw new IllegalArgumentException("A language is en or cy");
        }
        preferredLanguage = chosen;
        updatedAt = clock.instant();
    }

    /** {@code en} or {@code cy}, or null when the member has not chosen. */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean twoFactorEnabled() {
        return totpEnabledAt != null;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
