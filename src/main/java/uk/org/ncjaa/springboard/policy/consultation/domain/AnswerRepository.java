package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    boolean existsByConsultationId(long consultationId);

    Optional<Answer> findByConsultationIdAndAccountId(long consultationId, long accountId);

    List<Answer> findByConsultationIdAndStatusOrderById(long consultationId, Answer.Status status);

    List<Answer> findByAccountIdOrderByUpdatedAtDesc(long accountId);

    long countByConsultationIdAndStatus(long consultationId, Answer.Status status);
}
