package uk.org.ncjaa.springboard.evidence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;

/**
 * Search straight on the Lucene index, for the default backend. One pass over the documents that
 * match the words counts every facet, multi-select included (a document that misses exactly one
 * facet's choices counts towards that facet only, as in Lucene's drill-sideways), from facet values
 * held in memory per segment. The same pass takes the page of hits when they are ordered by a
 * field; ordered by relevance, a second pass finds them and skips what cannot reach the page.
 * Nothing touches the database. Results are kept per version of the index, so a repeated search
 * costs nothing until the library changes, and the first search after a change sees it.
 */
final class LuceneSearch {

    /** Where a result's passage comes from, in this order: the first field holding a searched word (for both paths). */
    static final List<String> SNIPPET_FIELDS = List.of(SearchText.WELSH_SUMMARY, "summary", "findingsText", "mechanism", "programmeName", "venues",
            "containerTitle", "publisher", "unmappedText", "files.excerpt", "contributorNames");

    /** Read for a hit only when no shorter field holds a searched word. */
    private static final Set<String> EXCERPT = Set.of("files.excerpt");

    private static final Set<String> HIT_FIELDS = Set.of("slug", "title", "publicationYear", "contributorNames", "strengthLevel",
            "authors", "publisher", "design", SearchText.WELSH_SUMMARY, "summary", "findingsText", "mechanism", "programmeName", "venues", "containerTitle",
            "unmappedText");

    private static final int FRAGMENT = 220;

    private final SearchMapping mapping;
    private final Analyzer analyzer;
    private final Cache<Key, Found> found = Caffeine.newBuilder()
        .maximumWeight(24L << 20)
        .weigher((Key key, Found value) -> value.weight())
        .expireAfterAccess(java.time.Duration.ofMinutes(10))
        .build();

    private LuceneSearch(SearchMapping mapping, Analyzer analyzer) {
        this.mapping = mapping;
        this.analyzer = analyzer;
    }

    /** The fast path, when the index is a local Lucene one; empty for other backends. */
    static Optional<LuceneSearch> of(SearchMapping mapping) {
        LuceneBackend backend;
        try {
            backend = mapping.backend().unwrap(LuceneBackend.class);
        }
        catch (RuntimeException notLucene) {
            return Optional.empty();
        }
        // the Welsh summaries with the Welsh analyser, everything else with the English one
        Optional<? extends Analyzer> welsh = backend.analyzer("welsh");
        return backend.analyzer("english").map(analyzer -> new LuceneSearch(mapping, welsh.isEmpty() ? analyzer
                : new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(analyzer,
                        Map.of(SearchText.WELSH_SUMMARY, welsh.get()))));
    }

    /**
     * What a search finds.
     *
     * @param counts per facet, each value's count; organisations only the most credited and any chosen
     */
    record Found(long total, List<EvidenceResults.Hit> hits, Map<Facet, Map<String, Long>> counts) {

        int weight() {
            return 512 + hits.size() * 1024 + counts.values().stream().mapToInt(Map::size).sum() * 96;
        }
    }

    /**
     * A search, its words as searched (widened by the vocabularies, which change apart from the index)
     * and the index it ran on: segments are replaced whenever the library changes.
     */
    private record Key(EvidenceQuery query, Widening widening, List<Object> segments) {
    }

    /** @param widening the search's words and what those that name a concept are widened to */
    Found search(EvidenceQuery query, Widening widening) {
        try (IndexReader reader = mapping.scope(EvidenceEntry.class).extension(LuceneExtension.get()).openIndexReader()) {
            Key key = new Key(query, widening, reader.leaves().stream()
                .map(leaf -> leaf.reader().getReaderCacheHelper() != null ? leaf.reader().getReaderCacheHelper().getKey()
                        : (Object) leaf.reader())
                .toList());
            Found cached = found.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
            Found fresh = run(new IndexSearcher(reader), query, widening);
            found.put(key, fresh);
            return fresh;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Found run(IndexSearcher searcher, EvidenceQuery query, Widening words) throws IOException {
        // what matches, counted in a pass that never scores; the ranked form only where scores or marked passages need it
        Query matching = words.text().isEmpty() ? null : text(words, false);
        Query text = words.text().isEmpty() ? null : text(words, true);
        Query baseQuery = base(query, matching);

        int from = (query.page() - 1) * query.pageSize();
        Sort sort = sort(query.sort());
        boolean byScore = sort.needsScores();
        // ordered by a field, the page of hits is taken in the same pass that counts the facets; ordered
        // by relevance, a second pass that may skip whatever cannot reach the page costs less than scoring every match
        TopFieldCollector top = new TopFieldCollectorManager(sort, from + query.pageSize(), null, Integer.MAX_VALUE, false)
            .newCollector();
        FacetCounter counter = new FacetCounter(query, byScore ? null : top);
        searcher.search(baseQuery, counter);
        Map<Facet, Map<String, Long>> counts = counter.counts(query);
        ScoreDoc[] page;
        if (!byScore) {
            page = top.topDocs(from, query.pageSize()).scoreDocs;
        }
        else if (from < counter.total) {
            BooleanQuery.Builder chosen = new BooleanQuery.Builder().add(base(query, text), Occur.MUST);
            query.filters().forEach((facet, values) -> {
                if (!values.isEmpty()) {
                    chosen.add(new TermInSetQuery(facet.field(), values.stream().map(BytesRef::new).toList()), Occur.FILTER);
                }
            });
            ScoreDoc[] found = searcher.search(chosen.build(), from + query.pageSize(), sort, false).scoreDocs;
            page = Arrays.copyOfRange(found, Math.min(from, found.length), found.length);
        }
        else {
            page = new ScoreDoc[0];
        }
        List<EvidenceResults.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : page) {
            hits.add(hit(stored, doc.doc, text));
        }
        return new Found(counter.total, List.copyOf(hits), counts);
    }

    /**
     * What a search box understands. Not ~ (fuzzy words and near phrases): nobody here types it on
     * purpose, and "word~" alone made the parser build an invalid query.
     */
    static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    /** Published entries the words match, within the years asked for. */
    private static Query base(EvidenceQuery query, Query text) {
        BooleanQuery.Builder base = new BooleanQuery.Builder()
            .add(new TermQuery(new Term("status", EvidenceStatus.PUBLISHED.name())), Occur.FILTER);
        if (text != null) {
            base.add(text, Occur.MUST);
        }
        if (query.yearFrom() != null || query.yearTo() != null) {
            base.add(IntPoint.newRangeQuery("publicationYear", query.yearFrom() == null ? Integer.MIN_VALUE : query.yearFrom(),
                    query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo()), Occur.FILTER);
        }
        return base.build();
    }

    /**
     * The words as people type them: quotes for phrases, - to exclude, | for either; all words required by default.
     *
     * @param ranked with the clauses that rank what matches and mark its passages; without, for counting
     */
    Query text(Widening words, boolean ranked) {
        return SearchText.build(words, new SearchText.Builder<Query>() {

            @Override
            public Query leaf(String written, Map<String, Float> fields) {
                SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, OPERATORS);
                parser.setDefaultOperator(Occur.MUST);
                Query parsed = parser.parse(written);
                return parsed == null ? new MatchNoDocsQuery() : parsed;
            }

            @Override
            public Query all() {
                return new MatchAllDocsQuery();
            }

            @Override
            public Query none() {
                return new MatchNoDocsQuery();
            }

            @Override
            public Query bool(List<Query> must, List<Query> should, List<Query> mustNot) {
                BooleanQuery.Builder bool = new BooleanQuery.Builder();
                must.forEach(clause -> bool.add(clause, Occur.MUST));
                should.forEach(clause -> bool.add(clause, Occur.SHOULD));
                mustNot.forEach(clause -> bool.add(clause, Occur.MUST_NOT));
                return bool.build();
            }
        }, ranked);
    }

    private static Sort sort(EvidenceQuery.Sort sort) {
        SortField title = new SortedSetSortField("title_sort", false);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, year(true));
            case NEWEST -> new Sort(year(true), title);
            case OLDEST -> new Sort(year(false), title);
            case STRENGTH -> new Sort(number("strengthLevel", true), SortField.FIELD_SCORE);
            case TITLE -> new Sort(title);
            case PUBLISHED -> new Sort(published(), title);
        };
    }

    private static SortField year(boolean newestFirst) {
        return number("publicationYear", newestFirst);
    }

    /** A number sort with entries that have none last, whichever the direction. */
    private static SortField number(String field, boolean descending) {
        SortField sort = new SortedNumericSortField(field, SortField.Type.INT, descending);
        sort.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return sort;
    }

    private static SortField published() {
        SortField sort = new SortedNumericSortField("publishedAt", SortField.Type.LONG, true);
        sort.setMissingValue(Long.MIN_VALUE);
        return sort;
    }

    private EvidenceResults.Hit hit(StoredFields stored, int doc, Query text) throws IOException {
        Document document = stored.document(doc, HIT_FIELDS);
        String title = document.get("title");
        String contributors = document.get("contributorNames");
        String titleHtml = highlight(text, "title", title);
        String snippet = null;
        boolean welsh = false;
        for (String field : SNIPPET_FIELDS) {
            // the opening of a report's text (never the whole of it, which would cost more than the rest of a search)
            // is read only when nothing shorter holds a searched word
            String[] values = (field.equals("files.excerpt") ? stored.document(doc, EXCERPT) : document).getValues(field);
            for (String value : values) {
                snippet = highlight(text, field, value);
                welsh = field.equals(SearchText.WELSH_SUMMARY);
                if (snippet != null) {
                    break;
                }
            }
            if (snippet != null) {
                break;
            }
        }
        return new EvidenceResults.Hit(document.get("slug"), title, titleHtml, snippet, number(document, "publicationYear"),
                contributors, number(document, "strengthLevel"), List.of(document.getValues("authors")), document.get("publisher"),
                document.get("design"), snippet != null && welsh);
    }

    private static Integer number(Document document, String field) {
        IndexableField value = document.getField(field);
        return value == null || value.numericValue() == null ? null : value.numericValue().intValue();
    }

    /** The best passage of {@code value} with the searched words marked and everything else escaped; null when none match. */
    private String highlight(Query text, String field, String value) {
        if (text == null || value == null || value.isEmpty()) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(text, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        try {
            return highlighter.getBestFragment(analyzer, field, value);
        }
        catch (IOException | InvalidTokenOffsetsException ex) {
            return null;
        }
    }

    /**
     * A segment's facet values as ordinals held in memory, built once per segment (segments never
     * change): read from the index files for every document of every search, they cost more than
     * all the rest of a search. About 40 bytes a document for a library like the alliance's.
     */
    private static final class SegmentOrds {

        /** Per facet, where each document's ordinals start in {@link #ords}; one more entry than documents. */
        final int[][] starts = new int[FACETS.length][];
        final int[][] ords = new int[FACETS.length][];

        SegmentOrds(org.apache.lucene.index.LeafReader reader) throws IOException {
            int maxDoc = reader.maxDoc();
            for (Facet facet : FACETS) {
                SortedSetDocValues values = DocValues.getSortedSet(reader, facet.field());
                int[] facetStarts = new int[maxDoc + 1];
                int[] facetOrds = new int[Math.max(16, maxDoc)];
                int count = 0;
                int doc = 0;
                for (int next = values.nextDoc(); next != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        next = values.nextDoc()) {
                    while (doc <= next) {
                        facetStarts[doc++] = count;
                    }
                    int n = values.docValueCount();
                    if (count + n > facetOrds.length) {
                        facetOrds = Arrays.copyOf(facetOrds, Math.max(count + n, facetOrds.length * 2));
                    }
                    for (int k = 0; k < n; k++) {
                        facetOrds[count++] = (int) values.nextOrd();
                    }
                }
                while (doc <= maxDoc) {
                    facetStarts[doc++] = count;
                }
                starts[facet.ordinal()] = facetStarts;
                ords[facet.ordinal()] = Arrays.copyOf(facetOrds, count);
            }
        }
    }

    private static final Facet[] FACETS = Facet.values();

    /** Keyed by each segment's core, which lives exactly as long as the segment's files are open. */
    private static final Cache<Object, SegmentOrds> SEGMENT_ORDS = Caffeine.newBuilder().weakKeys().build();

    private static SegmentOrds segmentOrds(org.apache.lucene.index.LeafReader reader) throws IOException {
        org.apache.lucene.index.IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return new SegmentOrds(reader);
        }
        try {
            return SEGMENT_ORDS.get(core.getKey(), key -> {
                try {
                    return new SegmentOrds(reader);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    /**
     * Counts every facet's values in one pass over the documents matching the words, the year range
     * and the status. A document that has every chosen facet's values counts everywhere and is a
     * result; one that misses a single facet's choices counts towards that facet alone, so its other
     * values still show as ways to widen the search.
     */
    private static final class FacetCounter implements Collector {

        private final BytesRef[][] chosenValues = new BytesRef[FACETS.length][];
        /** Takes the documents that match every choice, the results themselves; null when they are found apart. */
        private final Collector hits;
        private final List<Map<String, Long>> counts = new ArrayList<>();
        private long total;

        private SortedSetDocValues[] values;
        private int[][] ordCounts;

        FacetCounter(EvidenceQuery query, Collector hits) {
            this.hits = hits;
            for (Facet facet : FACETS) {
                List<String> picked = query.filters().getOrDefault(facet, List.of());
                chosenValues[facet.ordinal()] = picked.isEmpty() ? null : picked.stream().map(BytesRef::new).toArray(BytesRef[]::new);
                counts.add(new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            // scores only when the hits are ordered by them, and then only of documents that are results
            return hits == null ? ScoreMode.COMPLETE_NO_SCORES : hits.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            SegmentOrds segment = segmentOrds(context.reader());
            values = new SortedSetDocValues[FACETS.length];
            ordCounts = new int[FACETS.length][];
            int[][] chosenOrds = new int[FACETS.length][];
            for (Facet facet : FACETS) {
                int i = facet.ordinal();
                values[i] = DocValues.getSortedSet(context.reader(), facet.field());
                ordCounts[i] = new int[(int) values[i].getValueCount()];
                if (chosenValues[i] != null) {
                    List<Integer> ords = new ArrayList<>();
                    for (BytesRef value : chosenValues[i]) {
                        long ord = values[i].lookupTerm(value);
                        if (ord >= 0) {
                            ords.add((int) ord);
                        }
                    }
                    chosenOrds[i] = ords.stream().mapToInt(Integer::intValue).toArray();
                }
            }
            return new Leaf(segment, ordCounts, chosenOrds, hits == null ? null : hits.getLeafCollector(context));
        }

        private final class Leaf implements LeafCollector {

            private final int[][] starts;
            private final int[][] ords;
            private final int[][] ordCounts;
            private final int[][] chosenOrds;
            private final LeafCollector hitsLeaf;

            Leaf(SegmentOrds segment, int[][] ordCounts, int[][] chosenOrds, LeafCollector hitsLeaf) {
                this.hitsLeaf = hitsLeaf;
                this.starts = segment.starts;
                this.ords = segment.ords;
                this.ordCounts = ordCounts;
                this.chosenOrds = chosenOrds;
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (hitsLeaf != null) {
                    hitsLeaf.setScorer(scorer);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                int missed = -1;
                for (int i = 0; i < FACETS.length; i++) {
                    if (chosenOrds[i] != null && !hasAny(i, doc)) {
                        if (missed >= 0) {
                            // misses two facets' choices: it counts nowhere
                            return;
                        }
                        missed = i;
                    }
                }
                if (missed >= 0) {
                    count(missed, doc);
                    return;
                }
                total++;
                if (hitsLeaf != null) {
                    hitsLeaf.collect(doc);
                }
                for (int i = 0; i < FACETS.length; i++) {
                    count(i, doc);
                }
            }

            private boolean hasAny(int facet, int doc) {
                int[] facetOrds = ords[facet];
                int[] wanted = chosenOrds[facet];
                for (int k = starts[facet][doc], end = starts[facet][doc + 1]; k < end; k++) {
                    for (int ord : wanted) {
                        if (facetOrds[k] == ord) {
                            return true;
                        }
                    }
                }
                return false;
            }

            private void count(int facet, int doc) {
                int[] facetOrds = ords[facet];
                int[] facetCounts = ordCounts[facet];
                for (int k = starts[facet][doc], end = starts[facet][doc + 1]; k < end; k++) {
                    facetCounts[facetOrds[k]]++;
                }
            }
        }

        /** Turns the last segment's counts by ordinal into counts by value. */
        private void finishSegment() throws IOException {
            if (values == null) {
                return;
            }
            for (int i = 0; i < FACETS.length; i++) {
                int[] facetCounts = ordCounts[i];
                Map<String, Long> byValue = counts.get(i);
                for (int ord = 0; ord < facetCounts.length; ord++) {
                    if (facetCounts[ord] > 0) {
                        byValue.merge(values[i].lookupOrd(ord).utf8ToString(), (long) facetCounts[ord], Long::sum);
                    }
                }
            }
            values = null;
        }

        Map<Facet, Map<String, Long>> counts(EvidenceQuery query) throws IOException {
            finishSegment();
            Map<Facet, Map<String, Long>> result = new EnumMap<>(Facet.class);
            for (Facet facet : FACETS) {
                Map<String, Long> byValue = counts.get(facet.ordinal());
                if (facet == Facet.ORGANISATION) {
                    // only the most credited are shown, and any chosen: the rest need not be kept
                    List<String> picked = query.filters().getOrDefault(facet, List.of());
                    byValue = byValue.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(EvidenceSearch.ORGANISATIONS_SHOWN)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    for (String value : picked) {
                        Long count = counts.get(facet.ordinal()).get(value);
                        if (count != null) {
                            byValue.put(value, count);
                        }
                    }
                }
                result.put(facet, Map.copyOf(byValue));
            }
            return result;
        }
    }
}
