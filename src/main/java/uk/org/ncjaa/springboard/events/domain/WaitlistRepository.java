package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WaitlistRepository extends JpaRepository<WaitlistEntry, Long> {

    @Query("select w from WaitlistEntry w join fetch w.event where w.tokenHash = :hash or w.offerTokenHash = :hash")
    Optional<WaitlistEntry> byToken(String hash);

    /** The queue in the order places are offered: priority first, then first come. */
    @Query("select w from WaitlistEntry w where w.event.id = :eventId and w.state in ('WAITING', 'OFFERED') order by case when w.priorityReason is null then 1 else 0 end, w.createdAt, w.id")
    List<WaitlistEntry> queue(long eventId);

    @Query("select w from WaitlistEntry w where w.event.id = :eventId order by case when w.priorityReason is null then 1 else 0 end, w.createdAt, w.id")
    List<WaitlistEntry> forEvent(long eventId);

    @Query("select distinct w.event.id from WaitlistEntry w where w.state = 'OFFERED' and w.offerExpiresAt < :now")
    List<Long> eventsWithLapsedOffers(Instant now);

    @Query("select distinct w.event.id from WaitlistEntry w where w.state = 'WAITING'")
    List<Long> eventsWithQueues();

    @Query("select w from WaitlistEntry w join fetch w.event where w.accountId = :accountId")
    List<WaitlistEntry> forAccount(long accountId);
}
