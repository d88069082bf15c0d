package uk.org.ncjaa.springboard.directory.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.directory.DeliveryModel;
import uk.org.ncjaa.springboard.directory.DirectoryProperties;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;

/**
 * Full-text search over published listings with multi-select facets, by the Evidence Library's
 * rules: each facet is counted with every other facet's choices applied but not its own. Listings
 * not verified for longer than the grace period are left out.
 */
@Service
public class DirectorySearch {

    private final EntityManager entityManager;
    private final TaxonomyApi taxonomy;
    private final DirectoryProperties properties;
    private final Clock clock;

    DirectorySearch(EntityManager entityManager, TaxonomyApi taxonomy, DirectoryProperties properties, Clock clock) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DirectoryResults search(DirectoryQuery query) {
        SearchSession session = Search.session(entityManager);
        Instant hiddenBefore = properties.hiddenBefore(clock);
        Map<DirectoryFacet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(DirectoryFacet.class);
        var search = session.search(Listing.class)
            .select(f -> f.composite()
                .from(f.field("slug", String.class), f.field("name", String.class), f.field("summary", String.class),
                        f.field("towns", String.class).list(), f.field(DirectoryFacet.REGION.field(), String.class).list(),
                        f.field(DirectoryFacet.ART_FORM.field(), String.class).list(),
                        f.field(DirectoryFacet.LIVED_EXPERIENCE.field(), String.class).list(), f.field("verifiedAt", Instant.class))
                .asList(this::hit))
            .where((f, root) -> restrict(f, root, query, null, hiddenBefore))
            .sort(f -> switch (query.sort()) {
                case RELEVANCE -> f.score().then().field("name_sort");
                case NAME -> f.field("name_sort");
                case VERIFIED -> f.field("verifiedAt").desc().then().field("name_sort");
            });
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            if (query.filters().getOrDefault(facet, List.of()).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.field());
                keys.put(facet, key);
                search = search.aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(200));
            }
        }
        SearchResult<DirectoryResults.Hit> result = search.fetch((query.page() - 1) * DirectoryQuery.PAGE_SIZE, DirectoryQuery.PAGE_SIZE);
        Map<DirectoryFacet, Map<String, Long>> counts = new EnumMap<>(DirectoryFacet.class);
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            if (!keys.containsKey(facet)) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.field());
                SearchResult<?> own = session.search(Listing.class)
                    .where((f, root) -> restrict(f, root, query, facet, hiddenBefore))
                    .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(200))
                    .fetch(0);
                counts.put(facet, own.aggregation(key));
            }
        }
        return new DirectoryResults(result.total().hitCount(), result.hits(), facetValues(counts, query), query.page());
    }

    /** Published listings in search per facet value, for the region map and regional pages. */
    @Transactional(readOnly = true)
    public Map<String, Long> countBy(DirectoryFacet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.field());
        Instant hiddenBefore = properties.hiddenBefore(clock);
        return Search.session(entityManager).search(Listing.class)
            .where((f, root) -> restrict(f, root, DirectoryQuery.all(), null, hiddenBefore))
            .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(200))
            .fetch(0).aggregation(key);
    }

    private static void restrict(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root, DirectoryQuery query,
            DirectoryFacet leaveOut, Instant hiddenBefore) {
        root.add(f.match().field("published").matching(true));
        root.add(f.range().field("verifiedAt").atLeast(hiddenBefore));
        if (!query.text().isEmpty()) {
            root.add(f.simpleQueryString().field("name").boost(4f).field("text")
                .matching(query.text()).defaultOperator(BooleanOperator.AND));
        }
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            List<String> chosen = query.filters().getOrDefault(facet, List.of());
            if (facet != leaveOut && !chosen.isEmpty()) {
                root.add(f.terms().field(facet.field()).matchingAny(chosen));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private DirectoryResults.Hit hit(List<?> projected) {
        List<String> regions = ((List<String>) projected.get(4)).stream().map(slug -> label(DirectoryFacet.REGION, slug)).toList();
        List<String> artForms = ((List<String>) projected.get(5)).stream().map(slug -> label(DirectoryFacet.ART_FORM, slug)).toList();
        return new DirectoryResults.Hit((String) projected.get(0), (String) projected.get(1), (String) projected.get(2),
                (List<String>) projected.get(3), regions, artForms, !((List<String>) projected.get(6)).isEmpty(),
                (Instant) projected.get(7));
    }

    /** A facet value in words. */
    public String label(DirectoryFacet facet, String slug) {
        return switch (facet) {
            case DELIVERY_MODEL -> DeliveryModel.fromSlug(slug).map(DeliveryModel::label).orElse(slug);
            case LIVED_EXPERIENCE -> "Led by people with lived experience";
            default -> taxonomy.find(facet.vocabulary(), slug).map(ConceptView::label).orElse(slug);
        };
    }

    private Map<DirectoryFacet, List<DirectoryResults.FacetValue>> facetValues(Map<DirectoryFacet, Map<String, Long>> allCounts,
            DirectoryQuery query) {
        Map<DirectoryFacet, List<DirectoryResults.FacetValue>> facets = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            Map<String, Long> counts = allCounts.getOrDefault(facet, Map.of());
            Map<String, String> labels = new LinkedHashMap<>();
            switch (facet) {
                case DELIVERY_MODEL -> {
                    for (DeliveryModel model : DeliveryModel.values()) {
                        labels.put(model.slug(), model.label());
                    }
                }
                case LIVED_EXPERIENCE -> labels.put(DirectoryFacet.LED, label(facet, DirectoryFacet.LED));
                default -> taxonomy.concepts(facet.vocabulary()).forEach(concept -> labels.put(concept.slug(), concept.label()));
            }
            List<DirectoryResults.FacetValue> values = new ArrayList<>();
            // in the vocabulary's order, then anything tagged with a value no longer in it
            labels.forEach((slug, label) -> {
                long count = counts.getOrDefault(slug, 0L);
                if (count > 0 || query.chosen(facet, slug)) {
                    values.add(new DirectoryResults.FacetValue(slug, label, count, query.chosen(facet, slug)));
                }
            });
            counts.forEach((slug, count) -> {
                if (!labels.containsKey(slug)) {
                    values.add(new DirectoryResults.FacetValue(slug, label(facet, slug), count, query.chosen(facet, slug)));
                }
            });
            facets.put(facet, values);
        }
        return facets;
    }
}
