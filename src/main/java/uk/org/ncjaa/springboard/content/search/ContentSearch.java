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
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
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
        // counts by kind over every kind, so that choosing one still shows how many the others hold
        SearchResult<Hit> result = session.search(ContentItem.class)
            .select(f -> f.composite()
                .from(f.field("kind", ContentKind.class), f.field("slug", String.class), f.field("title", String.class),
                        f.field("standfirst", String.class), f.field("publishedAt", Instant.class), f.highlight("title"),
                        f.highlight("standfirst"), f.highlight("bodyText"))
                .asList(ContentSearch::hit))
            .where((f, root) -> matching(f, root, query, kinds))
            .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1)
                .fragmentSize(200))
            .aggregation(byKind, f -> f.terms().field("kind", ContentKind.class))
            .fetch(Math.max(0, (page - 1) * size), size);
        Map<ContentKind, Long> counts = new EnumMap<>(ContentKind.class);
        if (kinds.isEmpty()) {
            counts.putAll(result.aggregation(byKind));
        }
        else {
            counts.putAll(session.search(ContentItem.class)
                .where((f, root) -> matching(f, root, query, List.of()))
                .aggregation(byKind, f -> f.terms().field("kind", ContentKind.class))
                .fetch(0).aggregation(byKind));
        }
        return new Found(result.total().hitCount(), counts, result.hits());
    }

    private static void matching(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root, String query,
            Collection<ContentKind> kinds) {
        root.add(f.match().field("status").matching(ContentStatus.PUBLISHED));
        if (!kinds.isEmpty()) {
            root.add(f.terms().field("kind").matchingAny(kinds));
        }
        root.add(f.simpleQueryString().fields(FIELDS).field("title").boost(3)
            .matching(query)
            .defaultOperator(BooleanOperator.AND)
            .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                    SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE));
    }

    private static Hit hit(List<?> values) {
        ContentKind kind = (ContentKind) values.get(0);
        String slug = (String) values.get(1);
        String title = (String) values.get(2);
        String standfirst = (String) values.get(3);
        Instant publishedAt = (Instant) values.get(4);
        String titleHtml = first(values.get(5)) == null ? HtmlUtils.htmlEscape(title) : first(values.get(5));
        String snippet = first(values.get(7));
        if (snippet == null) {
            snippet = first(values.get(6));
        }
        if (snippet == null) {
            snippet = HtmlUtils.htmlEscape(standfirst == null ? "" : standfirst);
        }
        return new Hit(kind, title, titleHtml, snippet, ContentItem.href(kind, slug, publishedAt), publishedAt);
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? (String) list.get(0) : null;
    }

    /** A page of hits, how many in all, and how many of each kind (whatever kinds were asked for). */
    public record Found(long total, Map<ContentKind, Long> counts, List<Hit> hits) {
    }

    /** A hit: the title and snippet are HTML, escaped but for the highlighting marks. */
    public record Hit(ContentKind kind, String title, String titleHtml, String snippetHtml, String href, Instant publishedAt) {
    }
}
