package uk.org.ncjaa.springboard.members.domain;

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

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Months;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The network in figures: people joining and leaving month by month, how many members there were
 * at the end of each month, and where the members at the end of the period are and what they do.
 * Membership is counted from the terms (leaving ends one, re-joining starts another), so a period
 * in the past shows the network as it was then. Records merged into another as duplicates are not
 * counted twice.
 */
@Component
class NetworkInsights implements InsightsSection {

    private static final String NOT_MERGED = NetworkCounts.NOT_MERGED;

    private final NamedParameterJdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;
    private final NetworkCounts network;

    NetworkInsights(NamedParameterJdbcTemplate jdbc, TaxonomyApi taxonomy, NetworkCounts network) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.network = network;
    }

    @Override
    public String id() {
        return "network";
    }

    @Override
    public String title() {
        return "The network";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()));
        Map<String, Map<YearMonth, Long>> started = new HashMap<>();
        Map<String, Map<YearMonth, Long>> ended = new HashMap<>();
        // the terms that started in the period and those that ended in it, each read from its own index
        jdbc.query("select t.kind, 'started', " + Months.text("t.started_at") + ", count(*) from membership_term t"
                + " where t.started_at >= :start and t.started_at < :end and " + NOT_MERGED + " group by 1, 3"
                + " union all select t.kind, 'ended', " + Months.text("t.ended_at") + ", count(*) from membership_term t"
                + " where t.ended_at >= :start and t.ended_at < :end and " + NOT_MERGED + " group by 1, 3", params, rs -> {
                    (rs.getString(2).equals("started") ? started : ended).computeIfAbsent(rs.getString(1), kind -> new HashMap<>())
                        .put(YearMonth.parse(rs.getString(3)), rs.getLong(4));
                });
        Map<YearMonth, Long> joined = total(started);
        Map<YearMonth, Long> left = total(ended);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("joined-left", "Members joining and leaving, by month",
                "Each month's new memberships (people joining, or re-joining after leaving) and memberships ended (people leaving"
                        + " the network or deleting their account). The net change is joined minus left.",
                Figure.Shape.OVER_TIME, "Month", List.of("Joined", "Left", "Net change"), netRows(period, joined, left)));
        figures.add(new Figure("members", "Members at the end of each month",
                "Everyone with a current membership on the last day of the month, as individuals and as organisations"
                        + " (those who registered an organisation when they joined).",
                Figure.Shape.OVER_TIME, "Month", List.of("Individuals", "Organisations"), runningTotals(period, started, ended, params)));
        // a member has at most one open term, so the terms that cover the moment are the members of that moment
        Map<Vocabulary, Map<String, Long>> counts = network.at(period.end());
        figures.add(byVocabulary("by-region", "Members by region", "Region", Vocabulary.REGION, counts));
        figures.add(byVocabulary("by-role", "Members by role", "Role", Vocabulary.ROLE, counts));
        figures.add(byVocabulary("by-art-form", "Members by art form", "Art form", Vocabulary.ART_FORM, counts));
        figures.add(byVocabulary("by-setting", "Members by justice setting", "Setting", Vocabulary.SETTING, counts));
        return figures;
    }

    private static Map<YearMonth, Long> total(Map<String, Map<YearMonth, Long>> byKind) {
        Map<YearMonth, Long> total = new HashMap<>();
        byKind.values().forEach(months -> months.forEach((month, count) -> total.merge(month, count, Long::sum)));
        return total;
    }

    private static List<Figure.Row> netRows(Period period, Map<YearMonth, Long> joined, Map<YearMonth, Long> left) {
        List<Figure.Row> rows = new ArrayList<>();
        for (YearMonth month : period.months()) {
            long in = joined.getOrDefault(month, 0L);
            long out = left.getOrDefault(month, 0L);
            rows.add(Figure.Row.of(Figure.month(month), in, out, in - out));
        }
        return rows;
    }

    /**
     * Members at the start of the period, then each month's joins and leaves added: one query for
     * the start and the monthly counts already read, however many months and members there are.
     */
    private List<Figure.Row> runningTotals(Period period, Map<String, Map<YearMonth, Long>> started, Map<String, Map<YearMonth, Long>> ended,
            MapSqlParameterSource params) {
        Map<String, Long> atStart = new HashMap<>();
        jdbc.query("select t.kind, count(*) from membership_term t where " + NOT_MERGED
                + " and t.started_at < :start and (t.ended_at is null or t.ended_at >= :start) group by 1", params,
                rs -> {
                    atStart.put(rs.getString(1), rs.getLong(2));
                });
        long individuals = atStart.getOrDefault("INDIVIDUAL", 0L);
        long organisations = atStart.getOrDefault("ORGANISATION", 0L);
        List<Figure.Row> rows = new ArrayList<>();
        for (YearMonth month : period.months()) {
            individuals += started.getOrDefault("INDIVIDUAL", Map.of()).getOrDefault(month, 0L)
                    - ended.getOrDefault("INDIVIDUAL", Map.of()).getOrDefault(month, 0L);
            organisations += started.getOrDefault("ORGANISATION", Map.of()).getOrDefault(month, 0L)
                    - ended.getOrDefault("ORGANISATION", Map.of()).getOrDefault(month, 0L);
            rows.add(Figure.Row.of(Figure.month(month), individuals, organisations));
        }
        return rows;
    }

    /** Members at the end of the period by a vocabulary's concepts, most first, with their labels. */
    private Figure byVocabulary(String id, String title, String heading, Vocabulary vocabulary, Map<Vocabulary, Map<String, Long>> all) {
        Map<String, String> labels = taxonomy.labels(vocabulary);
        List<Object[]> counts = new ArrayList<>();
        all.getOrDefault(vocabulary, Map.of()).forEach((slug, count) -> counts.add(new Object[] { slug, count }));
        counts.sort((a, b) -> ((Long) b[1]).equals(a[1]) ? ((String) a[0]).compareTo((String) b[0]) : Long.compare((Long) b[1], (Long) a[1]));
        List<Figure.Row> rows = new ArrayList<>();
        for (Object[] count : counts) {
            String slug = (String) count[0];
            rows.add(Figure.Row.keyed(slug.isEmpty() ? null : slug, slug.isEmpty() ? "Not given" : labels.getOrDefault(slug, slug),
                    (Long) count[1]));
        }
        String per = vocabulary == Vocabulary.REGION ? "Each member is counted once, in the region they gave."
                : "A member who named several is counted under each, so the numbers add up to more than the members.";
        if (vocabulary == Vocabulary.ROLE) {
            per += " Members who have not said what they do (the question was added after many joined) are counted once, as not given.";
        }
        // what a member says later does not change a count already kept (see NetworkCounts): the note says so
        per += " Each day is counted once and kept: an answer a member changes shows from the next day, never in a day already"
                + " counted; people joining and leaving show at once.";
        return new Figure(id, title, "Members on the last day of the period. " + per,
                vocabulary == Vocabulary.REGION ? Figure.Shape.REGIONS : Figure.Shape.BY_CATEGORY, heading,
                List.of("Members"), rows);
    }
}
