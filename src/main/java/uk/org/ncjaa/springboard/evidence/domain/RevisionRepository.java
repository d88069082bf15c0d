package uk.org.ncjaa.springboard.evidence.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByEntryIdOrderByNumberDesc(Long entryId);

    Optional<Revision> findByEntryIdAndNumber(Long entryId, int number);

    Optional<Revision> findFirstByEntryIdOrderByNumberDesc(Long entryId);
}
