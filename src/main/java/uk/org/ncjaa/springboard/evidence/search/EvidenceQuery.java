package uk.org.ncjaa.springboard.evidence.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A search of the Evidence Library as the URL states it.
 *
 * @param filters chosen concept slugs per facet; several in one facet mean any of them
 * @param page counted from 1
 */
public record EvidenceQuery(String text, Map<Facet, List<String>> filters, Integer yearFrom, Integer yearTo, Sort sort, int page) {

    public static final int MAX_TEXT = 500;

    public EvidenceQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        filters = filters == null ? new EnumMap<>(Facet.class) : filters;
        sort = sort == null ? (text.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
        page = Math.max(1, Math.min(page, 1000));
    }

    public boolean chosen(Facet facet, String slug) {
        return filters.getOrDefault(facet, List.of()).contains(slug);
    }

    public boolean hasFilters() {
        return filters.values().stream().anyMatch(values -> !values.isEmpty()) || yearFrom != null || yearTo != null;
    }

    public enum Sort {
        RELEVANCE("Best match"), NEWEST("Newest first"), OLDEST("Oldest first"), STRENGTH("Strongest evidence first"),
        TITLE("Title A to Z"), PUBLISHED("Recently added");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
