package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.members.OrganisationRegistered;

/** Joining the network and keeping the consent ledger. */
@Service
public class Network {

    private final AccountsApi accounts;
    private final MemberRepository members;
    private final ConsentRecordRepository consents;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Network(AccountsApi accounts, MemberRepository members, ConsentRecordRepository consents, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.members = members;
        this.consents = consents;
        this.clock = clock;
    }

    /** Everything a person gives when they join, checked by the form. */
    public record Joining(String name, String email, String password, String roleTitle, String organisation, String region,
            List<Interest> interests, String heardFrom, boolean newsletter, boolean publicProfile, boolean registersOrganisation) {
    }

    /**
     * Creates the account, the member with their profile and first term, and a consent record for
     * each choice made on the form (a box left empty is recorded as not given), in one transaction.
     * An address that already has an account gets an email and nothing else happens.
     */
    @Transactional
    public void join(Joining joining, String ip) {
        accounts.register(joining.name(), joining.email(), joining.password(), ip).ifPresent(accountId -> {
            Member member = new Member(accountId, joining.name().strip(), clock.instant(), joining.registersOrganisation()
                    ? MembershipTerm.Kind.ORGANISATION : MembershipTerm.Kind.INDIVIDUAL);
            member.describe(joining.roleTitle(), joining.organisation(), joining.region(), joining.interests(), joining.heardFrom());
            members.save(member);
            record(member.id(), Consent.PRIVACY_NOTICE, true, ConsentRecord.Source.FORM, null);
            record(member.id(), Consent.NEWSLETTER, joining.newsletter(), ConsentRecord.Source.FORM, null);
            record(member.id(), Consent.PUBLIC_PROFILE, joining.publicProfile(), ConsentRecord.Source.FORM, null);
            if (joining.newsletter()) {
                events.publishEvent(new uk.org.ncjaa.springboard.members.NewsletterChosen(accountId, joining.email().strip(),
                        joining.name().strip(), joining.region(), true));
            }
            if (joining.registersOrganisation()) {
                events.publishEvent(new OrganisationRegistered(accountId, joining.organisation().strip()));
            }
        });
    }

    /** A member's consents as they stand, and the ledger they come from. */
    public record Consents(Map<Consent, ConsentRecord> current, List<ConsentRecord> history) {

        public boolean given(Consent purpose) {
            ConsentRecord latest = current.get(purpose);
            return latest != null && latest.granted();
        }
    }

    /** A member's consents; none given for an account whose member profile is not made yet. */
    @Transactional(readOnly = true)
    public Consents consents(long accountId) {
        return members.findByAccountId(accountId).map(member -> consentsOf(member.id()))
            .orElseGet(() -> new Consents(Map.of(), List.of()));
    }

    private Consents consentsOf(long memberId) {
        List<ConsentRecord> history = consents.findByMemberIdOrderByRecordedAtDescIdDesc(memberId);
        Map<Consent, ConsentRecord> current = new EnumMap<>(Consent.class);
        for (ConsentRecord record : history) {
            current.putIfAbsent(record.purpose(), record);
        }
        return new Consents(current, new ArrayList<>(history));
    }

    /**
     * A member gives or withdraws a consent themselves. Nothing is recorded when it would change
     * nothing, so the ledger shows decisions, not page reloads.
     *
     * @return whether a record was added
     * @throws IllegalStateException when the account has no member profile yet (it is made just after an account is)
     */
    @Transactional
    public boolean decide(long accountId, Consent purpose, boolean granted) {
        if (!purpose.optional() || purpose.managedElsewhere()) {
            return false;
        }
        Member member = members.findByAccountId(accountId)
            .orElseThrow(() -> new IllegalStateException("No member profile yet for this account"));
        if (consents.given(member.id(), purpose) == granted) {
            return false;
        }
        record(member.id(), purpose, granted, ConsentRecord.Source.FORM, accountId);
        if (purpose == Consent.NEWSLETTER) {
            accounts.find(accountId).ifPresent(account -> events.publishEvent(new uk.org.ncjaa.springboard.members.NewsletterChosen(
                    accountId, account.email(), member.displayName(), member.regionSlug(), granted)));
        }
        return true;
    }

    /** The member's profile as it stands; empty before it is made. */
    @Transactional(readOnly = true)
    public java.util.Optional<Member> profile(long accountId) {
        return members.findByAccountId(accountId);
    }

    /**
     * Changes what the member tells the network about their work; how they heard of the alliance stays as given.
     *
     * @return false when the account has no member profile yet
     */
    @Transactional
    public boolean describe(long accountId, String roleTitle, String organisation, String region, List<Interest> interests) {
        return members.findByAccountId(accountId).map(member -> {
            member.describe(roleTitle, organisation, region, interests, member.heardFrom());
            return true;
        }).orElse(false);
    }

    /** A member's terms of membership, oldest first; empty before the profile is made. */
    @Transactional(readOnly = true)
    public List<MembershipTerm> terms(long accountId) {
        return members.findByAccountId(accountId).map(Member::terms).orElse(List.of());
    }

    /** Ends the member's current term; their account, profile and history stay. */
    @Transactional
    public void leave(long accountId, String reason) {
        members.findByAccountId(accountId).ifPresent(member -> member.leave(clock.instant(),
                reason == null || reason.isBlank() ? null : reason.strip()));
    }

    /** Starts a new term for a member who had left. */
    @Transactional
    public void rejoin(long accountId) {
        members.findByAccountId(accountId).ifPresent(member -> member.rejoin(clock.instant()));
    }

    private void record(long memberId, Consent purpose, boolean granted, ConsentRecord.Source source, Long by) {
        consents.save(new ConsentRecord(memberId, purpose, granted, source, clock.instant(), by));
    }
}
