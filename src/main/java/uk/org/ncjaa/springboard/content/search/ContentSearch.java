package uk.org.ncjaa.springboard.content.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import uk.org.ncjaa.springboard.shared.text.WelshText;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.shared.i18n.Bilingual;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentStatus;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.text.EnglishText;

/**
 * Full-text search over published content with Hibernate Search: English stemming, phrases in
 * quotes, {@code -word} to leave out, and highlighted snippets. The query syntax is Lucene's simple
 * one, which reads any text without failing: a stray quote or operator is taken as a word.
 */
@Service
@Transactional(readOnly = true)
public class ContentSearch {

    public static final int MAX_TEXT = 500;

    /** The fields snippets are marked in, each weighing the same. */
    private static final Map<String, Float> MARKED = Map.of("title", 1f, "standfirst", 1f, "bodyText", 1f);
    /** The same, for the Welsh version, read the Welsh way. */
    private static final Map<String, Float> MARKED_CY = Map.of("titleCy", 1f, "standfirstCy", 1f, "bodyTextCy", 1f);
    private static final int FRAGMENT = 200;
    private static final String OPEN = "\u0001";
    private static final String CLOSE = "\u0002";

    private static final java.util.Set<SimpleQueryFlag> FLAGS = java.util.EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);

    private final EntityManager entityManager;

    ContentSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of what matches {@code text}, among {@code kinds} (all when empty), with counts by kind. */
    public Found search(String text, Collection<ContentKind> kinds, int page, int size) {
        // from a Welsh page, the editors' Welsh versions are searched too, and shown where an item has one
        boolean welsh = Languages.welsh(LocaleContextHolder.getLocale());
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            words = words.substring(0, MAX_TEXT);
        }
        words = uk.org.ncjaa.springboard.shared.text.SearchWords.limit(words);
        if (words.isEmpty()) {
            return new Found(0, Map.of(), List.of());
        }
        String query = words;
        SearchSession session = Search.session(entityManager);
        AggregationKey<Map<ContentKind, Long>> byKind = AggregationKey.of("kind");
        int offset = Math.max(0, (page - 1) * size);
        // the counts by kind are over every kind, so that choosing one still shows what the others hold
        Map<ContentKind, Long> counts = new EnumMap<>(ContentKind.class);
        List<Stored> found;
        if (kinds.isEmpty()) {
            // one pass ranks the page and counts every match by kind
            SearchResult<Stored> result = session.search(ContentItem.class)
                .select(ContentSearch::storedFields)
                .where(f -> matching(f, query, kinds, welsh))
                .aggregation(byKind, f -> f.terms().field("kind", ContentKind.class))
                .fetch(offset, size);
            found = result.hits();
            counts.putAll(result.aggregation(byKind));
        }
        else {
            // the page of the kinds chosen: once a thousand have been counted, Lucene may skip the items
            // that could not reach it; then the counts, the same match as a filter that never scores
            found = session.search(ContentItem.class)
                .select(ContentSearch::storedFields)
                .where(f -> matching(f, query, kinds, welsh))
                .totalHitCountThreshold(1000)
                .fetchHits(offset, size);
            counts.putAll(session.search(ContentItem.class)
                .where(f -> f.bool().filter(matching(f, query, List.of(), welsh)))
                .aggregation(byKind, f -> f.terms().field("kind", ContentKind.class))
                .fetch(0).aggregation(byKind));
        }
        long total = counts.entrySet().stream().filter(e -> kinds.isEmpty() || kinds.contains(e.getKey())).mapToLong(Map.Entry::getValue)
            .sum();
        Query marked = marks(query, EnglishText.analyzer(), MARKED);
        Query markedCy = welsh ? marks(query, WelshText.analyzer(), MARKED_CY) : null;
        return new Found(total, counts, found.stream().map(item -> welsh && item.titleCy() != null ? welshHit(item, markedCy)
                : hit(item, marked, welsh)).toList());
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep matching(SearchPredicateFactory f, String query,
            Collection<ContentKind> kinds, boolean welsh) {
        var match = f.bool().must(f.match().field("status").matching(ContentStatus.PUBLISHED));
        if (!kinds.isEmpty()) {
            match = match.must(f.terms().field("kind").matchingAny(kinds));
        }
        // a match in the title counts three times, as before the fields were one
        if (!welsh) {
            return match.must(f.bool().must(words(f, query, "everything")).should(words(f, query, "title").boost(3)));
        }
        // the English or the Welsh version, each read its own way
        return match.must(f.bool().must(f.bool().should(words(f, query, "everything")).should(words(f, query, "everythingCy")))
            .should(words(f, query, "title").boost(3)).should(words(f, query, "titleCy").boost(3)));
    }

    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f,
            String query, String field) {
        return f.simpleQueryString().field(field).matching(query).defaultOperator(BooleanOperator.AND).flags(FLAGS);
    }

    /** The words as a Lucene query over the fields snippets come from, read as the search reads them, to mark them in a few items' text. */
    private static Query marks(String words, org.apache.lucene.analysis.Analyzer analyzer, Map<String, Float> fields) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, SimpleQueryParser.AND_OPERATOR
                | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
                | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(words);
    }

    /**
     * The best passage of {@code value} with the searched words marked and everything else escaped;
     * null when none match. Re-reading a few items' text costs far less than asking the index to keep
     * and search term vectors for every item.
     */
    private String highlight(Query query, String field, String value, boolean whole) {
        return highlight(query, field, value, whole, EnglishText.analyzer());
    }

    private String highlight(Query query, String field, String value, boolean whole, org.apache.lucene.analysis.Analyzer analyzer) {
        if (query == null || value == null || value.isEmpty()) {
            return null;
        }
        // the words alone, wherever they stand: scoring by position too (for phrases) indexes each text in
        // memory first, which cost more than the whole search; marked with two control characters, so that
        // only the chosen passage is escaped, not the whole text
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(OPEN, CLOSE), new QueryTermScorer(query, field));
        highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleFragmenter(FRAGMENT));
        try {
            String best = highlighter.getBestFragment(analyzer, field, value.replace(OPEN, "").replace(CLOSE, ""));
            return best == null ? null : HtmlUtils.htmlEscape(best).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
        }
        catch (IOException | InvalidTokenOffsetsException ex) {
            return null;
        }
    }

    /** A page's item with its title and snippet marked: the snippet from the body, else the standfirst. */
    private Hit hit(Stored item, Query marked, boolean welsh) {
        String titleHtml = highlight(marked, "title", item.title(), true);
        String snippet = highlight(marked, "bodyText", item.bodyText(), false);
        if (snippet == null) {
            snippet = highlight(marked, "standfirst", item.standfirst(), false);
        }
        if (snippet == null) {
            snippet = HtmlUtils.htmlEscape(item.standfirst() == null ? "" : item.standfirst());
        }
        return new Hit(item.id(), item.kind(), item.title(), titleHtml == null ? HtmlUtils.htmlEscape(item.title()) : titleHtml,
                snippet, ContentItem.href(item.kind(), item.slug(), item.publishedAt()), item.publishedAt(),
                welsh ? Bilingual.ENGLISH_TAG : null);
    }

    /** On a Welsh page, an item with a Welsh version: its Welsh title and snippet, with the words marked as Welsh reads them. */
    private Hit welshHit(Stored item, Query marked) {
        String titleHtml = highlight(marked, "titleCy", item.titleCy(), true, WelshText.analyzer());
        String snippet = highlight(marked, "bodyTextCy", item.bodyTextCy(), false, WelshText.analyzer());
        if (snippet == null) {
            snippet = highlight(marked, "standfirstCy", item.standfirstCy(), false, WelshText.analyzer());
        }
        if (snippet == null) {
            snippet = HtmlUtils.htmlEscape(item.standfirstCy() == null ? "" : item.standfirstCy());
        }
        return new Hit(item.id(), item.kind(), item.titleCy(), titleHtml == null ? HtmlUtils.htmlEscape(item.titleCy()) : titleHtml,
                snippet, ContentItem.href(item.kind(), item.slug(), item.publishedAt()), item.publishedAt(), null);
    }

    /** A page's item as the index holds it, before its snippet is made. */
    private record Stored(long id, ContentKind kind, String slug, String title, String standfirst, String bodyText, Instant publishedAt,
            String titleCy, String standfirstCy, String bodyTextCy) {
    }

    /** Only the page's items are read, from the fields the index keeps: nothing comes from the database. */
    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<Stored> storedFields(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
        return f.composite()
            .from(f.id(Long.class), f.field("kind", ContentKind.class), f.field("slug", String.class), f.field("title", String.class),
                    f.field("standfirst", String.class), f.field("bodyText", String.class), f.field("publishedAt", Instant.class),
                    f.field("titleCy", String.class), f.field("standfirstCy", String.class), f.field("bodyTextCy", String.class))
            .asList(ContentSearch::stored);
    }

    private static Stored stored(List<?> values) {
        return new Stored((Long) values.get(0), (ContentKind) values.get(1), (String) values.get(2), (String) values.get(3),
                (String) values.get(4), (String) values.get(5), (Instant) values.get(6), (String) values.get(7), (String) values.get(8),
                (String) values.get(9));
    }

    /** A page of hits, how many in all, and how many of each kind (whatever kinds were asked for). */
    public record Found(long total, Map<ContentKind, Long> counts, List<Hit> hits) {
    }

    /** A hit: the title and snippet are HTML, escaped but for the highlighting marks. */
    /** @param lang {@code en-GB} where a Welsh page shows the English for want of a Welsh version, else null */
    public record Hit(long id, ContentKind kind, String title, String titleHtml, String snippetHtml, String href, Instant publishedAt,
            String lang) {
    }
}
