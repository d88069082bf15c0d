package uk.org.ncjaa.springboard.evidence.insights;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * The Evidence Library in figures: entries added (by editors and imports, or submitted by members)
 * and published month by month, and the published library by confirmed strength. Downloads,
 * exports, API calls and searches that found nothing are counted apart, with the other searches.
 */
@Component
class EvidenceInsights implements InsightsSection {

    private final NamedParameterJdbcTemplate jdbc;

    EvidenceInsights(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "evidence";
    }

    @Override
    public String title() {
        return "Evidence Library";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()));
        Map<YearMonth, Long> byStaff = new HashMap<>();
        Map<YearMonth, Long> byMembers = new HashMap<>();
        jdbc.query("select " + Months.text("created_at") + ", submitted_by is not null, count(*) from evidence_entry"
                + " where created_at >= :start and created_at < :end group by 1, 2", params, rs -> {
                    (rs.getBoolean(2) ? byMembers : byStaff).put(YearMonth.parse(rs.getString(1)), rs.getLong(3));
                });
        Map<YearMonth, Long> published = new HashMap<>();
        jdbc.query("select " + Months.text("published_at") + ", count(*) from evidence_entry"
                + " where status = 'PUBLISHED' and published_at >= :start and published_at < :end group by 1", params, rs -> {
                    published.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
                });
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("added", "Entries added and published, by month",
                "Entries created in each month: by editors (by hand or by importing a catalogue) and submitted by members (counted"
                        + " when the member started the submission). Published: entries first published that month and still"
                        + " published today.",
                Figure.Shape.OVER_TIME, "Month", List.of("Added by editors or imports", "Submitted by members", "Published"),
                Figure.monthly(period, byStaff, byMembers, published)));
        Map<String, Long> strength = new LinkedHashMap<>();
        for (int level = 5; level >= 1; level--) {
            strength.put("Level " + level + " of 5", 0L);
        }
        strength.put("Rated but not yet confirmed", 0L);
        strength.put("Not rated yet", 0L);
        jdbc.query("select case when strength_confirmed_at is not null and strength_level is not null"
                + " then 'Level ' || strength_level || ' of 5' when strength_level is not null then 'Rated but not yet confirmed'"
                + " else 'Not rated yet' end, count(*) from evidence_entry where status = 'PUBLISHED' and published_at < :end group by 1",
                params, rs -> {
                    strength.put(rs.getString(1), rs.getLong(2));
                });
        List<Figure.Row> rows = new ArrayList<>();
        strength.forEach((label, count) -> rows.add(Figure.Row.of(label, count)));
        figures.add(new Figure("strength", "Published entries by evidence strength",
                "Entries published by the end of the period and still published today, by the strength an editor confirmed."
                        + " A suggested level no editor has confirmed is never shown to the public; it is counted here apart.",
                Figure.Shape.BY_CATEGORY, "Strength", List.of("Entries"), rows));
        return figures;
    }
}
