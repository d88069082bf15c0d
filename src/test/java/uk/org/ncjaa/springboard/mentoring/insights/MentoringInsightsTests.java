package uk.org.ncjaa.springboard.mentoring.insights;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant;
import uk.org.ncjaa.springboard.mentoring.domain.Match;
import uk.org.ncjaa.springboard.mentoring.domain.Matching;
import uk.org.ncjaa.springboard.mentoring.domain.Relationships;
import uk.org.ncjaa.springboard.mentoring.domain.Role;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncjaa.springboard.support.FigureRows.row;
import static uk.org.ncjaa.springboard.support.FigureRows.rows;

/**
 * Two rounds run through the services, then moved back to early 2014 (a time no other test uses).
 * The first: 3 mentors and 13 mentees apply (all in January but three mentees in February), 13
 * pairs are proposed and offered in February, one is declined and 12 begin; 5 close in March with
 * some goals met and 1 with none, 6 in April with the goals met. The second: one pair proposed in
 * March and not yet published. Every number below was counted by hand.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentoringInsightsTests {

    private static final Period PERIOD = new Period(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 4, 30));

    @Autowired
    MentoringInsights insights;

    @Autowired
    TestMentoring mentoring;

    @Autowired
    Matching matching;

    @Autowired
    Relationships relationships;

    @Autowired
    JdbcTemplate jdbc;

    Round first;

    Round second;

    Map<String, Figure> figures;

    @BeforeAll
    void rounds() {
        first = mentoring.openRound("Insights round one " + System.nanoTime());
        Map<Long, Long> accounts = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            applied(accounts, mentoring.accepted(first, Role.MENTOR, "Mentor " + i, "Mentor organisation " + i, "london", 5, ""),
                    at(2014, 1, 10 + i));
        }
        for (int i = 0; i < 13; i++) {
            applied(accounts, mentoring.accepted(first, Role.MENTEE, "Mentee " + i, "Mentee organisation " + i, "london", 1, ""),
                    i < 10 ? at(2014, 1, 15) : at(2014, 2, 3));
        }
        matching.run(first.id());
        matching.publish(first.id());
        List<Match> pairs = matching.inRound(first.id());
        assertThat(pairs).as("every mentee is offered a mentor").hasSize(13);
        jdbc.update("update mentoring_match set created_at = ?, offered_at = ? where round_id = ?", at(2014, 2, 10), at(2014, 2, 12),
                first.id());
        for (int i = 0; i < pairs.size(); i++) {
            Match pair = pairs.get(i);
            if (i == 12) {
                relationships.answer(pair.id(), accounts.get(pair.menteeId()), false);
                continue;
            }
            relationships.answer(pair.id(), accounts.get(pair.menteeId()), true);
            relationships.answer(pair.id(), accounts.get(pair.mentorId()), true);
            Match.Outcome outcome = i < 6 ? Match.Outcome.GOALS_MET : i < 11 ? Match.Outcome.PARTLY_MET : Match.Outcome.NOT_MET;
            relationships.close(pair.id(), accounts.get(pair.menteeId()), outcome, "");
            jdbc.update("update mentoring_match set started_at = ?, ended_at = ? where id = ?", at(2014, 2, 20),
                    outcome == Match.Outcome.GOALS_MET ? at(2014, 4, 10) : at(2014, 3, 15), pair.id());
        }

        second = mentoring.openRound("Insights round two " + System.nanoTime());
        applied(accounts, mentoring.accepted(second, Role.MENTOR, "Mentor", "Another organisation", "london", 1, ""), at(2014, 3, 2));
        applied(accounts, mentoring.accepted(second, Role.MENTEE, "Mentee", "Yet another organisation", "london", 1, ""), at(2014, 3, 2));
        matching.run(second.id());
        jdbc.update("update mentoring_match set created_at = ? where round_id = ?", at(2014, 3, 5), second.id());

        figures = new HashMap<>();
        insights.figures(PERIOD).forEach(f -> figures.put(f.id(), f));
    }

    @Test
    void countsApplicationsSentByMonthAndSide() {
        assertThat(rows(figures.get("applications"))).containsExactly(
                row("Jan 2014", 3L, 10L),
                row("Feb 2014", 0L, 3L),
                row("Mar 2014", 1L, 1L),
                row("Apr 2014", 0L, 0L));
    }

    @Test
    void countsPairsProposedOfferedAndAcceptedByRound() {
        assertThat(rows(figures.get("matches"))).containsExactly(
                row(first.name(), 13L, 13L, 12L, 1L),
                row(second.name(), 1L, 0L, 0L, 0L));
    }

    @Test
    void countsRelationshipsStartedAndCompletedByMonth() {
        assertThat(rows(figures.get("relationships"))).containsExactly(
                row("Jan 2014", 0L, 0L, 0L),
                row("Feb 2014", 12L, 0L, 0L),
                row("Mar 2014", 0L, 6L, 0L),
                row("Apr 2014", 0L, 6L, 0L));
    }

    @Test
    void hidesTheOneUnmetOutcomeAndTheNextSmallestThatWouldGiveItAway() {
        Figure outcomes = figures.get("outcomes");
        assertThat(outcomes.shape()).isEqualTo(Figure.Shape.BY_CATEGORY);
        assertThat(rows(outcomes)).containsExactly(
                row(Match.Outcome.GOALS_MET.label(), 6L),
                row(Match.Outcome.PARTLY_MET.label(), (Long) null),
                row(Match.Outcome.NOT_MET.label(), (Long) null),
                row(Match.Outcome.ENDED_EARLY.label(), 0L));
        assertThat(outcomes.hidesAny()).isTrue();
    }

    private void applied(Map<Long, Long> accounts, Applicant applicant, Timestamp when) {
        accounts.put(applicant.application().id(), applicant.account().id());
        jdbc.update("update mentoring_application set submitted_at = ? where id = ?", when, applicant.application().id());
    }

    private static Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDateTime.of(year, month, day, 12, 0).atZone(Period.UK).toInstant());
    }
}
