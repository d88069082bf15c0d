package uk.org.ncjaa.springboard.taxonomy.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.taxonomy.ConceptMerged;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Curators' changes to the vocabularies. */
@Service
@Transactional
public class TaxonomyService {

    private final ConceptRepository concepts;
    private final ApplicationEventPublisher events;

    TaxonomyService(ConceptRepository concepts, ApplicationEventPublisher events) {
        this.concepts = concepts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Concept> all(Vocabulary vocabulary) {
        return concepts.findByVocabularyOrderByRetiredAscPositionAscLabelAsc(vocabulary);
    }

    @Transactional(readOnly = true)
    public Map<Vocabulary, Long> countsInUse() {
        return concepts.countInUseByVocabulary().stream()
            .collect(Collectors.toMap(row -> (Vocabulary) row[0], row -> (Long) row[1]));
    }

    @Transactional(readOnly = true)
    public Concept get(long id) {
        return concepts.findById(id).orElseThrow(() -> new ConceptNotFoundException(id));
    }

    public Concept add(Vocabulary vocabulary, ConceptDetails details) {
        String slug = Slugs.of(details.label());
        if (slug.isEmpty() || concepts.existsByVocabularyAndSlug(vocabulary, slug)) {
            throw new DuplicateLabelException(details.label());
        }
        checkLabelFree(vocabulary, details.label(), null);
        Concept concept = new Concept(vocabulary, details.label(), concepts.maxPosition(vocabulary) + 1);
        concept.describe(details.label(), details.alternativeLabels(), parent(vocabulary, details.parentSlug()),
                details.extra());
        concept.labelInWelsh(details.welshLabel());
        changed(vocabulary);
        return concepts.save(concept);
    }

    public Concept update(long id, ConceptDetails details) {
        Concept concept = get(id);
        checkLabelFree(concept.vocabulary(), details.label(), concept.id());
        concept.describe(details.label(), details.alternativeLabels(), parent(concept.vocabulary(), details.parentSlug()),
                details.extra());
        concept.labelInWelsh(details.welshLabel());
        changed(concept.vocabulary());
        return concept;
    }

    public void retire(long id) {
        Concept concept = get(id);
        concept.retire();
        changed(concept.vocabulary());
    }

    public void reinstate(long id) {
        Concept concept = get(id);
        concept.reinstate();
        changed(concept.vocabulary());
    }

    public void merge(long id, long targetId) {
        Concept concept = get(id);
        Concept target = get(targetId);
        concept.mergeInto(target);
        changed(concept.vocabulary());
        events.publishEvent(new ConceptMerged(concept.vocabulary(), concept.slug(), target.slug()));
    }

    /** Readers keep the vocabularies in memory: they drop them once this change is committed. */
    private void changed(Vocabulary vocabulary) {
        events.publishEvent(new VocabularyChanged(vocabulary));
    }

    private void checkLabelFree(Vocabulary vocabulary, String label, Long self) {
        boolean taken = concepts.findByLabelOrSynonym(vocabulary.name(), label.strip()).stream()
            .anyMatch(other -> !Objects.equals(other.id(), self) && other.label().equalsIgnoreCase(label.strip()));
        if (taken) {
            throw new DuplicateLabelException(label);
        }
    }

    private Concept parent(Vocabulary vocabulary, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return concepts.findByVocabularyAndSlug(vocabulary, slug)
            .orElseThrow(() -> new IllegalArgumentException("Unknown parent " + slug));
    }

    /**
     * What a curator can say about a concept.
     *
     * @param welshLabel the label on Welsh pages, or null or blank for none (they then show the English one)
     */
    public record ConceptDetails(String label, List<String> alternativeLabels, String parentSlug, String extra, String welshLabel) {

        /** Without a Welsh label. */
        public ConceptDetails(String label, List<String> alternativeLabels, String parentSlug, String extra) {
            this(label, alternativeLabels, parentSlug, extra, null);
        }
    }

}
