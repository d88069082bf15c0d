package uk.org.ncjaa.springboard.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.accounts.domain.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void registersAsAnUnverifiedMemberWithANormalisedEmail() {
        Account account = Account.register("  Ada@Example.ORG ", " Ada ", "hash", clock);
        assertThat(account.email()).isEqualTo("ada@example.org");
        assertThat(account.displayName()).isEqualTo("Ada");
        assertThat(account.roles()).containsExactly(Role.MEMBER);
        assertThat(account.emailVerified()).isFalse();
    }

    @Test
    void keepsMembershipWhateverRolesAreAssigned() {
        Account account = Account.register("a@example.org", "A", "hash", clock);
        account.assignRoles(EnumSet.of(Role.EDITOR), clock);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.EDITOR);
        assertThat(account.isStaff()).isTrue();
        account.assignRoles(EnumSet.noneOf(Role.class), clock);
        assertThat(account.roles()).containsExactly(Role.MEMBER);
        assertThat(account.isStaff()).isFalse();
    }

    @Test
    void acceptsEachTimeStepOnlyOnce() {
        Account account = Account.register("a@example.org", "A", "hash", clock);
        account.startTwoFactorEnrolment("SECRET");
        account.enableTwoFactor(100, clock);
        assertThat(account.acceptTotpStep(100)).as("the code used to enrol").isFalse();
        assertThat(account.acceptTotpStep(99)).as("an older code").isFalse();
        assertThat(account.acceptTotpStep(101)).isTrue();
        assertThat(account.acceptTotpStep(101)).as("a replay").isFalse();
    }

    @Test
    void cannotEnableTwoFactorWithoutEnrolling() {
        Account account = Account.register("a@example.org", "A", "hash", clock);
        assertThatThrownBy(() -> account.enableTwoFactor(1, clock)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void changingEmailCountsAsVerified() {
        Account account = Account.register("a@example.org", "A", "hash", clock);
        account.changeEmail("New@Example.org", clock);
        assertThat(account.email()).isEqualTo("new@example.org");
        assertThat(account.emailVerified()).isTrue();
    }
}
