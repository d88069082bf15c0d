package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findAllByOrderByClosesOnDescIdDesc();

    List<Consultation> findByStatusNotOrderByClosesOnDescIdDesc(Consultation.Status status);

    List<Consultation> findByStatusOrderByResponsePublishedAtDesc(Consultation.Status status);

    boolean existsByTitle(String title);
}
