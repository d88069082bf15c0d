package uk.org.ncjaa.springboard.shared.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Counting by month in SQL, as the sections' figures over time do: months in UK time, whatever the server's. */
public final class Months {

    private Months() {
    }

    /** The SQL for the UK month a timestamp column falls in, to group by. */
    public static String of(String column) {
        return "date_trunc('month', " + column + " at time zone 'Europe/London')";
    }

    /** The SQL for the UK month a timestamp column falls in as {@code yyyy-mm} text, for {@link java.time.YearMonth#parse}. */
    public static String text(String column) {
        return "to_char(" + of(column) + ", 'YYYY-MM')";
    }

    /** Counts by month from a query whose first column is the month ({@link #of}) and the next {@code columns} the counts. */
    public static List<Map<YearMonth, Long>> counts(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params, int columns) {
        List<List<Object[]>> series = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            series.add(new ArrayList<>());
        }
        jdbc.query(sql, params, rs -> {
            for (int c = 0; c < columns; c++) {
                series.get(c).add(new Object[] { rs.getTimestamp(1), rs.getLong(c + 2) });
            }
        });
        return series.stream().map(Figure::byMonth).toList();
    }
}
