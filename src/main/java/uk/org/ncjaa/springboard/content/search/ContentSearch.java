package uk.org.ncjaa.springboard.content.search;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentStatus;

/**
 * Full-text search over published content with Hibernate Search: English stemming, phrases in
 * quotes, {@code -word} to leave out, and highlighted snippets. The query syntax is Lucene's simple
 * one, which reads any text without failing: a stray quote or operator is taken as a word.
 */
@Service
@Transactional(readOnly = true)
public class ContentSearch {

    public static final int MAX_TEXT = 500;

    private static final String[] FIELDS = { "title", "standfirst", "bodyText", "authors", "organisation", "outcomes", "location" };

    private static final java.util.Set<SimpleQueryFlag> FLAGS = java.util.EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);

    private final EntityManager entityManager;

    ContentSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of what matches {@code text}, among {@code kinds} (all when empty), with counts by kind. */
    public Found search(String text, Collection<ContentKind> kinds, int page, int size) {
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            words = words.substring(0, MAX_TEXT);
        }
        if (words.isEmpty()) {
            return new Found(0, Map.of(), List.of());
        }
        String query = words;
        SearchSession session = Search.session(entityManager);
        AggregationKey<Map<ContentKind, Long>> byKind = AggregationKey.of("kind");
        // the page's ids: ranked on the one field holding everything, and once a thousand have been
        // counted, Lucene may skip the items that could not reach the page
        SearchResult<Long> found = session.search(ContentItem.class)
            .select(f -> f.id(Long.class))
            .where(f -> matching(f, query, kinds))
            .totalHitCountThreshold(1000)
            .fetch(Math.max(0, (page - 1) * size), size);
        // the counts by kind (over every kind, so that choosing one still shows what the others hold),
        // and so the total: the same match as a filter, which only counts and never scores
        Map<ContentKind, Long> counts = new EnumMap<>(ContentKind.class);
        counts.putAll(session.search(ContentItem.class)
            .where(f -> f.bool().filter(matching(f, query, List.of())))
            .aggregation(byKind, f -> f.terms().field("kind", ContentKind.class))
            .fetch(0).aggregation(byKind));
        long total = counts.entrySet().stream().filter(e -> kinds.isEmpty() || kinds.contains(e.getKey())).mapToLong(Map.Entry::getValue)
            .sum();
        return new Found(total, counts, hits(session, query, found.hits()));
    }

    /**
     * Then the page's few items with their snippets, marked by the fast-vector highlighter from the
     * query on each field: asked of those items alone, it costs next to nothing.
     */
    private static List<Hit> hits(SearchSession session, String query, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = session.search(ContentItem.class)
            .select(f -> f.composite()
                .from(f.id(Long.class), f.field("kind", ContentKind.class), f.field("slug", String.class), f.field("title", String.class),
                        f.field("standfirst", String.class), f.field("publishedAt", Instant.class), f.highlight("title"),
                        f.highlight("standfirst"), f.highlight("bodyText"))
                .asList(ContentSearch::hit))
            .where(f -> f.bool().must(f.id().matchingAny(ids)).should(fields(f, query)))
            .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1)
                .fragmentSize(200))
            .fetchHits(ids.size());
        Map<Long, Hit> byId = new java.util.HashMap<>();
        hits.forEach(hit -> byId.put(hit.id(), hit));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep matching(SearchPredicateFactory f, String query,
            Collection<ContentKind> kinds) {
        var match = f.bool().must(f.match().field("status").matching(ContentStatus.PUBLISHED));
        if (!kinds.isEmpty()) {
            match = match.must(f.terms().field("kind").matchingAny(kinds));
        }
        // a match in the title counts three times, as before the fields were one
        return match.must(f.bool().must(words(f, query, "everything")).should(words(f, query, "title").boost(3)));
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep fields(SearchPredicateFactory f, String query) {
        return f.simpleQueryString().fields(FIELDS).matching(query).defaultOperator(BooleanOperator.AND).flags(FLAGS);
    }

    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f,
            String query, String field) {
        return f.simpleQueryString().field(field).matching(query).defaultOperator(BooleanOperator.AND).flags(FLAGS);
    }

    private static Hit hit(List<?> values) {
        long id = (Long) values.get(0);
        ContentKind kind = (ContentKind) values.get(1);
        String slug = (String) values.get(2);
        String title = (String) values.get(3);
        String standfirst = (String) values.get(4);
        Instant publishedAt = (Instant) values.get(5);
        String titleHtml = first(values.get(6)) == null ? HtmlUtils.htmlEscape(title) : first(values.get(6));
        String snippet = first(values.get(8));
        if (snippet == null) {
            snippet = first(values.get(7));
        }
        if (snippet == null) {
            snippet = HtmlUtils.htmlEscape(standfirst == null ? "" : standfirst);
        }
        return new Hit(id, kind, title, titleHtml, snippet, ContentItem.href(kind, slug, publishedAt), publishedAt);
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? (String) list.get(0) : null;
    }

    /** A page of hits, how many in all, and how many of each kind (whatever kinds were asked for). */
    public record Found(long total, Map<ContentKind, Long> counts, List<Hit> hits) {
    }

    /** A hit: the title and snippet are HTML, escaped but for the highlighting marks. */
    public record Hit(long id, ContentKind kind, String title, String titleHtml, String snippetHtml, String href, Instant publishedAt) {
    }
}
