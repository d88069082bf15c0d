package uk.org.ncjaa.springboard.directory.insights;

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

import uk.org.ncjaa.springboard.directory.DirectoryProperties;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Months;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The Directory of Services in figures: listings first published and changes approved month by
 * month, and how fresh the listings were at the end of the period (when their organisation last
 * confirmed them), against the yearly confirmation the Directory asks for.
 */
@Component
class DirectoryInsights implements InsightsSection {

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectoryProperties properties;

    DirectoryInsights(NamedParameterJdbcTemplate jdbc, DirectoryProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String id() {
        return "directory";
    }

    @Override
    public String title() {
        return "Directory of Services";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", Timestamp.from(period.start()))
            .addValue("end", Timestamp.from(period.end()))
            .addValue("due", Timestamp.from(period.end().minus(properties.verifyEvery())))
            .addValue("half", Timestamp.from(period.end().minus(properties.verifyEvery().dividedBy(2))))
            .addValue("gone", Timestamp.from(period.end().minus(properties.verifyEvery()).minus(properties.grace())));
        Map<YearMonth, Long> listed = new HashMap<>();
        jdbc.query("select " + Months.text("r.approved_at") + ", count(*) from directory_revision r where r.number = 1"
                + " and r.approved_at >= :start and r.approved_at < :end group by 1", params, rs -> {
                    listed.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
                });
        Map<YearMonth, Long> changed = new HashMap<>();
        jdbc.query("select " + Months.text("r.approved_at") + ", count(*) from directory_revision r where r.number > 1"
                + " and r.approved_at >= :start and r.approved_at < :end group by 1", params, rs -> {
                    changed.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
                });
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("listed", "Listings published and changes approved, by month",
                "New listings: an organisation's first version approved by an editor. Changes: later versions approved.",
                Figure.Shape.OVER_TIME, "Month", List.of("New listings", "Changes approved"), Figure.monthly(period, listed, changed)));
        long[] fresh = new long[4];
        jdbc.query("select count(*) filter (where coalesce(l.verified_at, l.published_at) >= :half),"
                + " count(*) filter (where coalesce(l.verified_at, l.published_at) < :half and coalesce(l.verified_at, l.published_at) >= :due),"
                + " count(*) filter (where coalesce(l.verified_at, l.published_at) < :due and coalesce(l.verified_at, l.published_at) >= :gone),"
                + " count(*) filter (where coalesce(l.verified_at, l.published_at) < :gone)"
                + " from directory_listing l where l.published is not null and l.published_at < :end", params, rs -> {
                    for (int i = 0; i < 4; i++) {
                        fresh[i] = rs.getLong(i + 1);
                    }
                });
        long months = properties.verifyEvery().toDays() / 30;
        figures.add(new Figure("freshness", "How fresh the listings were at the end of the period",
                "Published listings by when their organisation last confirmed them (or, if never, when first published)."
                        + " A listing unconfirmed for over " + months + " months is flagged as possibly out of date, and after "
                        + properties.grace().toDays() + " more days it is left out of searches until it is confirmed.",
                Figure.Shape.BY_CATEGORY, "Last confirmed", List.of("Listings"), List.of(
                        Figure.Row.of("Within " + months / 2 + " months", fresh[0]),
                        Figure.Row.of(months / 2 + " to " + months + " months before", fresh[1]),
                        Figure.Row.of("Flagged: over " + months + " months before", fresh[2]),
                        Figure.Row.of("Left out of searches until confirmed", fresh[3]))));
        return figures;
    }
}
