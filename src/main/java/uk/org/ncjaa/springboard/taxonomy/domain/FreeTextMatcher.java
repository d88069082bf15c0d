package uk.org.ncjaa.springboard.taxonomy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.Tagging;

/**
 * Maps messy catalogue text ("visual art; music (production; music making); drama/theatre") onto
 * concepts through their labels and synonyms. The text is cut at list punctuation; each part is
 * matched whole first, then by the longest known terms it contains as whole words. Parts that
 * match nothing are returned, never dropped.
 */
public final class FreeTextMatcher {

    /**
     * List punctuation. A comma inside a number ("1,234") and a plus after one ("230+") are part of
     * the number, not a break in the list.
     */
    private static final Pattern SEPARATORS = Pattern.compile("[;:()\\[\\]/|\\n]|(?<!\\d),|,(?!\\d{3}(?!\\d))|(?<!\\d)\\+");
    /** A phrase just before a bracket that holds no bracket itself: "community (YOTs; ISSP)". */
    private static final Pattern HEAD_AND_BRACKET = Pattern.compile("((?:[^;:,()\\[\\]/|+\\n]|(?<=\\d)\\+)+)\\(([^()]*)\\)");
    /** "pre/post", "pre- and post-", "before-after": one phrase, not a list of two words. */
    private static final Pattern PRE_POST = Pattern.compile("(?i)\\b(pre|before)\\s*-?\\s*(?:/|&|and|-)\\s*(post|after)\\b");
    /** A bracket saying where people were referred from describes their route in, not the setting. */
    private static final Pattern REFERRALS = Pattern.compile("(?i)^\\s*(referrals?|referred)\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' ]+");

    private final Map<String, ConceptView> byTerm = new LinkedHashMap<>();
    private final List<String> termsLongestFirst;

    public FreeTextMatcher(List<ConceptView> concepts) {
        for (ConceptView concept : concepts) {
            addTerm(concept.label(), concept);
            concept.alternativeLabels().forEach(label -> addTerm(label, concept));
        }
        termsLongestFirst = byTerm.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();
    }

    private void addTerm(String label, ConceptView concept) {
        String term = normalise(label);
        if (!term.isEmpty()) {
            byTerm.putIfAbsent(term, concept);
        }
        // "Adult prison (men)" is also known by its words without the brackets
        String flat = normalise(label.replaceAll("[()]", " "));
        if (!flat.isEmpty()) {
            byTerm.putIfAbsent(flat, concept);
        }
    }

    /**
     * The concepts the text names, in the order first mentioned. A phrase followed by a bracket that
     * names concepts of its own ("community (YOTs; ISSP)") is refined by the bracket: the bracket's
     * concepts stand for it, so a general word does not add a general concept the bracket narrows.
     */
    public Tagging match(String text) {
        if (text == null || text.isBlank()) {
            return new Tagging(List.of(), List.of());
        }
        Set<ConceptView> found = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        String prepared = PRE_POST.matcher(text).replaceAll("$1 and $2");
        java.util.regex.Matcher bracket = HEAD_AND_BRACKET.matcher(prepared);
        int from = 0;
        while (bracket.find()) {
            matchParts(prepared.substring(from, bracket.start()), found, unmatched);
            // a term written with its bracket ("arts (general)", "Adult prison (men)") is one term
            ConceptView whole = byTerm.get(normalise(bracket.group(1) + " " + bracket.group(2)));
            if (whole != null) {
                found.add(whole);
                from = bracket.end();
                continue;
            }
            Set<ConceptView> head = new LinkedHashSet<>();
            List<String> headUnmatched = new ArrayList<>();
            matchParts(bracket.group(1), head, headUnmatched);
            Set<ConceptView> inner = new LinkedHashSet<>();
            List<String> innerUnmatched = new ArrayList<>();
            matchParts(bracket.group(2), inner, innerUnmatched);
            boolean referrals = REFERRALS.matcher(bracket.group(2)).find();
            found.addAll(inner.isEmpty() || referrals ? head : inner);
            unmatched.addAll(headUnmatched);
            if (referrals && !inner.isEmpty()) {
                unmatched.add(bracket.group(2).strip());
            }
            else {
                unmatched.addAll(innerUnmatched);
            }
            from = bracket.end();
        }
        matchParts(prepared.substring(from), found, unmatched);
        return new Tagging(List.copyOf(found), List.copyOf(unmatched));
    }

    /** The text cut at list punctuation, as {@link #match} reads it. */
    public static List<String> parts(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(SEPARATORS.split(PRE_POST.matcher(text).replaceAll("$1 and $2")))
            .map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private void matchParts(String text, Set<ConceptView> found, List<String> unmatched) {
        for (String part : SEPARATORS.split(text)) {
            String original = part.strip();
            String normalised = normalise(original);
            if (normalised.isEmpty()) {
                continue;
            }
            ConceptView whole = byTerm.get(normalised);
            if (whole != null) {
                found.add(whole);
                continue;
            }
            List<ConceptView> inside = containedTerms(normalised);
            if (inside.isEmpty()) {
                unmatched.add(original);
            }
            else {
                found.addAll(inside);
            }
        }
    }

    private List<ConceptView> containedTerms(String normalised) {
        Map<Integer, ConceptView> byPosition = new java.util.TreeMap<>();
        String rest = " " + normalised + " ";
        for (String term : termsLongestFirst) {
            String needle = " " + term + " ";
            int at = rest.indexOf(needle);
            if (at >= 0) {
                byPosition.putIfAbsent(at, byTerm.get(term));
                // blank out what matched so shorter terms inside it ("music" in "music production") do not count again
                rest = rest.substring(0, at) + " " + "#".repeat(needle.length() - 2) + " " + rest.substring(at + needle.length());
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** Lower case, "&" as "and", punctuation dropped, simple plurals made singular. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("’", "'").replace("-", " ");
        String words = NOT_WORD.matcher(lower).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(singular(word));
        }
        return out.toString();
    }

    private static String singular(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
