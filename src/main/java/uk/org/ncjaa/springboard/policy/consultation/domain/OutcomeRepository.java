package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByConsultationIdOrderByPosition(long consultationId);
}
