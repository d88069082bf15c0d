package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByConsultationIdOrderByName(long consultationId);

    boolean existsByConsultationIdAndNameIgnoreCase(long consultationId, String name);
}
