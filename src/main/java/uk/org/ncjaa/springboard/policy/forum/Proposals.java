package uk.org.ncjaa.springboard.policy.forum;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues members raise for the forum, and the secretariat's decisions on them. */
@Service
@Transactional
public class Proposals {

    private final ForumProposalRepository proposals;
    private final Forum forum;
    private final ForumNotices notices;
    private final Clock clock;

    Proposals(ForumProposalRepository proposals, Forum forum, ForumNotices notices, Clock clock) {
        this.proposals = proposals;
        this.forum = forum;
        this.notices = notices;
        this.clock = clock;
    }

    /** A proposal with the people behind it. */
    public record WithRaisers(Proposal proposal, Proposal.Raisers raisers) {
    }

    public Proposal propose(long accountId, String name, boolean named, String title, String why, String evidence, String region) {
        return proposals.save(new Proposal(accountId, name, named, title, why, evidence, region, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Proposal> mine(long accountId) {
        return proposals.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    @Transactional(readOnly = true)
    public List<WithRaisers> all() {
        List<Proposal> all = proposals.findAllByOrderByCreatedAtDesc();
        return all.stream().map(p -> new WithRaisers(p, Proposal.raisers(p, all))).toList();
    }

    @Transactional(readOnly = true)
    public Proposal get(long id) {
        return proposals.findById(id).orElseThrow(() -> new ForumNotFoundException("No proposal " + id));
    }

    /** Accepted items with their raisers, for the forum's pages and the influence log. */
    @Transactional(readOnly = true)
    public List<WithRaisers> accepted() {
        return all().stream().filter(w -> w.proposal().status() == Proposal.Status.ACCEPTED).toList();
    }

    @Transactional(readOnly = true)
    public Proposal.Raisers raisers(long id) {
        return Proposal.raisers(get(id), proposals.findAll());
    }

    /** Accepts a proposal; with a meeting, it goes on that meeting's agenda too. */
    public void accept(long id, Long meetingId) {
        Proposal proposal = locked(id);
        if (meetingId != null) {
            forum.meeting(meetingId);
        }
        proposal.accept(meetingId, clock);
        if (meetingId != null) {
            forum.addAgendaItem(meetingId, proposal.title(), "Raised by members.", proposal.id());
        }
        String meeting = meetingId == null ? null : forum.meeting(meetingId).title();
        notices.tell(proposal.accountId(), words -> new ForumNotices.Notice(words.get("policy.mail.accepted.subject"), meeting == null
                ? words.get("policy.mail.accepted.lead", proposal.title())
                : words.get("policy.mail.accepted.agenda", proposal.title(), meeting),
                "", "/policy/arts-forum/proposals", words.get("policy.mail.proposals.link")));
    }

    public void merge(long id, long targetId) {
        // lock both in id order, so two merges the other way round cannot deadlock
        Proposal first = locked(Math.min(id, targetId));
        Proposal second = locked(Math.max(id, targetId));
        Proposal proposal = first.id() == id ? first : second;
        Proposal target = first.id() == id ? second : first;
        proposal.mergeInto(target, clock);
        notices.tell(proposal.accountId(), words -> new ForumNotices.Notice(words.get("policy.mail.merged.subject"),
                words.get("policy.mail.merged.lead", proposal.title(), target.title()),
                "", "/policy/arts-forum/proposals", words.get("policy.mail.proposals.link")));
    }

    public void decline(long id, String reason) {
        Proposal proposal = locked(id);
        proposal.decline(reason, clock);
        notices.tell(proposal.accountId(), words -> new ForumNotices.Notice(words.get("policy.mail.declined.subject"),
                words.get("policy.mail.declined.lead", proposal.title()), proposal.reason(), "/policy/arts-forum/proposals",
                words.get("policy.mail.proposals.link")));
    }

    private Proposal locked(long id) {
        return proposals.lock(id).orElseThrow(() -> new ForumNotFoundException("No proposal " + id));
    }
}
