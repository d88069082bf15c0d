package uk.org.ncjaa.springboard.insights.counting;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The counts read back for the dashboards. Each query reads daily rows of one area within the
 * period through the unique index, so its cost follows the number of distinct words and days, not
 * the number of searches.
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
        return gaps.top(area, period.from(), period.to(), Math.max(0, limit)).stream()
            .map(row -> new WordCount((String) row[0], ((Number) row[1]).longValue()))
            .toList();
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
