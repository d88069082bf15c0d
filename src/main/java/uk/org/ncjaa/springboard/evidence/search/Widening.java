package uk.org.ncjaa.springboard.evidence.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The words of a search that name a concept of a vocabulary, each searched together with the
 * concept's other labels and its tag: "drama" also finds "theatre", "applied theatre" and every
 * entry tagged with the Theatre art form. {@link SearchText} builds the widened query for both
 * search paths, so negation, either-or and brackets keep working around a widened word.
 *
 * @param text the words as typed
 * @param words the words that name a concept, and what each was (or, for an exact search, would have been) widened to
 * @param applied false when the search asked for its words exactly
 * @param welsh true for a search made from a Welsh page: the Welsh summaries are searched as well
 */
public record Widening(String text, List<Word> words, boolean applied, boolean welsh) {

    /** The vocabularies whose labels widen a search: what a search box's words most often name. */
    static final List<Vocabulary> VOCABULARIES = List.of(Vocabulary.ART_FORM, Vocabulary.SETTING, Vocabulary.PARTICIPANT,
            Vocabulary.OUTCOME);

    /** Other labels searched for one word: a concept with a long list of synonyms must not crowd out the rest of the search. */
    static final int MAX_LABELS_PER_WORD = 8;

    /** Concepts one word may name (the same label in several vocabularies). */
    static final int MAX_CONCEPTS_PER_WORD = 2;

    /**
     * Labels and tags added to the whole search. Each is a clause in every field of the record, on top
     * of the words themselves ({@code SearchWords.MAX_WORDS} of them at most, each in the 13 fields
     * searched), and Lucene refuses a query of more than 1,024 clauses: 32 times 13 and 36 times 11
     * stay under it.
     */
    static final int MAX_ADDED = 36;

    /**
     * One word (or quoted phrase) of a search that names a concept.
     *
     * @param typed the word as typed
     * @param concepts the concepts it names, by label
     * @param alsoSearched the other labels searched with it, in the vocabulary's order
     */
    public record Word(String typed, List<Concept> concepts, List<String> alsoSearched) {

        /**
         * What else was searched, for people: "Also searched for: theatre, applied theatre (the same art
         * form as “drama”), and entries tagged Theatre."
         */
        public String description() {
            String kind = String.join(" or ", concepts.stream().map(concept -> noun(concept.vocabulary())).distinct().toList());
            String tagged = "entries tagged " + String.join(" or ", concepts.stream().map(Concept::label).distinct().toList());
            if (alsoSearched.isEmpty()) {
                return "Also searched for " + tagged + ", the " + kind + " “" + typed + "” names.";
            }
            return "Also searched for: " + String.join(", ", alsoSearched) + " (the same " + kind + " as “" + typed + "”), and "
                    + tagged + ".";
        }

        /**
         * The same in the page's language, from the bundles ({@code evidence.widen.*}): {@code words} gives the
         * message for a key and its arguments.
         */
        public String description(java.util.function.BiFunction<String, Object[], String> words) {
            String or = " " + words.apply("evidence.or", new Object[0]) + " ";
            String kind = String.join(or, concepts.stream()
                .map(concept -> words.apply("evidence.widen.kind." + concept.vocabulary().name(), new Object[0])).distinct().toList());
            String labels = String.join(or, concepts.stream().map(Concept::label).distinct().toList());
            if (alsoSearched.isEmpty()) {
                return words.apply("evidence.widen.tagged", new Object[] { labels, kind, typed });
            }
            return words.apply("evidence.widen.also", new Object[] { String.join(", ", alsoSearched), kind, typed, labels });
        }
    }

    /** A concept a word names: its vocabulary, slug and preferred label. */
    public record Concept(Vocabulary vocabulary, String slug, String label) {
    }

    /** Nothing widened: the words as typed. */
    static Widening none(String text) {
        return new Widening(text, List.of(), false, welshPage());
    }

    /** What a word or phrase of the search (as the parser read it) is widened to, or null. */
    Word word(String typed) {
        String key = key(typed);
        for (Word word : words) {
            if (key(word.typed()).equals(key)) {
                return word;
            }
        }
        return null;
    }

    /**
     * The search's words with each that names a concept widened.
     *
     * @param concepts the concepts in use of a vocabulary
     */
    static Widening of(EvidenceQuery query, Function<Vocabulary, List<ConceptView>> concepts) {
        String text = query.text();
        if (text.isEmpty()) {
            return none(text);
        }
        Map<String, List<ConceptView>> byLabel = new HashMap<>();
        for (Vocabulary vocabulary : VOCABULARIES) {
            for (ConceptView concept : concepts.apply(vocabulary)) {
                List<String> labels = new ArrayList<>();
                labels.add(concept.label());
                labels.addAll(concept.alternativeLabels());
                for (String label : labels) {
                    List<ConceptView> named = byLabel.computeIfAbsent(key(label), k -> new ArrayList<>());
                    if (named.stream().noneMatch(c -> c.vocabulary() == concept.vocabulary() && c.slug().equals(concept.slug()))) {
                        named.add(concept);
                    }
                }
            }
        }
        Map<String, Word> words = new LinkedHashMap<>();
        int added = 0;
        for (String token : tokens(text)) {
            List<ConceptView> named = byLabel.getOrDefault(key(token), List.of());
            if (named.isEmpty() || added >= MAX_ADDED || words.containsKey(key(token))) {
                continue;
            }
            List<ConceptView> chosen = named.subList(0, Math.min(named.size(), MAX_CONCEPTS_PER_WORD));
            Set<String> labels = new LinkedHashSet<>();
            for (ConceptView concept : chosen) {
                labels.add(concept.label());
                labels.addAll(concept.alternativeLabels());
            }
            List<String> others = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>(Set.of(key(token)));
            for (String label : labels) {
                String clean = label.replace("\"", " ").replace("\\", " ").strip();
                if (!clean.isEmpty() && seen.add(key(clean)) && others.size() < MAX_LABELS_PER_WORD
                        && added + others.size() + chosen.size() < MAX_ADDED) {
                    others.add(clean);
                }
            }
            added += others.size() + chosen.size();
            words.put(key(token), new Word(token, chosen.stream()
                .map(concept -> new Concept(concept.vocabulary(), concept.slug(), concept.label())).toList(), List.copyOf(others)));
        }
        return new Widening(text, List.copyOf(words.values()), !query.exact(), welshPage());
    }

    /** Whether the search comes from a Welsh page. */
    private static boolean welshPage() {
        return uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * The plain words and quoted phrases of a search, read as the search box's parser reads them.
     * Anything the parser treats specially (a word* prefix, an escape, a phrase without its closing
     * quote) is left alone.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text.indexOf('\\') >= 0) {
            // escapes change where words end: not worth reading them for a synonym
            return tokens;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    break;
                }
                if (close + 1 == n || ends(text.charAt(close + 1))) {
                    tokens.add(text.substring(i + 1, close));
                }
                i = close + 1;
            }
            else if (Character.isWhitespace(c) || c == '|' || c == '+' || c == '(' || c == ')' || c == '-') {
                // a - before a word leaves it out: the word after it is widened all the same, and left out with its synonyms
                i++;
            }
            else {
                int end = i;
                while (end < n && !ends(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String word = text.substring(i, end);
                if (!word.endsWith("*") && !word.contains("~") && (end == n || text.charAt(end) != '"')) {
                    tokens.add(word);
                }
                i = end;
            }
        }
        return tokens;
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || c == '|' || c == '+' || c == '(' || c == ')';
    }

    private static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static String noun(Vocabulary vocabulary) {
        return switch (vocabulary) {
            case ART_FORM -> "art form";
            case SETTING -> "justice setting";
            case PARTICIPANT -> "participant group";
            case OUTCOME -> "outcome";
            default -> vocabulary.label().toLowerCase(Locale.ROOT);
        };
    }
}
