package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * A pair's side of the scheme: answering an offer, agreeing goals, logging meetings, the two
 * surveys, closing with an outcome. Only the two people in a match can reach it here; anyone else,
 * staff included, is told it does not exist, so meeting notes stay between the pair.
 */
@Service
@Transactional
public class Relationships {

    private final MatchRepository matches;
    private final ApplicationRepository applications;
    private final MeetingRepository meetings;
    private final FeedbackRepository feedback;
    private final Rounds rounds;
    private final AccountsApi accounts;
    private final MentoringNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Relationships(MatchRepository matches, ApplicationRepository applications, MeetingRepository meetings, FeedbackRepository feedback,
            Rounds rounds, AccountsApi accounts, MentoringNotices notices, PlatformTransactionManager transactionManager, Clock clock) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.matches = matches;
        this.applications = applications;
        this.meetings = meetings;
        this.feedback = feedback;
        this.rounds = rounds;
        this.accounts = accounts;
        this.notices = notices;
        this.clock = clock;
    }

    /** A match as one of its pair sees it. */
    public record View(Match match, Round round, Role side, Application mine, Application theirs, String theirEmail, List<Meeting> meetings,
            List<Feedback> myFeedback, boolean midDue, boolean endDue) {

        public boolean answered() {
            return match.answerOf(side) != null;
        }

        public Optional<Feedback> feedback(Feedback.Stage stage) {
            return myFeedback.stream().filter(f -> f.stage() == stage).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public View view(long matchId, long accountId) {
        Match match = matches.findById(matchId).orElseThrow(() -> notFound(matchId));
        Application mentee = applications.findById(match.menteeId()).orElseThrow();
        Application mentor = applications.findById(match.mentorId()).orElseThrow();
        Role side = accountId == mentee.accountId() ? Role.MENTEE : accountId == mentor.accountId() ? Role.MENTOR : null;
        if (side == null || match.status() == Match.Status.PROPOSED) {
            throw notFound(matchId);
        }
        Application mine = side == Role.MENTEE ? mentee : mentor;
        Application theirs = side == Role.MENTEE ? mentor : mentee;
        // contact details are shared once both have accepted, not before
        String email = match.status() == Match.Status.ACTIVE || match.status() == Match.Status.CLOSED
                ? accounts.find(theirs.accountId()).map(AccountsApi.AccountSummary::email).orElse(null) : null;
        Round round = rounds.get(match.roundId());
        List<Feedback> mineGiven = feedback.findByMatchId(matchId).stream().filter(f -> f.accountId() == accountId).toList();
        return new View(match, round, side, mine, theirs, email, meetings.findByMatchIdOrderByHeldOnDescIdDesc(matchId), mineGiven,
                match.midAskedAt() != null, match.endAskedAt() != null || match.status() == Match.Status.CLOSED);
    }

    /** The member's matches, newest first, with their side in each. */
    @Transactional(readOnly = true)
    public List<View> mine(long accountId) {
        List<Long> ids = applications.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(Application::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<View> views = new ArrayList<>();
        for (Match match : matches.forApplications(ids)) {
            if (match.status() != Match.Status.PROPOSED) {
                views.add(view(match.id(), accountId));
            }
        }
        return views;
    }

    /**
     * One side answers the offer; both hear when it becomes active, or that it will not go ahead.
     * The two may answer at the same moment: the second to save sees the first's answer changed
     * the row, and answers again on top of it.
     */
    @Transactional(propagation = Propagation.NEVER)
    public Match answer(long matchId, long accountId, boolean accept) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(status -> answerOnce(matchId, accountId, accept));
            }
            catch (OptimisticLockingFailureException ex) {
                if (attempt == 4) {
                    throw ex;
                }
            }
        }
    }

    private Match answerOnce(long matchId, long accountId, boolean accept) {
        View view = view(matchId, accountId);
        Match match = view.match();
        boolean changed = match.answer(view.side(), accept, clock.instant());
        if (changed && match.status() == Match.Status.ACTIVE) {
            for (Application person : List.of(view.mine(), view.theirs())) {
                notices.tell(person.accountId(), "mentoring.mail.begun", "", "/mentoring/matches/" + matchId, "mentoring.mail.link.page",
                        view.round().name());
            }
        }
        if (changed && match.status() == Match.Status.DECLINED) {
            notices.tell(view.theirs().accountId(), "mentoring.mail.offerDeclined", "", "/mentoring/mine", "mentoring.mail.link.mine",
                    view.round().name());
            notices.tellStaff("mentoring.mail.staff.declined", "/admin/mentoring/rounds/" + match.roundId() + "/matching", view.side(),
                    view.round().name());
        }
        matches.saveAndFlush(match);
        return match;
    }

    public void agreeGoals(long matchId, long accountId, String goals) {
        view(matchId, accountId).match().agreeGoals(goals);
    }

    public Meeting logMeeting(long matchId, long accountId, LocalDate heldOn, Meeting.Format format, int minutes, String notes) {
        View view = view(matchId, accountId);
        if (view.match().status() != Match.Status.ACTIVE) {
            throw new MentoringException("Meetings can be logged while the mentoring is active.", "mentoring.problem.meetingsActive");
        }
        return meetings.save(new Meeting(matchId, heldOn, format, minutes, notes, accountId, clock.instant()));
    }

    public Feedback giveFeedback(long matchId, long accountId, Feedback.Stage stage, int satisfaction, int progress, String comment) {
        View view = view(matchId, accountId);
        if (view.match().status() != Match.Status.ACTIVE && view.match().status() != Match.Status.CLOSED) {
            throw new MentoringException("Feedback is for mentoring that has begun.", "mentoring.problem.feedbackBegun");
        }
        if (view.feedback(stage).isPresent()) {
            throw new MentoringException("You have already answered this survey. Thank you.", "mentoring.problem.answered");
        }
        return feedback.save(new Feedback(matchId, accountId, stage, satisfaction, progress, comment, clock.instant()));
    }

    public void close(long matchId, long accountId, Match.Outcome outcome, String note) {
        View view = view(matchId, accountId);
        view.match().close(outcome, note, clock.instant());
        notices.tell(view.theirs().accountId(), "mentoring.mail.closed", "", "/mentoring/matches/" + matchId, "mentoring.mail.link.page",
                view.mine().displayName());
    }

    private static NotFoundException notFound(long matchId) {
        return new NotFoundException("No match " + matchId + " for this member");
    }
}
