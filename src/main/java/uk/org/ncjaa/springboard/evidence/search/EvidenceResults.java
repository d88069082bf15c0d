package uk.org.ncjaa.springboard.evidence.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with the facet counts for the whole result set.
 *
 * @param widened the words that name a concept and what else was searched for each (for an exact search, what would have been)
 */
public record EvidenceResults(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets, int page, int pageSize,
        List<Widening.Word> widened) {

    public EvidenceResults {
        widened = widened == null ? List.of() : List.copyOf(widened);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * @param titleHtml the title with matched words marked, HTML-escaped apart from the marks
     * @param snippetHtml a marked passage of the summary or contributors, likewise escaped; may be null
     * @param studyDesign slug of a STUDY_DESIGN concept; may be null
     * @param snippetWelsh true when the passage comes from the Welsh summary, false when it is English text
     */
    public record Hit(String slug, String title, String titleHtml, String snippetHtml, Integer year, String contributors,
            Integer strengthLevel, List<String> authors, String publisher, String studyDesign, boolean snippetWelsh) {
    }

    public record FacetValue(String slug, String label, long count, boolean chosen) {
    }
}
