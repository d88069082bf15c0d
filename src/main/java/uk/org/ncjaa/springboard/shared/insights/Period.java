package uk.org.ncjaa.springboard.shared.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The days a set of figures covers, both included, in UK time: what a funder's return asks for
 * ("1 April 2025 to 31 March 2026"). Figures over time are counted month by month across it.
 *
 * @param from the first day counted
 * @param to the last day counted
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** Ten years of months is as long a chart as stays readable, and bounds the work of one request. */
    public static final int LONGEST_YEARS = 10;

    public Period {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("A period runs from a day to the same or a later day");
        }
    }

    /** The first moment counted. */
    public Instant start() {
        return from.atStartOfDay(UK).toInstant();
    }

    /** The first moment after the period: counting is {@code start <= t < end}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(UK).toInstant();
    }

    /** Every month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The twelve months up to today: this month and the eleven before it. */
    public static Period lastTwelveMonths(Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        return new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
    }

    /** The financial year (1 April to 31 March) before the one that today falls in. */
    public static Period lastFinancialYear(Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        int startYear = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        return new Period(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /**
     * The period a form asked for ({@code yyyy-mm-dd} days, as a date field sends them), or the
     * last twelve months where a day is missing; each thing wrong is put in {@code problems} in
     * words, under the name of its field ({@code from} or {@code to}), and the default stands in for it.
     */
    public static Period parse(String from, String to, Clock clock, Map<String, String> problems) {
        Period fallback = lastTwelveMonths(clock);
        LocalDate first = day(from, "from", "start", fallback.from(), problems);
        LocalDate last = day(to, "to", "end", fallback.to(), problems);
        if (first.isAfter(last)) {
            problems.put("from", "The start of the period must not be after its end.");
            return fallback;
        }
        if (first.plusYears(LONGEST_YEARS).isBefore(last)) {
            problems.put("from", "A period can be at most " + LONGEST_YEARS + " years long.");
            return new Period(last.minusYears(LONGEST_YEARS), last);
        }
        return new Period(first, last);
    }

    private static LocalDate day(String text, String field, String which, LocalDate fallback, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                problems.put(field, "The " + which + " of the period must be a day between the years 2000 and 2100.");
                return fallback;
            }
            return day;
        }
        catch (DateTimeParseException ex) {
            problems.put(field, "The " + which + " of the period must be a date, such as 2026-04-01.");
            return fallback;
        }
    }
}
