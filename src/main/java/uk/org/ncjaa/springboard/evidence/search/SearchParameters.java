package uk.org.ncjaa.springboard.evidence.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Reads a search from a query string, the same way for the search page and the JSON API. Nothing a
 * visitor types is an error: what cannot be used is left out, and a note says so.
 */
public final class SearchParameters {

    private SearchParameters() {
    }

    /**
     * @param notes receives a sentence for each part of the query string that was left out or changed
     */
    public static EvidenceQuery read(MultiValueMap<String, String> params, List<String> notes) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.parameter(), List.of()).stream()
                .filter(facet::accepts)
                .distinct()
                .limit(50)
                .toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        Integer from = year(params.getFirst("from"), "from", notes);
        Integer to = year(params.getFirst("to"), "to", notes);
        if (from != null && to != null && from > to) {
            notes.add("The years were the wrong way round, so we swapped them.");
            Integer swap = from;
            from = to;
            to = swap;
        }
        EvidenceQuery.Sort sort = null;
        String sortText = params.getFirst("sort");
        if (sortText != null && !sortText.isBlank()) {
            try {
                sort = EvidenceQuery.Sort.valueOf(sortText.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                notes.add("We did not recognise that sort order, so results are in the usual order.");
            }
        }
        String text = params.getFirst("q");
        if (text != null && text.strip().length() > EvidenceQuery.MAX_TEXT) {
            notes.add("Your search was very long, so we used its first " + EvidenceQuery.MAX_TEXT + " characters.");
        }
        else if (uk.org.ncjaa.springboard.shared.text.SearchWords.tooMany(text)) {
            notes.add("Your search had more than " + uk.org.ncjaa.springboard.shared.text.SearchWords.MAX_WORDS
                    + " words, so we searched for its first " + uk.org.ncjaa.springboard.shared.text.SearchWords.MAX_WORDS + ".");
        }
        int page = number(params.getFirst("page"), "page", 1, 1, EvidenceQuery.MAX_PAGE, notes);
        // any value but "0" or "false" asks for the words only, so a ticked box's "on" and a link's "1" both do
        String exact = params.getFirst("exact");
        boolean exactly = exact != null && !exact.isBlank() && !List.of("0", "false").contains(exact.strip().toLowerCase(Locale.ROOT));
        return new EvidenceQuery(text, filters, from, to, sort, page, EvidenceQuery.PAGE_SIZE, exactly);
    }

    /**
     * A whole number from the query string, kept within bounds: blank gives the default, anything
     * else unusable gives the default or the nearest bound, with a note.
     */
    public static int number(String text, String name, int usual, int least, int most, List<String> notes) {
        if (text == null || text.isBlank()) {
            return usual;
        }
        String digits = text.strip();
        if (!digits.matches("-?\\d{1,18}")) {
            notes.add("“" + shorten(digits) + "” is not a whole number, so we used " + name + " " + usual + ".");
            return usual;
        }
        long value = Long.parseLong(digits);
        if (value < least) {
            notes.add("The " + name + " cannot be less than " + least + ", so we used " + least + ".");
            return least;
        }
        if (value > most) {
            notes.add("The " + name + " cannot be more than " + most + ", so we used " + most + ".");
            return most;
        }
        return (int) value;
    }

    private static Integer year(String text, String which, List<String> notes) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().matches("\\d{4}")) {
            return Integer.parseInt(text.strip());
        }
        notes.add("“" + shorten(text) + "” is not a year, so we left out the year " + which + " filter.");
        return null;
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
