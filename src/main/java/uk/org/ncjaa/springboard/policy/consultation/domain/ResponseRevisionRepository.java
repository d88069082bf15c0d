package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseRevisionRepository extends JpaRepository<ResponseRevision, Long> {

    List<ResponseRevision> findByConsultationIdOrderBySavedAtDescIdDesc(long consultationId);
}
