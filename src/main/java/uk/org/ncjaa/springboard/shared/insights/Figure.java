package uk.org.ncjaa.springboard.shared.insights;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.org.ncjaa.springboard.shared.Csv;

/**
 * One figure of a dashboard: a table of counts, drawn as a chart beside it, with a note saying
 * what is counted and what is hidden. The same figure is the page's chart and table, its CSV
 * download and its part of the report pack, so the three always agree.
 *
 * @param id a short name, unique in its section, used in addresses ({@code members-joined})
 * @param title what the figure shows, as its heading
 * @param method what counts, what does not, and what is hidden and why, in plain words
 * @param shape how the chart draws the rows
 * @param rowHeading the heading of the column of row labels ("Month", "Region")
 * @param columns the heading of each column of numbers
 * @param rows the numbers, one row per month or category
 */
public record Figure(String id, String title, String method, Shape shape, String rowHeading, List<String> columns,
        List<Row> rows) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    public Figure {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("Figure " + id + ": row " + row.label() + " has "
                        + row.values().size() + " values for " + columns.size() + " columns");
            }
        }
    }

    public enum Shape {
        /** Rows are months in order; each column is a line across them. */
        OVER_TIME,
        /** Rows are categories; each is a bar of its first column's number. */
        BY_CATEGORY,
        /** Rows are regions, keyed by their slugs; drawn as a tile map of the first column's numbers. */
        REGIONS,
        /** Only the table: words or lists that no chart would make clearer. */
        TABLE
    }

    /**
     * A row of the table.
     *
     * @param values one per column; {@code null} where the number is hidden because it is small
     * @param key what the row stands for where a chart needs more than its label (a region's slug), or null
     */
    public record Row(String label, List<Long> values, String key) {

        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public Row(String label, List<Long> values) {
            this(label, values, null);
        }

        public static Row of(String label, Long... values) {
            return new Row(label, java.util.Arrays.asList(values));
        }

        public static Row keyed(String key, String label, Long... values) {
            return new Row(label, java.util.Arrays.asList(values), key);
        }
    }

    /** True where any number is hidden, so the page can say so beside the figure. */
    public boolean hidesAny() {
        return rows.stream().anyMatch(row -> row.values().contains(null));
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** The table as CSV: a header row, then one row per row; a hidden number is written as "hidden". */
    public String csv() {
        StringBuilder csv = new StringBuilder(Csv.cell(rowHeading));
        columns.forEach(column -> csv.append(',').append(Csv.cell(column)));
        csv.append("\r\n");
        for (Row row : rows) {
            csv.append(Csv.cell(row.label()));
            for (Long value : row.values()) {
                csv.append(',').append(value == null ? "hidden" : value.toString());
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** A month as a row label: "Apr 2026". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /**
     * Rows for every month of the period, one column per series, where a month missing from a
     * series counts zero: SQL groups only the months that had something.
     */
    @SafeVarargs
    public static List<Row> monthly(Period period, Map<YearMonth, Long>... series) {
        List<Row> rows = new ArrayList<>();
        for (YearMonth month : period.months()) {
            List<Long> values = new ArrayList<>();
            for (Map<YearMonth, Long> one : series) {
                values.add(one.getOrDefault(month, 0L));
            }
            rows.add(new Row(month(month), values));
        }
        return rows;
    }

    /**
     * Counts by month from rows of (month start, count) as SQL returns them with
     * {@code date_trunc('month', t at time zone 'Europe/London')}.
     */
    public static Map<YearMonth, Long> byMonth(List<Object[]> monthAndCount) {
        Map<YearMonth, Long> counts = new java.util.HashMap<>();
        for (Object[] row : monthAndCount) {
            counts.merge(yearMonth(row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static YearMonth yearMonth(Object value) {
        if (value instanceof java.time.LocalDateTime time) {
            return YearMonth.from(time);
        }
        if (value instanceof java.time.LocalDate day) {
            return YearMonth.from(day);
        }
        if (value instanceof java.sql.Timestamp stamp) {
            return YearMonth.from(stamp.toLocalDateTime());
        }
        if (value instanceof java.time.Instant instant) {
            return YearMonth.from(instant.atZone(Period.UK));
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return YearMonth.from(time.atZoneSameInstant(Period.UK));
        }
        return YearMonth.parse(value.toString().substring(0, 7));
    }
}
