package uk.org.ncjaa.springboard.evidence.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.shared.text.SearchWords;

/**
 * A search of the Evidence Library as the URL states it.
 *
 * @param filters chosen concept slugs per facet; several in one facet mean any of them
 * @param page counted from 1
 * @param pageSize results per page; the search page always shows the usual number, the API lets callers choose
 * @param exact the words only, as typed: a word that names a concept is not widened to the concept's other labels and tag
 */
public record EvidenceQuery(String text, Map<Facet, List<String>> filters, Integer yearFrom, Integer yearTo, Sort sort, int page,
        int pageSize, boolean exact) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_PAGE = 1000;
    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public EvidenceQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        text = SearchWords.limit(text);
        filters = filters == null ? new EnumMap<>(Facet.class) : filters;
        // without words there is nothing to match best: newest first, as with no sort chosen
        sort = sort == null || sort == Sort.RELEVANCE && text.isEmpty() ? (text.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
        page = Math.max(1, Math.min(page, MAX_PAGE));
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }

    /** A search with synonyms widened. */
    public EvidenceQuery(String text, Map<Facet, List<String>> filters, Integer yearFrom, Integer yearTo, Sort sort, int page,
            int pageSize) {
        this(text, filters, yearFrom, yearTo, sort, page, pageSize, false);
    }

    /** A search with the usual page size and synonyms widened. */
    public EvidenceQuery(String text, Map<Facet, List<String>> filters, Integer yearFrom, Integer yearTo, Sort sort, int page) {
        this(text, filters, yearFrom, yearTo, sort, page, PAGE_SIZE);
    }

    public EvidenceQuery withPageSize(int size) {
        return new EvidenceQuery(text, filters, yearFrom, yearTo, sort, page, size, exact);
    }

    /** The same search in another order, from its first page. */
    public EvidenceQuery withSort(Sort order) {
        return new EvidenceQuery(text, filters, yearFrom, yearTo, order, 1, pageSize, exact);
    }

    public EvidenceQuery withExact(boolean words) {
        return new EvidenceQuery(text, filters, yearFrom, yearTo, sort, page, pageSize, words);
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
