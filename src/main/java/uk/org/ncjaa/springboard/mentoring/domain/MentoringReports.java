package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.MembersApi;

/**
 * A round in figures for staff: applications, matches, meetings, satisfaction and outcomes, and
 * how matches spread by region. Only counts leave here, and a count from 1 to 4 about people is
 * hidden, as are means of fewer than five answers.
 */
@Service
@Transactional(readOnly = true)
public class MentoringReports {

    public static final int SMALLEST_SHOWN = 5;

    private final ApplicationRepository applications;
    private final MatchRepository matches;
    private final Rounds rounds;
    private final MembersApi members;
    private final JdbcTemplate jdbc;

    MentoringReports(ApplicationRepository applications, MatchRepository matches, Rounds rounds, MembersApi members, JdbcTemplate jdbc) {
        this.applications = applications;
        this.matches = matches;
        this.rounds = rounds;
        this.members = members;
        this.jdbc = jdbc;
    }

    /** @param value null where hidden */
    public record Figure(String label, Long value) {

        public boolean hidden() {
            return value == null;
        }
    }

    /** @param mean null where fewer than five answered */
    public record Survey(String stage, long answers, Double satisfaction, Double progress) {
    }

    public record RegionRow(String region, Long matched, Long unmatched) {
    }

    public record Report(Round round, List<Figure> mentees, List<Figure> mentors, List<Figure> matches, List<Figure> meetings,
            List<Survey> surveys, List<Figure> outcomes, List<RegionRow> regions) {

        /** A bar's width out of 200 for a figure among its own list's figures. */
        public int width(Figure figure, List<Figure> among) {
            long top = among.stream().filter(f -> f.value() != null).mapToLong(Figure::value).max().orElse(0);
            return figure.value() == null || top == 0 ? 0 : (int) (200 * figure.value() / top);
        }
    }

    public Report report(long roundId, Map<String, String> regionLabels) {
        Round round = rounds.get(roundId);
        List<Application> all = applications.findByRoundId(roundId).stream().filter(a -> a.status() != Application.Status.DRAFT).toList();
        List<Match> inRound = matches.findByRoundIdOrderById(roundId);
        Map<Match.Status, Long> byStatus = new EnumMap<>(Match.Status.class);
        inRound.forEach(m -> byStatus.merge(m.status(), 1L, Long::sum));
        List<Figure> matchFigures = new ArrayList<>();
        for (Match.Status status : Match.Status.values()) {
            matchFigures.add(new Figure(status.label(), byStatus.getOrDefault(status, 0L)));
        }
        long answered = byStatus.getOrDefault(Match.Status.ACTIVE, 0L) + byStatus.getOrDefault(Match.Status.CLOSED, 0L)
                + byStatus.getOrDefault(Match.Status.DECLINED, 0L);
        long agreed = byStatus.getOrDefault(Match.Status.ACTIVE, 0L) + byStatus.getOrDefault(Match.Status.CLOSED, 0L);
        matchFigures.add(new Figure("Offers both people accepted (per cent)", answered == 0 ? 0L : Math.round(100.0 * agreed / answered)));

        List<Figure> meetings = jdbc.query("""
                select count(*) as meetings, count(distinct g.match_id) as pairs, coalesce(sum(g.minutes), 0) as minutes
                from mentoring_meeting g join mentoring_match m on m.id = g.match_id where m.round_id = ?""", (rs, n) -> List.of(
                new Figure("Meetings logged", rs.getLong("meetings")), new Figure("Pairs who logged a meeting", rs.getLong("pairs")),
                new Figure("Hours of mentoring logged", Math.round(rs.getLong("minutes") / 60.0))), roundId).get(0);

        List<Survey> surveys = jdbc.query("""
                select f.stage, count(*) as answers, avg(f.satisfaction) as satisfaction, avg(f.progress) as progress
                from mentoring_feedback f join mentoring_match m on m.id = f.match_id where m.round_id = ?
                group by f.stage order by f.stage desc""", (rs, n) -> {
            long count = rs.getLong("answers");
            boolean shown = count >= SMALLEST_SHOWN;
            return new Survey(Feedback.Stage.valueOf(rs.getString("stage")).label(), count, shown ? round1(rs.getDouble("satisfaction")) : null,
                    shown ? round1(rs.getDouble("progress")) : null);
        }, roundId);

        Map<Match.Outcome, Long> outcomes = new EnumMap<>(Match.Outcome.class);
        inRound.stream().filter(m -> m.outcome() != null).forEach(m -> outcomes.merge(m.outcome(), 1L, Long::sum));
        List<Figure> outcomeFigures = new ArrayList<>();
        for (Match.Outcome outcome : Match.Outcome.values()) {
            outcomeFigures.add(people(outcome.label(), outcomes.getOrDefault(outcome, 0L)));
        }
        return new Report(round, counts(all, Role.MENTEE), counts(all, Role.MENTOR), matchFigures, meetings, surveys, outcomeFigures,
                regions(all, inRound, regionLabels));
    }

    /** Accepted mentees matched (offered, active or closed) or not, by region. */
    private static List<RegionRow> regions(List<Application> all, List<Match> inRound, Map<String, String> labels) {
        Set<Long> matched = matched(inRound);
        Map<String, long[]> counts = new TreeMap<>();
        for (Application a : all) {
            if (a.role() == Role.MENTEE && a.status() == Application.Status.ACCEPTED) {
                String region = a.region() == null ? "Not given" : labels.getOrDefault(a.region(), a.region());
                counts.computeIfAbsent(region, r -> new long[2])[matched.contains(a.id()) ? 0 : 1]++;
            }
        }
        List<RegionRow> rows = new ArrayList<>();
        counts.forEach((region, c) -> rows.add(new RegionRow(region, shown(c[0]), shown(c[1]))));
        return rows;
    }

    private static Set<Long> matched(List<Match> inRound) {
        return inRound.stream()
            .filter(m -> m.status() == Match.Status.OFFERED || m.status() == Match.Status.ACTIVE || m.status() == Match.Status.CLOSED)
            .map(Match::menteeId).collect(Collectors.toSet());
    }

    /**
     * The equality monitoring answers of the round's accepted mentees, matched and not: for the
     * equality analyst only, and only as counts with small ones hidden.
     */
    public List<MembersApi.EqualityCounts> equality(long roundId) {
        List<Application> accepted = applications.findByRoundIdAndRoleAndStatus(roundId, Role.MENTEE, Application.Status.ACCEPTED);
        Set<Long> matched = matched(matches.findByRoundIdOrderById(roundId));
        List<Long> yes = accepted.stream().filter(a -> matched.contains(a.id())).map(Application::accountId).toList();
        List<Long> no = accepted.stream().filter(a -> !matched.contains(a.id())).map(Application::accountId).toList();
        return List.of(members.equalityOf("Matched mentees", yes), members.equalityOf("Mentees not matched", no));
    }

    /** The report as rows of section, measure and value, for a spreadsheet. */
    public List<List<String>> csv(Report report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "measure", "value"));
        Map<String, List<Figure>> sections = new LinkedHashMap<>();
        sections.put("Mentee applications", report.mentees());
        sections.put("Mentor applications", report.mentors());
        sections.put("Matches", report.matches());
        sections.put("Meetings", report.meetings());
        sections.put("Outcomes", report.outcomes());
        sections.forEach((section, figures) -> figures.forEach(f -> rows.add(List.of(section, f.label(), text(f.value())))));
        for (Survey survey : report.surveys()) {
            rows.add(List.of("Survey: " + survey.stage(), "Answers", String.valueOf(survey.answers())));
            rows.add(List.of("Survey: " + survey.stage(), "Satisfaction (1 to 5)", text(survey.satisfaction())));
            rows.add(List.of("Survey: " + survey.stage(), "Progress towards goals (1 to 5)", text(survey.progress())));
        }
        for (RegionRow row : report.regions()) {
            rows.add(List.of("Accepted mentees by region", row.region() + ": matched", text(row.matched())));
            rows.add(List.of("Accepted mentees by region", row.region() + ": not matched", text(row.unmatched())));
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "hidden: fewer than " + SMALLEST_SHOWN : value.toString();
    }

    private static List<Figure> counts(List<Application> all, Role role) {
        List<Figure> figures = new ArrayList<>();
        List<Application> side = all.stream().filter(a -> a.role() == role).toList();
        figures.add(new Figure("Applications sent", (long) side.size()));
        for (Application.Status status : List.of(Application.Status.ACCEPTED, Application.Status.WAITLISTED, Application.Status.DECLINED,
                Application.Status.WITHDRAWN, Application.Status.SUBMITTED)) {
            figures.add(new Figure(status.label(), side.stream().filter(a -> a.status() == status).count()));
        }
        return figures;
    }

    private static Figure people(String label, long count) {
        return new Figure(label, shown(count));
    }

    private static Long shown(long count) {
        return count > 0 && count < SMALLEST_SHOWN ? null : count;
    }

    private static Double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
