package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.accounts.AccountRegistered;
import uk.org.ncjaa.springboard.accounts.AccountVerified;
import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * Every account is a member of the network; a member is welcomed once their email is verified;
 * deleting the account erases the member.
 */
@Component
class MemberLifecycle {

    private final MemberRepository members;
    private final ConsentRecordRepository consents;
    private final EqualityResponseRepository equality;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberCrm crm;

    MemberLifecycle(MemberRepository members, ConsentRecordRepository consents, EqualityResponseRepository equality,
            AccountsApi accounts, ApplicationEventPublisher events, Clock clock, MemberCrm crm) {
        this.crm = crm;
        this.members = members;
        this.consents = consents;
        this.equality = equality;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AccountRegistered event) {
        // those who joined through the network's form already have a member with their profile
        if (!members.existsByAccountId(event.accountId())) {
            members.save(new Member(event.accountId(), event.displayName(), clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(AccountVerified event) {
        accounts.find(event.accountId()).ifPresent(account -> events.publishEvent(new MailRequested(account.email(),
                "Welcome to the National Criminal Justice Arts Alliance", "member-welcome",
                Map.of("name", account.displayName()))));
    }

    /** Erasure: the consent ledger, equality answers and staff notes and tags go; an anonymous row stays so the network's counts stay right. */
    @ApplicationModuleListener
    void on(AccountDeleted event) {
        members.findByAccountId(event.accountId()).ifPresent(member -> {
            consents.deleteByMemberId(member.id());
            equality.deleteById(member.id());
            crm.forget(member.id());
            member.erase(clock.instant());
        });
    }
}
