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

    private static final String MONTH = "to_char(date_trunc('month', %s at time zone 'Europe/London'), 'YYYY-MM')";
    /** A member at the moment {@code :at}: a term that had started and not yet ended. */
    private static final String MEMBER_AT = " m.merged_into is null and exists (select 1 from membership_term t where t.member_id = m.id"
            + " and t.started_at < :at and (t.ended_at is null or t.ended_at >= :at)) ";

    private final NamedParameterJdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;

    NetworkInsights(NamedParameterJdbcTemplate jdbc, TaxonomyApi taxonomy) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
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
            .addValue("end", Timestamp.from(period.end())).addValue("at", Timestamp.from(period.end()));
        Map<String, Map<YearMonth, Long>> started = byKindAndMonth("started_at", params);
        Map<String, Map<YearMonth, Long>> ended = byKindAndMonth("ended_at", params);
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
        figures.add(byVocabulary("by-region", "Members by region", "Region", Vocabulary.REGION,
                "select coalesce(m.region_slug, '') as slug, count(*) from member m where " + MEMBER_AT + " group by 1", params));
        figures.add(byVocabulary("by-art-form", "Members by art form", "Art form", Vocabulary.ART_FORM,
                "select i.slug, count(*) from member m join member_interest i on i.member_id = m.id and i.vocabulary = 'ART_FORM'"
                        + " where " + MEMBER_AT + " group by 1", params));
        figures.add(byVocabulary("by-setting", "Members by justice setting", "Setting", Vocabulary.SETTING,
                "select i.slug, count(*) from member m join member_interest i on i.member_id = m.id and i.vocabulary = 'SETTING'"
                        + " where " + MEMBER_AT + " group by 1", params));
        return figures;
    }

    /** Terms that started (or ended) in the period, by the membership's kind and the month. */
    private Map<String, Map<YearMonth, Long>> byKindAndMonth(String column, MapSqlParameterSource params) {
        Map<String, Map<YearMonth, Long>> counts = new HashMap<>();
        jdbc.query("select t.kind, " + MONTH.formatted("t." + column) + ", count(*) from membership_term t join member m on m.id = t.member_id"
                + " where m.merged_into is null and t." + column + " >= :start and t." + column + " < :end group by 1, 2", params, rs -> {
                    counts.computeIfAbsent(rs.getString(1), kind -> new HashMap<>()).put(YearMonth.parse(rs.getString(2)), rs.getLong(3));
                });
        return counts;
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
        jdbc.query("select t.kind, count(*) from membership_term t join member m on m.id = t.member_id where m.merged_into is null"
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
    private Figure byVocabulary(String id, String title, String heading, Vocabulary vocabulary, String sql, MapSqlParameterSource params) {
        Map<String, String> labels = taxonomy.labels(vocabulary);
        List<Object[]> counts = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            counts.add(new Object[] { rs.getString(1), rs.getLong(2) });
        });
        counts.sort((a, b) -> Long.compare((Long) b[1], (Long) a[1]));
        List<Figure.Row> rows = new ArrayList<>();
        for (Object[] count : counts) {
            String slug = (String) count[0];
            rows.add(Figure.Row.of(slug.isEmpty() ? "Not given" : labels.getOrDefault(slug, slug), (Long) count[1]));
        }
        String per = vocabulary == Vocabulary.REGION ? "Each member is counted once, in the region they gave."
                : "A member who named several is counted under each, so the numbers add up to more than the members.";
        return new Figure(id, title, "Members on the last day of the period. " + per, Figure.Shape.BY_CATEGORY, heading,
                List.of("Members"), rows);
    }
}
