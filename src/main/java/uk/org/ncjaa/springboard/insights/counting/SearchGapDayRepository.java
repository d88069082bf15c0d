package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface SearchGapDayRepository extends JpaRepository<SearchGapDay, Long> {

    /**
     * Each word's searches on the days a period cuts ({@code ?4}..{@code ?5} and {@code ?6}..{@code ?7}):
     * two runs of days, each read from the index alone, which an "or" of both would prevent.
     */
    String CUT_DAYS = """
            select words, sum(searches) as n from (
                select words, searches from insights_search_gap where area = ?1 and day between ?4 and ?5
                union all select words, searches from insights_search_gap where area = ?1 and day between ?6 and ?7) cut
            group by words""";

    /**
     * A likely word {@code l}'s searches in the whole months {@code ?2} to before {@code ?3}, summed
     * from the (area, words, month) index one word at a time: joined as a set, PostgreSQL would
     * merge the likely words with every month row of the area.
     */
    String WHOLE_MONTHS_OF_WORD = """
            coalesce((select sum(g.searches) from insights_search_gap_month g
                      where g.area = ?1 and g.words = l.words and g.month >= ?2 and g.month < ?3), 0)""";

    /**
     * Adds {@code n} searches to the day's row, the month's row and the day's total, creating each
     * at the first. A native upsert rather than load, change and save: every node adds the counts
     * it gathered to the same rows, and only the database can add them up without one node's write
     * overwriting another's. One statement writes the three, so they always agree.
     */
    @Modifying
    @Transactional
    @Query(value = """
            with by_day as (
                insert into insights_search_gap (area, day, words, searches) values (?1, ?2, ?3, ?4)
                on conflict (area, day, words) do update set searches = insights_search_gap.searches + excluded.searches),
            by_month as (
                insert into insights_search_gap_month (area, month, words, searches)
                values (?1, cast(date_trunc('month', cast(?2 as date)) as date), ?3, ?4)
                on conflict (area, words, month) do update set searches = insights_search_gap_month.searches + excluded.searches)
            insert into insights_search_gap_total (area, day, searches) values (?1, ?2, ?4)
            on conflict (area, day) do update set searches = insights_search_gap_total.searches + excluded.searches""",
            nativeQuery = true)
    void add(String area, LocalDate day, String words, long n);

    /**
     * The words searched most often without a result, as (words, searches), most first: whole
     * months from {@code wholeFrom} to before {@code wholeUntil} from the month rows, and the days
     * of the months the period cuts ({@code headFrom}..{@code headTo}, {@code tailFrom}..{@code tailTo},
     * either empty when its first day is after its last) from the day rows.
     */
    // each part summed on its own and then joined: the month rows are read in words order from
    // their index and summed as they pass, which a union of both parts before summing would prevent
    @Query(value = """
            with months as (
                select words, sum(searches) as n from insights_search_gap_month
                where area = ?1 and month >= ?2 and month < ?3 group by words),
            days as (""" + CUT_DAYS + """
            )
            select words, coalesce(months.n, 0) + coalesce(days.n, 0) as total from months full join days using (words)
            order by total desc, words limit ?8""", nativeQuery = true)
    List<Object[]> top(String area, LocalDate wholeFrom, LocalDate wholeUntil, LocalDate headFrom, LocalDate headTo,
            LocalDate tailFrom, LocalDate tailTo, int limit);

    /**
     * The total searches of the {@code limit}-th word among a few likely to be near the top (each
     * whole month's {@code limit} most searched, and the cut days' {@code limit} most searched, all
     * summed over the whole period), or none when those are fewer than {@code limit} words. The true
     * {@code limit}-th word has at least this many, so it is a floor for the top words' totals.
     */
    @Query(value = """
            with edge as (""" + CUT_DAYS + """
            ),
            likely as (
                select g.words from generate_series(cast(?2 as date), cast(?3 as date) - interval '1 day', interval '1 month') as m(month)
                cross join lateral (select words from insights_search_gap_month
                                    where area = ?1 and month = cast(m.month as date) order by searches desc limit ?8) g
                union
                select words from (select words from edge order by n desc limit ?8) e)
            select cast(""" + WHOLE_MONTHS_OF_WORD + """
                 + coalesce(e.n, 0) as bigint) as total
            from likely l left join edge e using (words)
            order by total desc offset ?8 - 1 limit 1""", nativeQuery = true)
    List<Long> floorOfTop(String area, LocalDate wholeFrom, LocalDate wholeUntil, LocalDate headFrom, LocalDate headTo,
            LocalDate tailFrom, LocalDate tailTo, int limit);

    /**
     * As {@link #top}, counting only the words with at least {@code least} searches in one whole
     * month, or in the cut days together: any word whose total over the period reaches the floor
     * has at least floor / (whole months + 1) in one of those, so with {@code least} set to that the
     * answer is the same as {@link #top}'s, read from the few rows above it.
     */
    @Query(value = """
            with edge as (""" + CUT_DAYS + """
            ),
            likely as (
                select g.words from generate_series(cast(?2 as date), cast(?3 as date) - interval '1 day', interval '1 month') as m(month)
                cross join lateral (select words from insights_search_gap_month
                                    where area = ?1 and month = cast(m.month as date) and searches >= ?9) g
                union
                select words from edge where n >= ?9)
            select l.words, cast(""" + WHOLE_MONTHS_OF_WORD + """
                 + coalesce(e.n, 0) as bigint) as total
            from likely l left join edge e using (words)
            order by total desc, l.words limit ?8""", nativeQuery = true)
    List<Object[]> topAbove(String area, LocalDate wholeFrom, LocalDate wholeUntil, LocalDate headFrom, LocalDate headTo,
            LocalDate tailFrom, LocalDate tailTo, int limit, long least);

    /** Searches that found nothing, as (first day of the month, searches) for each month that had any. */
    @Query(value = """
            select cast(date_trunc('month', day) as date) as month, sum(searches) from insights_search_gap_total
            where area = ?1 and day between ?2 and ?3
            group by month""", nativeQuery = true)
    List<Object[]> byMonth(String area, LocalDate from, LocalDate to);

    @Query(value = "select coalesce(sum(searches), 0) from insights_search_gap where area = ?1 and day = ?2 and words = ?3",
            nativeQuery = true)
    long searches(String area, LocalDate day, String words);
}
