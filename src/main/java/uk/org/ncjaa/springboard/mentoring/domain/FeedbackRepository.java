package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByMatchId(long matchId);

    Optional<Feedback> findByMatchIdAndAccountIdAndStage(long matchId, long accountId, Feedback.Stage stage);
}
