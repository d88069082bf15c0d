package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface SearchGapDayRepository extends JpaRepository<SearchGapDay, Long> {

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
            days as (
                select words, sum(searches) as n from insights_search_gap
                where area = ?1 and (day between ?4 and ?5 or day between ?6 and ?7) group by words)
            select words, coalesce(months.n, 0) + coalesce(days.n, 0) as total from months full join days using (words)
            order by total desc, words limit ?8""", nativeQuery = true)
    List<Object[]> top(String area, LocalDate wholeFrom, LocalDate wholeUntil, LocalDate headFrom, LocalDate headTo,
            LocalDate tailFrom, LocalDate tailTo, int limit);

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
