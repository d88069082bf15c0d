package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface SearchGapDayRepository extends JpaRepository<SearchGapDay, Long> {

    /**
     * Adds {@code n} searches to the day's row, creating it at the first. A native upsert rather
     * than load, change and save: every node adds the counts it gathered to the same rows, and only
     * the database can add them up without one node's write overwriting another's.
     */
    @Modifying
    @Transactional
    @Query(value = """
            insert into insights_search_gap (area, day, words, searches) values (?1, ?2, ?3, ?4)
            on conflict (area, day, words) do update set searches = insights_search_gap.searches + excluded.searches""",
            nativeQuery = true)
    void add(String area, LocalDate day, String words, long n);

    /** The words searched most often without a result in the days given, as (words, searches), most first. */
    @Query(value = """
            select words, sum(searches) as total from insights_search_gap
            where area = ?1 and day between ?2 and ?3
            group by words order by total desc, words limit ?4""", nativeQuery = true)
    List<Object[]> top(String area, LocalDate from, LocalDate to, int limit);

    /** Searches that found nothing, as (first day of the month, searches) for each month that had any. */
    @Query(value = """
            select cast(date_trunc('month', day) as date) as month, sum(searches) from insights_search_gap
            where area = ?1 and day between ?2 and ?3
            group by month""", nativeQuery = true)
    List<Object[]> byMonth(String area, LocalDate from, LocalDate to);

    @Query(value = "select coalesce(sum(searches), 0) from insights_search_gap where area = ?1 and day = ?2 and words = ?3",
            nativeQuery = true)
    long searches(String area, LocalDate day, String words);
}
