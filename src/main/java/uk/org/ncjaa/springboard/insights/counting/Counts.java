package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The counts read back for the dashboards. Each query reads one area's rows within the period
 * through an index: a month's words once a month, the days only at a period's cut edges, and a
 * single total a day, so the cost follows the number of distinct words in the period, never the
 * number of searches.
 */
@Service
@Transactional(readOnly = true)
public class Counts {

    /** Words searched and how many searches with them found nothing. */
    public record WordCount(String words, long searches) {
    }

    private final SearchGapDayRepository gaps;
    private final UsageDayRepository uses;

    Counts(SearchGapDayRepository gaps, UsageDayRepository uses) {
        this.gaps = gaps;
        this.uses = uses;
    }

    /** The words most often searched in an area without a result during the period, most first. */
    public List<WordCount> topNothingFound(String area, Period period, int limit) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        // whole months come from the month rows; the days of a month the period starts or ends inside, from the day rows
        LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        LocalDate headTo = min(to, wholeFrom.minusDays(1));
        LocalDate tailFrom = max(headTo.plusDays(1), wholeUntil);
        int n = Math.max(0, limit);
        // most words are searched once or twice and a few hundreds of times (a year of the evidence search holds 150,000
        // month rows): a floor for the top words' totals, from a few likely words, rules out all but the rows above a
        // threshold, and the answer is exactly what summing every word would give (SearchGapsTests compares the two)
        List<Long> floor = n == 0 ? List.of() : gaps.floorOfTop(area, wholeFrom, wholeUntil, from, headTo, tailFrom, to, n);
        long slots = wholeFrom.isBefore(wholeUntil) ? java.time.temporal.ChronoUnit.MONTHS.between(wholeFrom, wholeUntil) + 1 : 1;
        long least = floor.isEmpty() || floor.get(0) == null ? 0 : (floor.get(0) + slots - 1) / slots;
        List<Object[]> rows = least > 1 ? gaps.topAbove(area, wholeFrom, wholeUntil, from, headTo, tailFrom, to, n, least)
                : gaps.top(area, wholeFrom, wholeUntil, from, headTo, tailFrom, to, n);
        return rows.stream().map(row -> new WordCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    /** Searches in an area that found nothing, by month; months with none are missing. */
    public Map<YearMonth, Long> nothingFoundByMonth(String area, Period period) {
        return Figure.byMonth(gaps.byMonth(area, period.from(), period.to()));
    }

    /** Use of an area by what was used, then by month; months with none are missing. */
    public Map<String, Map<YearMonth, Long>> usageByMonth(String area, Period period) {
        Map<String, Map<YearMonth, Long>> byWhat = new HashMap<>();
        for (Object[] row : uses.byMonth(area, period.from(), period.to())) {
            byWhat.computeIfAbsent((String) row[0], what -> new HashMap<>())
                .putAll(Figure.byMonth(List.<Object[]>of(new Object[] { row[1], row[2] })));
        }
        return byWhat;
    }
}
