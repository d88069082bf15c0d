package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UsageDayRepository extends JpaRepository<UsageDay, Long> {

    /**
     * Adds {@code n} to the day's count, creating the row at the first. A native upsert rather than
     * load, change and save: every node adds the counts it gathered to the same rows, and only the
     * database can add them up without one node's write overwriting another's.
     */
    @Modifying
    @Transactional
    @Query(value = """
            insert into insights_usage (area, what, day, n) values (?1, ?2, ?3, ?4)
            on conflict (area, what, day) do update set n = insights_usage.n + excluded.n""", nativeQuery = true)
    void add(String area, String what, LocalDate day, long n);

    /** Use of an area as (what, first day of the month, count) for each month that had any. */
    @Query(value = """
            select what, cast(date_trunc('month', day) as date) as month, sum(n) from insights_usage
            where area = ?1 and day between ?2 and ?3
            group by what, month""", nativeQuery = true)
    List<Object[]> byMonth(String area, LocalDate from, LocalDate to);

    @Query(value = "select coalesce(sum(n), 0) from insights_usage where area = ?1 and what = ?2 and day = ?3", nativeQuery = true)
    long used(String area, String what, LocalDate day);
}
