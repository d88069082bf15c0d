package uk.org.ncjaa.springboard.evidence.toolkit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

public interface ToolkitSummaryRepository extends JpaRepository<ToolkitSummary, Long> {

    Optional<ToolkitSummary> findByVocabularyAndConceptSlug(Vocabulary vocabulary, String conceptSlug);

    List<ToolkitSummary> findByVocabulary(Vocabulary vocabulary);
}
