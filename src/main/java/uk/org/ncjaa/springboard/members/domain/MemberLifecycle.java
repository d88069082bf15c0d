package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.accounts.AccountRegistered;

/** Every account is a member of the network; deleting the account removes the profile. */
@Component
class MemberLifecycle {

    private final MemberRepository members;
    private final Clock clock;

    MemberLifecycle(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AccountRegistered event) {
        if (!members.existsByAccountId(event.accountId())) {
            members.save(new Member(event.accountId(), event.displayName(), clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        members.deleteByAccountId(event.accountId());
    }
}
