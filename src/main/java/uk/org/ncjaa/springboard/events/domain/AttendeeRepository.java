package uk.org.ncjaa.springboard.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendeeRepository extends JpaRepository<Attendee, Long> {

    @Query("select a from Attendee a join fetch a.booking b where a.eventId = :eventId and a.active and b.state in ('PAID', 'PARTLY_REFUNDED') order by lower(a.name), a.id")
    List<Attendee> confirmed(long eventId);

    Optional<Attendee> findByFeedbackTokenHash(String hash);
}
