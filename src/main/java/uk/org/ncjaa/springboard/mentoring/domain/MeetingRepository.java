package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByMatchIdOrderByHeldOnDescIdDesc(long matchId);
}
