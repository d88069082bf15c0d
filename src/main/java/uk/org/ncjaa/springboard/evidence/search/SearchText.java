package uk.org.ncjaa.springboard.evidence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import uk.org.ncjaa.springboard.evidence.domain.Tag;

/**
 * The words of a search box read once into a tree of clauses that both search paths build from,
 * so that they find the same entries. A word or phrase that names a concept becomes "the word in
 * every field, or one of the concept's other labels in the record's own fields, or its tag": the
 * other labels are not looked for in the full text of reports, where phrases such as "applied
 * theatre" would read the positions of nearly every report for one search (at 100,000 entries,
 * new searches fell from about 70 a second to 14 when they were).
 *
 * <p>The tree is read with Lucene's own parser for the search box's syntax, so quotes, -, |,
 * brackets and word* mean what they always meant; each word, phrase or prefix it finds is then
 * handed back, in that syntax, to the path's own parser with the fields it is to be searched in.
 */
final class SearchText {

    /**
     * Where a word is looked for: the record's own text, all in one field, and the text of its reports.
     * One field for the record means one list of postings a word to walk, not one a field: counting
     * what a search matches is most of its cost when common words match most of the library.
     */
    static final Map<String, Float> MATCH_FIELDS = Map.of("recordText", 1.0f, "files.text", 0.5f);

    /**
     * What ranks a match, and how much a word in each field counts; never what decides whether an entry
     * matches (a part of what {@link #MATCH_FIELDS} hold).
     */
    static final Map<String, Float> RANK_FIELDS = Map.ofEntries(Map.entry("title", 3.0f), Map.entry("contributorNames", 2.0f),
            Map.entry("findingsText", 1.5f), Map.entry("summary", 1.0f), Map.entry("publisher", 1.0f), Map.entry("containerTitle", 1.0f),
            Map.entry("programmeName", 1.0f), Map.entry("venues", 1.0f), Map.entry("mechanism", 1.0f),
            // catalogue text no concept matched yet: an entry is found by its words until a curator maps them
            Map.entry("unmappedText", 0.5f),
            // the opening of each file's text, kept for quoting: ranked on so that both paths can mark what matched in it
            // (it counts a little more for words early in a report)
            Map.entry("files.excerpt", 0.1f));

    /** The field of the Welsh summaries, searched (with the Welsh analyser) only from Welsh pages. */
    static final String WELSH_SUMMARY = "summaryCy";

    /** {@link #MATCH_FIELDS} for a search from a Welsh page. */
    static final Map<String, Float> WELSH_MATCH_FIELDS;

    /** {@link #RANK_FIELDS} for a search from a Welsh page. */
    static final Map<String, Float> WELSH_RANK_FIELDS;

    /** Where a concept's other labels are looked for: the record's own text, not its reports. */
    static final Map<String, Float> RECORD_MATCH_FIELDS = Map.of("recordText", 1.0f);

    /** What ranks a match of a concept's other labels. */
    static final Map<String, Float> RECORD_RANK_FIELDS;

    /** Where the tags a concept's words stand for are held ("concept_art_form_theatre"), never a word anyone types. */
    static final Map<String, Float> TAG_FIELDS = Map.of("conceptTags", 1.0f);

    static {
        Map<String, Float> record = new LinkedHashMap<>(RANK_FIELDS);
        record.remove("files.excerpt");
        RECORD_RANK_FIELDS = Map.copyOf(record);
        Map<String, Float> welshMatch = new LinkedHashMap<>(MATCH_FIELDS);
        welshMatch.put(WELSH_SUMMARY, 1.0f);
        WELSH_MATCH_FIELDS = Map.copyOf(welshMatch);
        Map<String, Float> welshRank = new LinkedHashMap<>(RANK_FIELDS);
        welshRank.put(WELSH_SUMMARY, 1.0f);
        WELSH_RANK_FIELDS = Map.copyOf(welshRank);
    }

    /**
     * Decides which words analyse to nothing ("the"), the same way on every backend: the English
     * analyser's chain up to its stop words (stemming never empties a word).
     */
    private static final Analyzer WORDS;

    static {
        try {
            WORDS = CustomAnalyzer.builder()
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(EnglishPossessiveFilterFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(StopFilterFactory.class)
                .build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Marks, in the parsed tree, what the search box held at each leaf; never a field of the index. */
    private static final String WORD = "\u0001word";
    private static final String PHRASE = "\u0001phrase";
    private static final String PREFIX = "\u0001prefix";

    /** How a path builds its own query from the tree. */
    interface Builder<Q> {

        /** @param words one word, "phrase" or prefix* in the search box's syntax, to be searched in these fields */
        Q leaf(String words, Map<String, Float> fields);

        Q all();

        Q none();

        Q bool(List<Q> must, List<Q> should, List<Q> mustNot);
    }

    private SearchText() {
    }

    /**
     * The search's words as one query of the builder's kind; every entry when no word is left to search.
     *
     * @param ranked false for a query that only decides what matches: it leaves out the clauses that rank
     */
    static <Q> Q build(Widening widening, Builder<Q> builder, boolean ranked) {
        if (widening.text().isBlank()) {
            return builder.all();
        }
        Query parsed = new Reader().parse(widening.text());
        if (parsed == null) {
            return builder.all();
        }
        return new Walk<>(widening, builder, ranked).convert(parsed);
    }

    /** Lucene's parser for the search box, leaving each word, phrase and prefix as it was typed. */
    private static final class Reader extends SimpleQueryParser {

        Reader() {
            super(WORDS, Map.of(WORD, 1.0f), LuceneSearch.OPERATORS);
            setDefaultOperator(BooleanClause.Occur.MUST);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            return empty(text) ? null : new TermQuery(new Term(WORD, text));
        }

        @Override
        protected Query newPhraseQuery(String text, int slop) {
            return empty(text) ? null : new TermQuery(new Term(PHRASE, text));
        }

        @Override
        protected Query newPrefixQuery(String text) {
            // never analysed, as Lucene's parser never analyses a prefix
            return new TermQuery(new Term(PREFIX, text));
        }
    }

    private static final class Walk<Q> {

        private final Widening widening;
        private final Builder<Q> builder;
        private final boolean ranked;
        /** Labels and tags added so far: the whole search's budget, as {@link Widening#MAX_ADDED} says. */
        private int added;

        Walk(Widening widening, Builder<Q> builder, boolean ranked) {
            this.widening = widening;
            this.builder = builder;
            this.ranked = ranked;
        }

        /** Matches where it is found in {@code matching}; ranked by the fields of {@code ranking}. */
        private Q leaf(String written, Map<String, Float> matching, Map<String, Float> ranking) {
            Q found = builder.leaf(written, matching);
            return ranked ? builder.bool(List.of(found), List.of(builder.leaf(written, ranking)), List.of()) : found;
        }

        private Map<String, Float> matchFields() {
            return widening.welsh() ? WELSH_MATCH_FIELDS : MATCH_FIELDS;
        }

        private Map<String, Float> rankFields() {
            return widening.welsh() ? WELSH_RANK_FIELDS : RANK_FIELDS;
        }

        Q convert(Query query) {
            if (query instanceof TermQuery leaf) {
                String text = leaf.getTerm().text();
                return switch (leaf.getTerm().field()) {
                    case WORD -> widened(text, escape(text));
                    case PHRASE -> widened(text, quote(text));
                    case PREFIX -> leaf(escape(text) + "*", matchFields(), rankFields());
                    default -> throw new IllegalStateException("Not a clause of the search box: " + leaf);
                };
            }
            if (query instanceof BooleanQuery bool) {
                List<Q> must = new ArrayList<>();
                List<Q> should = new ArrayList<>();
                List<Q> mustNot = new ArrayList<>();
                for (BooleanClause clause : bool.clauses()) {
                    Q converted = convert(clause.getQuery());
                    switch (clause.getOccur()) {
                        case MUST, FILTER -> must.add(converted);
                        case SHOULD -> should.add(converted);
                        case MUST_NOT -> mustNot.add(converted);
                    }
                }
                if (must.isEmpty() && should.isEmpty()) {
                    // Lucene finds nothing with only clauses to leave out; say so, for backends that would find everything else
                    must.add(builder.none());
                }
                return builder.bool(must, should, mustNot);
            }
            if (query instanceof BoostQuery boost) {
                return convert(boost.getQuery());
            }
            if (query instanceof MatchAllDocsQuery) {
                return builder.all();
            }
            if (query instanceof MatchNoDocsQuery) {
                return builder.none();
            }
            throw new IllegalStateException("Not a clause of the search box: " + query);
        }

        /** The word in every field, or, when it names a concept, also its other labels and its tag. */
        private Q widened(String typed, String written) {
            Q itself = leaf(written, matchFields(), rankFields());
            Widening.Word word = widening.applied() ? widening.word(typed) : null;
            if (word == null || added + word.alsoSearched().size() + word.concepts().size() > Widening.MAX_ADDED) {
                return itself;
            }
            added += word.alsoSearched().size() + word.concepts().size();
            List<Q> either = new ArrayList<>(List.of(itself));
            for (String label : word.alsoSearched()) {
                if (!empty(label)) {
                    either.add(leaf(quote(label), RECORD_MATCH_FIELDS, RECORD_RANK_FIELDS));
                }
            }
            for (Widening.Concept concept : word.concepts()) {
                either.add(builder.leaf(escape(new Tag(concept.vocabulary(), concept.slug()).searchToken()), TAG_FIELDS));
            }
            return builder.bool(List.of(), either, List.of());
        }
    }

    private static boolean empty(String text) {
        try (TokenStream tokens = WORDS.tokenStream(WORD, text)) {
            tokens.reset();
            boolean any = tokens.incrementToken();
            tokens.end();
            return !any;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A word as the search box's parser reads it back: every character it treats specially escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\\"|+-()*~".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
