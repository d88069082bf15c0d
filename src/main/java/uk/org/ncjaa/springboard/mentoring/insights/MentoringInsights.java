package uk.org.ncjaa.springboard.mentoring.insights;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.mentoring.domain.Match;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Months;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.shared.insights.SmallNumbers;

/**
 * The mentoring scheme in figures for the staff dashboards: applications, pairs proposed and
 * accepted, relationships started and completed, and how they ended. Only counts: nothing from the
 * pairs' meeting notes or surveys' words.
 */
@Component
class MentoringInsights implements InsightsSection {


    private final NamedParameterJdbcTemplate jdbc;

    MentoringInsights(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "mentoring";
    }

    @Override
    public String title() {
        return "Mentoring";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()));
        return List.of(applications(period, params), matches(params), relationships(period, params), outcomes(params));
    }

    private Figure applications(Period period, MapSqlParameterSource params) {
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                select %s as month, count(*) filter (where role = 'MENTOR') as mentors,
                       count(*) filter (where role = 'MENTEE') as mentees
                from mentoring_application
                where submitted_at >= :start and submitted_at < :end
                group by 1""", Months.of("submitted_at")), params, 2);
        return new Figure("applications", "Applications sent, by month",
                "Applications to be a mentor or a mentee, by the month they were sent, whatever was decided on them later "
                        + "(drafts never sent are not counted; withdrawn ones are). Totals by month hide nothing.",
                Figure.Shape.OVER_TIME, "Month", List.of("Mentors", "Mentees"), Figure.monthly(period, series.get(0), series.get(1)));
    }

    private Figure matches(MapSqlParameterSource params) {
        List<Figure.Row> rows = jdbc.query("""
                select r.name, count(*) as proposed, count(m.offered_at) as offered, count(m.started_at) as accepted,
                       count(*) filter (where m.status = 'DECLINED') as declined
                from mentoring_match m join mentoring_round r on r.id = m.round_id
                where m.created_at >= :start and m.created_at < :end
                group by r.id, r.name, r.starts_on
                order by r.starts_on, r.id""", params, (rs, n) -> Figure.Row.of(rs.getString("name"), rs.getLong("proposed"),
                rs.getLong("offered"), rs.getLong("accepted"), rs.getLong("declined")));
        return new Figure("matches", "Pairs proposed, offered and accepted, by round",
                "Pairs of a mentor and a mentee proposed in the period (by the matching or by staff), by round: how many "
                        + "were offered to both people, how many both accepted, and how many one of them declined. Proposals "
                        + "staff took out before publishing are not counted. Pairs are not hidden: a round's totals say "
                        + "nothing about any one person.",
                Figure.Shape.BY_CATEGORY, "Round", List.of("Pairs proposed", "Offered to both", "Accepted by both", "Declined"), rows);
    }

    private Figure relationships(Period period, MapSqlParameterSource params) {
        List<Map<YearMonth, Long>> series = Months.counts(jdbc, String.format("""
                select month, sum(started) as started, sum(completed) as completed, sum(early) as early from (
                    select %s as month, 1 as started, 0 as completed, 0 as early from mentoring_match
                    where started_at >= :start and started_at < :end
                    union all
                    select %s, 0, case when outcome = 'ENDED_EARLY' then 0 else 1 end, case when outcome = 'ENDED_EARLY' then 1 else 0 end
                    from mentoring_match
                    where status = 'CLOSED' and ended_at >= :start and ended_at < :end
                ) changes group by month""", Months.of("started_at"), Months.of("ended_at")), params, 3);
        return new Figure("relationships", "Mentoring relationships started and completed, by month",
                "Started: both people accepted the pair that month. Completed: the pair closed the relationship that month "
                        + "with its goals met, partly met or not met. Ended early: closed that month before its end. Totals by "
                        + "month hide nothing.",
                Figure.Shape.OVER_TIME, "Month", List.of("Started", "Completed", "Ended early"),
                Figure.monthly(period, series.get(0), series.get(1), series.get(2)));
    }

    private Figure outcomes(MapSqlParameterSource params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                select outcome, count(*) as pairs from mentoring_match
                where status = 'CLOSED' and ended_at >= :start and ended_at < :end
                group by outcome""", params, rs -> {
                    counts.put(rs.getString("outcome"), rs.getLong("pairs"));
                });
        List<Figure.Row> rows = new ArrayList<>();
        for (Match.Outcome outcome : Match.Outcome.values()) {
            rows.add(Figure.Row.of(outcome.label(), counts.getOrDefault(outcome.name(), 0L)));
        }
        return new Figure("outcomes", "How relationships ended",
                "Mentoring relationships closed in the period, by the outcome the pair chose when closing it. A number from "
                        + "1 to 4 is hidden, as it could point to the people in a pair; where only one number would be "
                        + "hidden, the next smallest is hidden too, as the monthly totals would give it away. Nothing from the "
                        + "pairs' notes or comments is used.",
                Figure.Shape.BY_CATEGORY, "Outcome", List.of("Pairs"), SmallNumbers.rows(rows));
    }
}
