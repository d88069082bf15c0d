package uk.org.ncjaa.springboard.evidence.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;

/**
 * Full-text search over published entries with multi-select facets: each facet's counts are
 * computed with every other facet's choices applied but not its own, so people can widen a
 * choice as easily as narrow it.
 */
@Service
public class EvidenceSearch {

    static final int ORGANISATIONS_SHOWN = 30;

    private final EntityManager entityManager;
    private final TaxonomyApi taxonomy;
    private final TransactionTemplate readOnly;
    private volatile Optional<LuceneSearch> lucene;

    EvidenceSearch(EntityManager entityManager, TaxonomyApi taxonomy, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public EvidenceResults search(EvidenceQuery query) {
        Optional<LuceneSearch> direct = lucene();
        if (direct.isPresent()) {
            Widening widening = widening(query);
            LuceneSearch.Found found = direct.get().search(query, widening);
            return new EvidenceResults(found.total(), found.hits(), facetValues(found.counts(), query), query.page(),
                    query.pageSize(), widening.words());
        }
        return searchInSession(query);
    }

    /** The words of a search with each that names a concept widened to the concept's other labels and tag. */
    Widening widening(EvidenceQuery query) {
        return Widening.of(query, taxonomy::concepts);
    }

    private Optional<LuceneSearch> lucene() {
        Optional<LuceneSearch> direct = lucene;
        if (direct == null) {
            direct = LuceneSearch.of(Search.mapping(entityManager.getEntityManagerFactory()));
            lucene = direct;
        }
        return direct;
    }

    /** The same search through Hibernate Search's own query language, for backends other than a local Lucene index. */
    EvidenceResults searchInSession(EvidenceQuery query) {
        return readOnly.execute(status -> searchWithDsl(query));
    }

    private EvidenceResults searchWithDsl(EvidenceQuery query) {
        Widening text = widening(query);
        SearchSession session = Search.session(entityManager);
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var search = session.search(EvidenceEntry.class)
            // everything a result shows comes from the index: a page of results reads nothing from the database
            .select(f -> {
                List<org.hibernate.search.engine.search.projection.SearchProjection<?>> projected = new ArrayList<>(List.of(
                        f.field("slug", String.class).toProjection(), f.field("title", String.class).toProjection(),
                        f.field("publicationYear", Integer.class).toProjection(), f.field("contributorNames", String.class).toProjection(),
                        f.field("strengthLevel", Integer.class).toProjection(), f.field("authors", String.class).list().toProjection(),
                        f.field("publisher", String.class).toProjection(), f.field("design", String.class).toProjection(),
                        f.highlight("title").toProjection()));
                LuceneSearch.SNIPPET_FIELDS.forEach(field -> projected.add(f.highlight(field).toProjection()));
                return f.composite()
                    .from(projected.toArray(org.hibernate.search.engine.search.projection.SearchProjection<?>[]::new))
                    .asList(EvidenceSearch::hit);
            })
            .where((f, root) -> restrict(f, root, query, text, null))
            // the plain highlighter: the unified one cannot bound fragment sizes on Lucene
            .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                .numberOfFragments(1).fragmentSize(220))
            .sort(f -> order(f, query.sort()));
        // a facet with nothing chosen is counted over the results themselves
        for (Facet facet : Facet.values()) {
            if (query.filters().getOrDefault(facet, List.of()).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.field());
                keys.put(facet, key);
                search = search.aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(500));
            }
        }
        SearchResult<EvidenceResults.Hit> result = search.fetch((query.page() - 1) * query.pageSize(), query.pageSize());
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        // a facet with choices is counted without them, so people can widen a choice as easily as narrow it
        for (Facet facet : Facet.values()) {
            if (!keys.containsKey(facet)) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.field());
                SearchResult<?> own = session.search(EvidenceEntry.class)
                    .where((f, root) -> restrict(f, root, query, text, facet))
                    .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(500))
                    .fetch(0);
                counts.put(facet, own.aggregation(key));
            }
        }
        return new EvidenceResults(result.total().hitCount(), result.hits(), facetValues(counts, query), query.page(),
                query.pageSize(), text.words());
    }

    /** The slugs of everything a search finds, best first, up to {@code limit}: for exports and feeds. */
    @Transactional(readOnly = true)
    public List<String> slugs(EvidenceQuery query, int limit) {
        Widening text = widening(query);
        return Search.session(entityManager).search(EvidenceEntry.class)
            .select(f -> f.field("slug", String.class))
            .where((f, root) -> restrict(f, root, query, text, null))
            .sort(f -> order(f, query.sort()))
            .fetchHits(limit);
    }

    /**
     * A corrected search when some words of {@code text} appear nowhere in the library but a close
     * spelling does ("musc theatre" becomes "music theatre"); empty when there is nothing to offer.
     */
    public java.util.Optional<String> suggestion(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher split = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+").matcher(text);
        List<String> pieces = new ArrayList<>();
        java.util.Set<String> checked = new java.util.LinkedHashSet<>();
        while (split.find()) {
            String piece = split.group();
            pieces.add(piece);
            if (checkable(piece)) {
                checked.add(piece.toLowerCase(java.util.Locale.ROOT));
            }
        }
        try {
            Map<String, String> close = checked.isEmpty() ? Map.of() : corrections(checked);
            StringBuilder corrected = new StringBuilder();
            boolean changed = false;
            for (String piece : pieces) {
                String better = checkable(piece) ? close.get(piece.toLowerCase(java.util.Locale.ROOT)) : null;
                corrected.append(better == null ? piece : better);
                changed |= better != null;
            }
            return changed ? java.util.Optional.of(corrected.toString()) : java.util.Optional.empty();
        }
        catch (java.io.IOException | RuntimeException ex) {
            org.slf4j.LoggerFactory.getLogger(EvidenceSearch.class).debug("No spelling suggestions", ex);
            // suggestions are a help, never a reason to fail a search
            return java.util.Optional.empty();
        }
    }

    private static boolean checkable(String word) {
        return word.length() >= 3 && Character.isLetter(word.charAt(0));
    }

    /** For each lower-case word found nowhere in the "spell" field, the closest word that is there, if any. */
    private Map<String, String> corrections(java.util.Collection<String> words) throws java.io.IOException {
        var mapping = Search.mapping(entityManager.getEntityManagerFactory());
        if (mapping.backend() instanceof org.hibernate.search.backend.elasticsearch.ElasticsearchBackend) {
            return readOnly.execute(status -> sharedCorrections(words));
        }
        Map<String, String> close = new java.util.HashMap<>();
        try (org.apache.lucene.index.IndexReader index = mapping.scope(EvidenceEntry.class)
            .extension(org.hibernate.search.backend.lucene.LuceneExtension.get()).openIndexReader()) {
            org.apache.lucene.search.spell.DirectSpellChecker checker = new org.apache.lucene.search.spell.DirectSpellChecker();
            for (String word : words) {
                org.apache.lucene.index.Term term = new org.apache.lucene.index.Term("spell", word);
                if (index.docFreq(term) == 0) {
                    org.apache.lucene.search.spell.SuggestWord[] found = checker.suggestSimilar(term, 1, index,
                            org.apache.lucene.search.spell.SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (found.length > 0) {
                        close.put(word, found[0].string);
                    }
                }
            }
        }
        return close;
    }

    /**
     * The same through the server's term suggester, one per word in a single request. Its defaults
     * (edit distance, prefix, accuracy, shortest word, ranking) are those of Lucene's
     * DirectSpellChecker, which it runs; "missing" offers nothing for a word the index holds.
     */
    private Map<String, String> sharedCorrections(java.util.Collection<String> words) {
        List<String> asked = List.copyOf(words);
        com.google.gson.JsonObject suggest = new com.google.gson.JsonObject();
        for (int i = 0; i < asked.size(); i++) {
            com.google.gson.JsonObject term = new com.google.gson.JsonObject();
            term.addProperty("field", "spell");
            term.addProperty("suggest_mode", "missing");
            term.addProperty("size", 1);
            com.google.gson.JsonObject one = new com.google.gson.JsonObject();
            one.addProperty("text", asked.get(i));
            one.add("term", term);
            suggest.add("w" + i, one);
        }
        com.google.gson.JsonObject response = Search.session(entityManager).search(EvidenceEntry.class)
            .extension(org.hibernate.search.backend.elasticsearch.ElasticsearchExtension.get())
            .where(f -> f.matchNone())
            .requestTransformer(request -> request.body().add("suggest", suggest))
            .fetch(0)
            .responseBody();
        Map<String, String> close = new java.util.HashMap<>();
        com.google.gson.JsonObject found = response.getAsJsonObject("suggest");
        for (int i = 0; found != null && i < asked.size(); i++) {
            // one entry per token of the text: a word is one token of the "spell" analyser
            for (com.google.gson.JsonElement token : found.getAsJsonArray("w" + i)) {
                com.google.gson.JsonArray options = token.getAsJsonObject().getAsJsonArray("options");
                if (options != null && !options.isEmpty()) {
                    close.put(asked.get(i), options.get(0).getAsJsonObject().get("text").getAsString());
                }
            }
        }
        return close;
    }

    static org.hibernate.search.engine.search.sort.dsl.SortFinalStep order(
            org.hibernate.search.engine.search.sort.dsl.SearchSortFactory f, EvidenceQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field("publicationYear").desc().missing().last();
            case NEWEST -> f.field("publicationYear").desc().missing().last().then().field("title_sort");
            case OLDEST -> f.field("publicationYear").asc().missing().last().then().field("title_sort");
            case STRENGTH -> f.field("strengthLevel").desc().missing().last().then().score();
            case TITLE -> f.field("title_sort");
            case PUBLISHED -> f.field("publishedAt").desc().missing().last().then().field("title_sort");
        };
    }

    static void restrict(org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root, EvidenceQuery query,
            Widening text, Facet leaveOut) {
        root.add(f.match().field("status").matching(EvidenceStatus.PUBLISHED));
        if (!text.text().isEmpty()) {
            root.add(text(f, text));
        }
        for (Facet facet : Facet.values()) {
            List<String> chosen = query.filters().getOrDefault(facet, List.of());
            if (facet != leaveOut && !chosen.isEmpty()) {
                root.add(f.terms().field(facet.field()).matchingAny(chosen));
            }
        }
        if (query.yearFrom() != null || query.yearTo() != null) {
            root.add(f.range().field("publicationYear").between(query.yearFrom(), query.yearTo()));
        }
    }

    private Map<Facet, List<EvidenceResults.FacetValue>> facetValues(Map<Facet, Map<String, Long>> allCounts, EvidenceQuery query) {
        Map<Facet, List<EvidenceResults.FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = allCounts.getOrDefault(facet, Map.of());
            Map<String, String> labels = new LinkedHashMap<>();
            if (facet == Facet.STRENGTH) {
                for (int level = 5; level >= 1; level--) {
                    labels.put(String.valueOf(level), "Level " + level);
                }
                labels.put("unrated", "No level (qualitative or not yet rated)");
            }
            else if (facet == Facet.ORGANISATION) {
                // the organisations most credited in these results, and any already chosen
                counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(ORGANISATIONS_SHOWN)
                    .forEach(count -> labels.put(count.getKey(), count.getKey()));
                query.filters().getOrDefault(facet, List.of()).forEach(chosen -> labels.putIfAbsent(chosen, chosen));
            }
            else {
                for (ConceptView concept : taxonomy.concepts(facet.vocabulary())) {
                    labels.put(concept.slug(), concept.label());
                }
            }
            List<EvidenceResults.FacetValue> values = new ArrayList<>();
            // in the curators' order, then anything tagged with a retired concept
            labels.forEach((slug, label) -> {
                long count = counts.getOrDefault(slug, 0L);
                if (count > 0 || query.chosen(facet, slug)) {
                    values.add(new EvidenceResults.FacetValue(slug, label, count, query.chosen(facet, slug)));
                }
            });
            if (facet.vocabulary() != null) {
                counts.forEach((slug, count) -> {
                    if (!labels.containsKey(slug)) {
                        values.add(new EvidenceResults.FacetValue(slug, taxonomy.find(facet.vocabulary(), slug)
                            .map(ConceptView::label).orElse(slug), count, query.chosen(facet, slug)));
                    }
                });
            }
            facets.put(facet, values);
        }
        return facets;
    }

    private static SearchPredicate text(org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, Widening text) {
        return SearchText.build(text, new SearchText.Builder<SearchPredicate>() {

            @Override
            public SearchPredicate leaf(String written, Map<String, Float> fields) {
                var each = fields.entrySet().iterator();
                Map.Entry<String, Float> first = each.next();
                var matching = f.simpleQueryString().field(first.getKey()).boost(first.getValue());
                while (each.hasNext()) {
                    Map.Entry<String, Float> field = each.next();
                    matching = matching.field(field.getKey()).boost(field.getValue());
                }
                // the same operators as the Lucene path: no ~, whose fuzzy and near forms the parser could not build from every input
                return matching.matching(written).defaultOperator(BooleanOperator.AND)
                    .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
                            SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE)
                    .toPredicate();
            }

            @Override
            public SearchPredicate all() {
                return f.matchAll().toPredicate();
            }

            @Override
            public SearchPredicate none() {
                return f.matchNone().toPredicate();
            }

            @Override
            public SearchPredicate bool(List<SearchPredicate> must, List<SearchPredicate> should, List<SearchPredicate> mustNot) {
                var bool = f.bool();
                must.forEach(bool::must);
                should.forEach(bool::should);
                mustNot.forEach(bool::mustNot);
                return bool.toPredicate();
            }
        }, true);
    }

    @SuppressWarnings("unchecked")
    private static EvidenceResults.Hit hit(List<?> projected) {
        List<String> title = (List<String>) projected.get(8);
        // the first field, in the Lucene path's order, holding a searched word; of a file, only its opening is marked
        String snippet = null;
        boolean welsh = false;
        for (int i = 0; i < LuceneSearch.SNIPPET_FIELDS.size() && snippet == null; i++) {
            List<String> marked = (List<String>) projected.get(9 + i);
            snippet = marked.isEmpty() ? null : marked.get(0);
            welsh = snippet != null && LuceneSearch.SNIPPET_FIELDS.get(i).equals(SearchText.WELSH_SUMMARY);
        }
        return new EvidenceResults.Hit((String) projected.get(0), (String) projected.get(1), title.isEmpty() ? null : title.get(0),
                snippet, (Integer) projected.get(2), (String) projected.get(3), (Integer) projected.get(4),
                (List<String>) projected.get(5), (String) projected.get(6), (String) projected.get(7), welsh);
    }

}
