package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    @Query("select b from Booking b where b.event.id = :eventId order by b.createdAt")
    List<Booking> forEvent(long eventId);

    @Query("select b from Booking b join fetch b.event where b.accountId = :accountId order by b.createdAt desc")
    List<Booking> forAccount(long accountId);

    /** The account's bookings with their events and attendees, in one query, for the CRM's timeline. */
    @Query("select distinct b from Booking b join fetch b.event left join fetch b.attendees where b.accountId = :accountId")
    List<Booking> withAttendeesForAccount(long accountId);

    @Query("select b.event.id from Booking b where b.state = 'PENDING_PAYMENT' and b.expiresAt < :now")
    List<Long> eventsWithExpired(Instant now);

    @Query("select b from Booking b where b.event.id = :eventId and b.state = 'PENDING_PAYMENT' and b.expiresAt < :now")
    List<Booking> expired(long eventId, Instant now);
}
