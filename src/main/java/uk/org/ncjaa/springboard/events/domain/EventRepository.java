package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The event's row, locked until the transaction ends: every change to its places goes through here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lock(long id);

    @Query("select e from Event e where e.status in ('PUBLISHED', 'CANCELLED') and e.endsAt >= :now order by e.startsAt, e.id")
    List<Event> upcoming(Instant now);

    @Query("select e from Event e where e.status in ('PUBLISHED', 'CANCELLED', 'ARCHIVED') and e.endsAt < :now order by e.startsAt desc, e.id desc")
    List<Event> past(Instant now);

    @Query("select e from Event e where e.status = 'PUBLISHED' and e.endsAt >= :now and lower(trim(e.organiser)) = lower(trim(:organiser)) order by e.startsAt, e.id")
    List<Event> upcomingBy(String organiser, Instant now, org.springframework.data.domain.Limit limit);

    @Query("select e from Event e order by e.startsAt desc, e.id desc")
    List<Event> forStaff();

    @Query("select e from Event e where e.series = :series and e.id <> :id and e.status in ('PUBLISHED', 'CANCELLED', 'ARCHIVED') order by e.startsAt")
    List<Event> inSeries(String series, long id);
}
