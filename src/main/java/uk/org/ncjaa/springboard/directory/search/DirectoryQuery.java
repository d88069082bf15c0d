package uk.org.ncjaa.springboard.directory.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A directory search as the URL holds it: words, facet choices, order and page. Read leniently:
 * nothing a visitor types is an error, and what cannot be used is left out with a note.
 */
public record DirectoryQuery(String text, Map<DirectoryFacet, List<String>> filters, Sort sort, int page) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 500;

    public enum Sort {
        RELEVANCE("Best match"), NAME("Name, A to Z"), VERIFIED("Most recently checked");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        /** The order's name in the page's language. */
        public String label() {
            return uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.sort." + name(), label);
        }
    }

    public DirectoryQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        filters = Map.copyOf(filters);
        if (sort == null) {
            sort = text.isEmpty() ? Sort.NAME : Sort.RELEVANCE;
        }
        else if (sort == Sort.RELEVANCE && text.isEmpty()) {
            sort = Sort.NAME;
        }
    }

    public static DirectoryQuery all() {
        return new DirectoryQuery("", Map.of(), null, 1);
    }

    public boolean chosen(DirectoryFacet facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /**
     * @param notes receives a sentence for each part of the query string that was left out or changed
     */
    public static DirectoryQuery read(MultiValueMap<String, String> params, List<String> notes) {
        Map<DirectoryFacet, List<String>> filters = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            List<String> values = params.getOrDefault(facet.parameter(), List.of()).stream()
                .filter(value -> value != null && value.matches("[a-z0-9-]{1,80}"))
                .distinct().limit(30).toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        Sort sort = null;
        String sortText = params.getFirst("sort");
        if (sortText != null && !sortText.isBlank()) {
            try {
                sort = Sort.valueOf(sortText.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                notes.add(uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.note.sort",
                        "We did not recognise that sort order, so results are in the usual order."));
            }
        }
        String text = params.getFirst("q");
        if (text != null && text.strip().length() > MAX_TEXT) {
            notes.add(uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.note.long",
                    "Your search was very long, so we used its first " + MAX_TEXT + " characters.", MAX_TEXT));
        }
        int page = 1;
        String pageText = params.getFirst("page");
        if (pageText != null && !pageText.isBlank()) {
            if (pageText.strip().matches("\\d{1,9}") && Integer.parseInt(pageText.strip()) >= 1) {
                page = Math.min(Integer.parseInt(pageText.strip()), MAX_PAGE);
            }
            else {
                String shown = pageText.length() > 20 ? pageText.substring(0, 20) + "…" : pageText;
                notes.add(uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.note.page",
                        "“" + shown + "” is not a page number, so we show the first page.", shown));
            }
        }
        return new DirectoryQuery(text, filters, sort, page);
    }

    /** The query string for this search, for links: facets in a fixed order so equal searches share a URL. */
    public String toQueryString(boolean withPage) {
        List<String> parts = new ArrayList<>();
        if (!text.isEmpty()) {
            parts.add("q=" + encode(text));
        }
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            filters.getOrDefault(facet, List.of()).forEach(value -> parts.add(facet.parameter() + "=" + encode(value)));
        }
        if (sort != (text.isEmpty() ? Sort.NAME : Sort.RELEVANCE)) {
            parts.add("sort=" + sort.name().toLowerCase(Locale.ROOT));
        }
        if (withPage && page > 1) {
            parts.add("page=" + page);
        }
        return String.join("&", parts);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
