package uk.org.ncjaa.springboard.evidence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Builds the evidence-and-gap map for the entries a search selects. */
@Service
public class EvidenceMap {

    private final EntityManager entityManager;
    private final TaxonomyApi taxonomy;

    EvidenceMap(EntityManager entityManager, TaxonomyApi taxonomy) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
    }

    @Transactional(readOnly = true)
    public GapMap map(EvidenceQuery query, GapMap.Axis axis) {
        SearchSession session = Search.session(entityManager);
        Widening text = Widening.of(query, taxonomy::concepts);
        AggregationKey<Map<String, Long>> pairs = AggregationKey.of("pairs");
        SearchResult<?> all = session.search(EvidenceEntry.class)
            .where((f, root) -> EvidenceSearch.restrict(f, root, query, text, null))
            .aggregation(pairs, f -> f.terms().field(axis.field(), String.class).maxTermCount(10_000))
            .fetch(0);
        SearchResult<?> robust = session.search(EvidenceEntry.class)
            .where((f, root) -> {
                EvidenceSearch.restrict(f, root, query, text, null);
                root.add(f.range().field("strengthLevel").atLeast(GapMap.ROBUST_LEVEL));
            })
            .aggregation(pairs, f -> f.terms().field(axis.field(), String.class).maxTermCount(10_000))
            .fetch(0);
        Map<String, Long> counts = all.aggregation(pairs);
        Map<String, Long> robustCounts = robust.aggregation(pairs);

        List<ConceptView> columns = taxonomy.concepts(axis.vocabulary());
        List<GapMap.Row> rows = new ArrayList<>();
        for (ConceptView outcome : taxonomy.concepts(Vocabulary.OUTCOME)) {
            List<GapMap.Cell> cells = new ArrayList<>();
            for (ConceptView column : columns) {
                String key = outcome.slug() + "|" + column.slug();
                cells.add(new GapMap.Cell(column.slug(), counts.getOrDefault(key, 0L), robustCounts.getOrDefault(key, 0L)));
            }
            rows.add(new GapMap.Row(outcome, outcome.parentSlug() == null, cells));
        }
        return new GapMap(axis, columns, rows, all.total().hitCount());
    }
}
