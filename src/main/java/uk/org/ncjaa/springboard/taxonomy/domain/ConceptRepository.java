package uk.org.ncjaa.springboard.taxonomy.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

public interface ConceptRepository extends JpaRepository<Concept, Long> {

    List<Concept> findByVocabularyAndRetiredFalseOrderByPositionAscLabelAsc(Vocabulary vocabulary);

    List<Concept> findByVocabularyOrderByRetiredAscPositionAscLabelAsc(Vocabulary vocabulary);

    Optional<Concept> findByVocabularyAndSlug(Vocabulary vocabulary, String slug);

    boolean existsByVocabularyAndSlug(Vocabulary vocabulary, String slug);

    @Query(value = """
            select * from concept c
            where c.vocabulary = :vocabulary
              and (lower(c.label) = lower(:label)
                   or exists (select 1 from unnest(c.alt_labels) a where lower(a) = lower(:label)))
            order by c.retired, c.id""", nativeQuery = true)
    List<Concept> findByLabelOrSynonym(String vocabulary, String label);

    @Query("select coalesce(max(c.position), 0) from Concept c where c.vocabulary = :vocabulary")
    int maxPosition(Vocabulary vocabulary);

    @Query("select c.vocabulary, count(c) from Concept c where c.retired = false group by c.vocabulary")
    List<Object[]> countInUseByVocabulary();
}
