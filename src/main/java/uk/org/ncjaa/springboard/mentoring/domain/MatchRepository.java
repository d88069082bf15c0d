package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MatchRepository extends JpaRepository<Match, Long> {

    List<Match> findByRoundIdOrderById(long roundId);

    List<Match> findByRoundIdAndStatusOrderById(long roundId, Match.Status status);

    @Query("select m from Match m where m.roundId = ?1 and m.status in ?2 order by m.id")
    List<Match> inStatus(long roundId, Collection<Match.Status> statuses);

    @Query("select m from Match m where (m.menteeId in ?1 or m.mentorId in ?1) order by m.id desc")
    List<Match> forApplications(Collection<Long> applicationIds);

    long countByMenteeIdAndStatusIn(long menteeId, Collection<Match.Status> statuses);

    long countByMentorIdAndStatusIn(long mentorId, Collection<Match.Status> statuses);

    @Query("select m from Match m where m.status = 'ACTIVE' order by m.id")
    List<Match> active();
}
