package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.taxonomy.domain.Concept;
import uk.org.ncjaa.springboard.taxonomy.domain.ConceptRepository;

/** Read access to the vocabularies for other modules. */
@Service
@Transactional(readOnly = true)
public class TaxonomyApi {

    private final ConceptRepository concepts;

    TaxonomyApi(ConceptRepository concepts) {
        this.concepts = concepts;
    }

    /** The concepts in use, in the curators' order. */
    public List<ConceptView> concepts(Vocabulary vocabulary) {
        return concepts.findByVocabularyAndRetiredFalseOrderByPositionAscLabelAsc(vocabulary).stream()
            .map(Concept::view)
            .toList();
    }

    public Optional<ConceptView> find(Vocabulary vocabulary, String slug) {
        return concepts.findByVocabularyAndSlug(vocabulary, slug).map(Concept::view);
    }

    /**
     * The concepts a piece of catalogue text mentions, through labels and synonyms, with the parts
     * that match nothing kept for a curator. Retired concepts are not used.
     */
    public Tagging tag(Vocabulary vocabulary, String text) {
        return tagger(vocabulary).tag(text);
    }

    /** A tagger over the vocabulary as it is now, for tagging many records in one go. */
    public Tagger tagger(Vocabulary vocabulary) {
        return new uk.org.ncjaa.springboard.taxonomy.domain.FreeTextMatcher(concepts(vocabulary))::match;
    }

    /**
     * The concept a free-text label stands for, matching preferred and alternative labels without
     * regard to case; a merged concept answers with the concept it was merged into.
     */
    public Optional<ConceptView> match(Vocabulary vocabulary, String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return concepts.findByLabelOrSynonym(vocabulary.name(), label.strip()).stream()
            .findFirst()
            .map(concept -> concept.mergedInto() != null ? concept.mergedInto() : concept)
            .map(Concept::view);
    }
}
