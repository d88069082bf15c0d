package uk.org.ncjaa.springboard.taxonomy;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.shared.Nodes;
import uk.org.ncjaa.springboard.taxonomy.domain.Concept;
import uk.org.ncjaa.springboard.taxonomy.domain.ConceptRepository;
import uk.org.ncjaa.springboard.taxonomy.domain.VocabularyChanged;

/** Read access to the vocabularies for other modules. */
@Service
public class TaxonomyApi implements Nodes.Listener {

    private static final String TOPIC = "taxonomy";

    private final ConceptRepository concepts;
    private final Nodes nodes;

    /**
     * Every search and entry page reads the vocabularies, which change rarely: they are kept in
     * memory, dropped when an editor changes one on this node or another node says it changed one,
     * and after a minute in any case (bounding what a missed message could leave behind).
     */
    private final Cache<Vocabulary, Snapshot> snapshots = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build();

    private record Snapshot(List<ConceptView> inUse, Map<String, ConceptView> bySlug) {
    }

    private final TransactionTemplate readOnly;

    TaxonomyApi(ConceptRepository concepts, PlatformTransactionManager transactions, Nodes nodes) {
        this.concepts = concepts;
        this.nodes = nodes;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The concepts in use, in the curators' order. */
    public List<ConceptView> concepts(Vocabulary vocabulary) {
        return snapshot(vocabulary).inUse();
    }

    /** The concepts in use, slug to label in the vocabulary's order: what a drop-down offers. */
    public java.util.Map<String, String> labels(Vocabulary vocabulary) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (ConceptView concept : concepts(vocabulary)) {
            labels.put(concept.slug(), concept.label());
        }
        return labels;
    }

    /**
     * As {@link #labels(Vocabulary)}, in the current page's language: a concept's Welsh label on a Welsh
     * page where it has one, its English label otherwise.
     */
    public java.util.Map<String, String> localLabels(Vocabulary vocabulary) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (ConceptView concept : concepts(vocabulary)) {
            labels.put(concept.slug(), concept.localLabel());
        }
        return labels;
    }

    /** A concept's label in the current page's language by its slug (retired ones included), or the slug itself if unknown. */
    public String localLabel(Vocabulary vocabulary, String slug) {
        return find(vocabulary, slug).map(ConceptView::localLabel).orElse(slug);
    }

    /** Any concept of the vocabulary by its slug, retired or merged ones included. */
    public Optional<ConceptView> find(Vocabulary vocabulary, String slug) {
        return Optional.ofNullable(snapshot(vocabulary).bySlug().get(slug));
    }

    /** An editor's change, once committed (or at once, outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(VocabularyChanged event) {
        snapshots.invalidate(event.vocabulary());
    }

    /** The other nodes drop it too, once the change commits: told inside its transaction. */
    @EventListener
    void tellOthers(VocabularyChanged event) {
        nodes.tell(TOPIC, event.vocabulary().name());
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Another node changed this vocabulary. */
    @Override
    public void heard(String message) {
        Arrays.stream(Vocabulary.values()).filter(v -> v.name().equals(message)).findFirst()
            .ifPresentOrElse(snapshots::invalidate, snapshots::invalidateAll);
    }

    @Override
    public void missed() {
        snapshots.invalidateAll();
    }

    private Snapshot snapshot(Vocabulary vocabulary) {
        // a transaction only when the database is read: searches ask for vocabularies many times a request
        return snapshots.get(vocabulary, v -> readOnly.execute(status -> {
            List<Concept> all = concepts.findByVocabularyOrderByRetiredAscPositionAscLabelAsc(v);
            Map<String, ConceptView> bySlug = new HashMap<>();
            all.forEach(concept -> bySlug.put(concept.slug(), concept.view()));
            List<ConceptView> inUse = all.stream().filter(concept -> !concept.retired()).map(concept -> bySlug.get(concept.slug())).toList();
            return new Snapshot(inUse, Map.copyOf(bySlug));
        }));
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
    @Transactional(readOnly = true)
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
