package uk.org.ncjaa.springboard.evidence.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<EvidenceEntry, Long> {

    Optional<EvidenceEntry> findByImportKey(String importKey);

    Optional<EvidenceEntry> findBySlug(String slug);

    boolean existsBySlug(String slug);

    long countByStatus(EvidenceStatus status);
}
