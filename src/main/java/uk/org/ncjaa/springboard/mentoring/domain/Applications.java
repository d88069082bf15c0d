package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Applications from draft to decision. An applicant hears when theirs arrives and when it is
 * decided; an accepted mentor's places are made then, one row for each, for matches to hold.
 */
@Service
@Transactional
public class Applications {

    private final ApplicationRepository applications;
    private final MatchRepository matches;
    private final Rounds rounds;
    private final AccountsApi accounts;
    private final MentoringNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Applications(ApplicationRepository applications, MatchRepository matches, Rounds rounds, AccountsApi accounts, MentoringNotices notices,
            JdbcTemplate jdbc, Clock clock) {
        this.applications = applications;
        this.matches = matches;
        this.rounds = rounds;
        this.accounts = accounts;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Saves the member's application to the round, sending it if asked.
     *
     * @throws MentoringException when the round is not taking applications, or they applied already on the other side
     */
    public Application save(long roundId, long accountId, Role role, Application.Details details, boolean send) {
        Round round = rounds.shown(roundId);
        Optional<Application> existing = applications.findByRoundIdAndAccountId(roundId, accountId);
        boolean sentBefore = existing.map(a -> a.status() != Application.Status.DRAFT).orElse(false);
        if (!sentBefore && !round.takingApplications(rounds.today())) {
            throw new MentoringException("This round is not taking applications now.", "mentoring.problem.roundClosed");
        }
        Application application;
        if (existing.isPresent()) {
            application = existing.get();
            if (application.role() != role) {
                throw new MentoringException("You have already applied to this round as a " + application.role().label().toLowerCase()
                        + ". Change that application instead.", "mentoring.problem.alreadyApplied", application.role());
            }
            application.change(details, clock.instant());
        }
        else {
            String name = accounts.find(accountId).map(AccountsApi.AccountSummary::displayName).orElse("Member");
            application = applications.save(new Application(roundId, accountId, name, role, details, clock.instant()));
        }
        if (send && application.submit(clock.instant())) {
            notices.tell(accountId, "mentoring.mail.received", "", "/mentoring/mine", "mentoring.mail.link.application", role, round.name());
            notices.tellStaff("mentoring.mail.staff.applied", "/admin/mentoring/rounds/" + roundId + "/applications", role, round.name());
        }
        return application;
    }

    @Transactional(readOnly = true)
    public Optional<Application> mineIn(long roundId, long accountId) {
        return applications.findByRoundIdAndAccountId(roundId, accountId);
    }

    @Transactional(readOnly = true)
    public List<Application> mine(long accountId) {
        return applications.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    /** The member withdraws: while nothing is agreed, and a live offer is declined for them. */
    public void withdraw(long id, long accountId) {
        Application application = applications.findById(id).filter(a -> a.accountId() == accountId)
            .orElseThrow(() -> new NotFoundException("No application " + id + " of this member"));
        boolean active = matches.forApplications(List.of(id)).stream().anyMatch(m -> m.status() == Match.Status.ACTIVE);
        if (active) {
            throw new MentoringException("You are in an active mentoring relationship: close it from its page instead.",
                    "mentoring.problem.active");
        }
        for (Match match : matches.forApplications(List.of(id))) {
            if (match.status() == Match.Status.OFFERED) {
                match.answer(application.role(), false, clock.instant());
            }
            else if (match.status() == Match.Status.PROPOSED) {
                matches.delete(match);
            }
        }
        application.withdraw(clock.instant());
    }

    @Transactional(readOnly = true)
    public Application get(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("No application " + id));
    }

    @Transactional(readOnly = true)
    public List<Application> sent(long roundId) {
        return applications.sent(roundId);
    }

    /** Staff decide, with a reason the applicant reads in the email. */
    public Application decide(long id, Application.Status decision, String reason, String by) {
        Application application = get(id);
        Round round = rounds.get(application.roundId());
        if (decision == Application.Status.ACCEPTED && application.role() == Role.MENTEE && round.menteePlaces() != null) {
            // the round's row is locked while counting, so two staff accepting at once cannot pass the limit together
            jdbc.queryForObject("select id from mentoring_round where id = ? for update", Long.class, round.id());
            Integer accepted = jdbc.queryForObject("""
                    select count(*) from mentoring_application where round_id = ? and role = 'MENTEE' and status = 'ACCEPTED'""",
                    Integer.class, round.id());
            if (accepted != null && accepted >= round.menteePlaces()) {
                throw new MentoringException("All " + round.menteePlaces() + " mentee places in this round are taken: put this application "
                        + "on the waiting list instead.");
            }
        }
        application.decide(decision, reason, by, clock.instant());
        if (decision == Application.Status.ACCEPTED && application.role() == Role.MENTOR) {
            for (int place = 1; place <= round.placesFor(application); place++) {
                jdbc.update("insert into mentoring_place (application_id, place) values (?, ?) on conflict do nothing", id, place);
            }
        }
        String notice = switch (decision) {
            case ACCEPTED -> "mentoring.mail.accepted";
            case WAITLISTED -> "mentoring.mail.waitlisted";
            default -> "mentoring.mail.declined";
        };
        notices.tell(application.accountId(), notice, reason, "/mentoring/mine", "mentoring.mail.link.application", application.role(),
                round.name());
        return application;
    }
}
