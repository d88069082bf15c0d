package uk.org.ncjaa.springboard.members.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.shared.MemberHistory;

/**
 * Joining, each term of membership, every consent given or withdrawn (the newsletter choice among
 * them) and how many messages the member sent and received through the member directory.
 */
@Component
class MembershipHistory implements MemberHistory {

    private final MemberRepository members;
    private final ConsentRecordRepository consents;

    MembershipHistory(MemberRepository members, ConsentRecordRepository consents) {
        this.members = members;
        this.consents = consents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        members.findByAccountId(accountId).ifPresent(member -> {
            moments.add(Moment.of(member.joinedAt(), Kind.MEMBERSHIP, "Joined the network"));
            boolean first = true;
            for (MembershipTerm term : member.terms()) {
                String kind = term.kind().name().toLowerCase(Locale.ROOT);
                moments.add(Moment.of(term.startedAt(), Kind.MEMBERSHIP,
                        (first ? "Membership began: " : "Membership began again: ") + kind));
                if (term.endedAt() != null) {
                    moments.add(new Moment(term.endedAt(), Kind.MEMBERSHIP, "Membership ended: " + kind, term.endReason(), null));
                }
                first = false;
            }
            for (ConsentRecord record : consents.findByMemberIdOrderByRecordedAtDescIdDesc(member.id())) {
                // equality monitoring is special-category data that staff work with only as totals, so even the
                // consent to it stays off the CRM
                if (record.purpose() == Consent.EQUALITY_MONITORING) {
                    continue;
                }
                moments.add(new Moment(record.recordedAt(), Kind.CONSENT, (record.granted() ? "Consent given: " : "Consent withdrawn: ")
                        + record.purpose().label() + " (wording " + record.wordingVersion() + ")", record.source().label(), null));
            }
            for (Object[] month : members.messagesSentByMonth(accountId)) {
                moments.add(Moment.of(MemberHistory.instant(month[0]), Kind.MEMBERSHIP,
                        "Sent " + messages(month[1]) + " through the member directory in the month"));
            }
            for (Object[] month : members.messagesReceivedByMonth(member.id())) {
                moments.add(Moment.of(MemberHistory.instant(month[0]), Kind.MEMBERSHIP,
                        "Received " + messages(month[1]) + " through the member directory in the month"));
            }
        });
        return moments;
    }

    private static String messages(Object count) {
        long n = ((Number) count).longValue();
        return n == 1 ? "1 message" : n + " messages";
    }
}
