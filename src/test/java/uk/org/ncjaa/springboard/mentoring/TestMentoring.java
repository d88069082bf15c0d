package uk.org.ncjaa.springboard.mentoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.mentoring.domain.Application;
import uk.org.ncjaa.springboard.mentoring.domain.Applications;
import uk.org.ncjaa.springboard.mentoring.domain.Role;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.mentoring.domain.Rounds;
import uk.org.ncjaa.springboard.mentoring.matching.Objective;
import uk.org.ncjaa.springboard.support.TestAccounts;

/** Rounds and applicants for mentoring tests: an open round, and members who applied and were accepted. */
@TestComponent
public class TestMentoring {

    private final Rounds rounds;
    private final Applications applications;
    private final TestAccounts accounts;
    private final JdbcTemplate jdbc;

    public TestMentoring(Rounds rounds, Applications applications, TestAccounts accounts, JdbcTemplate jdbc) {
        this.rounds = rounds;
        this.applications = applications;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public Round openRound(String name) {
        return openRound(name, false);
    }

    public Round openRound(String name, boolean certificates) {
        LocalDate today = rounds.today();
        Round round = rounds.create(new Round.Settings(name, "A round for tests.", today.minusDays(1), today.plusDays(10), today.plusDays(20), 6,
                List.of("What would success look like?"), Round.DEFAULT_WEIGHTS, Objective.TOTAL_SCORE, false, 0, 30, certificates, 5, null));
        return rounds.open(round.id());
    }

    public record Applicant(TestAccounts.Created account, Application application) {
    }

    /** A member with this name who applied to the round and was accepted. */
    public Applicant accepted(Round round, Role side, String name, String organisation, String region, int capacity, String exclusions) {
        return accepted(round, side, name, details(organisation, region, capacity, exclusions, List.of("music"), List.of("funding")));
    }

    public Applicant accepted(Round round, Role side, String name, Application.Details details) {
        TestAccounts.Created account = accounts.createMember();
        jdbc.update("update account set display_name = ? where id = ?", name, account.id());
        Application application = applications.save(round.id(), account.id(), side, details, true);
        application = applications.decide(application.id(), Application.Status.ACCEPTED, "", "Test staff");
        return new Applicant(account, application);
    }

    public static Application.Details details(String organisation, String region, int capacity, String exclusions, List<String> artForms,
            List<String> topics) {
        return new Application.Details(organisation, "Artist", artForms, List.of("prison"), region, List.of("IN_PERSON", "ONLINE"),
                List.of("weekends"), topics, 1, "In my own words.", false, false, false, exclusions, capacity, List.of("Confidence."));
    }
}
