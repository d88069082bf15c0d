package uk.org.ncjaa.springboard.evidence.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of search results with the facet counts for all of them.
 *
 * @param notes sentences about parts of the query that were left out or changed
 * @param facets keyed by the query parameter that filters on that facet
 */
@Schema(description = "One page of search results, with facet counts over all the results")
record EvidencePage(long total, int page, int size, int totalPages,
        @Schema(description = "What was left out of or changed in the query, and why") List<String> notes,
        List<EntrySummary> items,
        @Schema(description = "Counts per facet value, keyed by the query parameter that filters on the facet")
        Map<String, List<FacetCount>> facets,
        @Schema(description = "Words of q that name a concept of a vocabulary, and the concept's other labels and tags that were "
                + "searched with each (with exact=1, what would have been searched)") List<Widened> widened,
        @Schema(description = "Whether the search was for the words of q only, without related terms") boolean exact) {

    /**
     * @param word a word or quoted phrase of q
     * @param alsoSearched the concept's other labels, searched as phrases
     * @param tags the concepts the word names, as facet values: entries tagged with them were found too
     */
    @Schema(description = "A word of the search widened to a concept's labels and tag")
    record Widened(String word, List<String> alsoSearched, List<Tagged> tags, String description) {
    }

    /** A concept as a facet value: the facet's query parameter, the value to pass in it, and its label. */
    @Schema(description = "A concept as a facet value")
    record Tagged(String facet, String value, String label) {
    }

    /**
     * @param value what to pass in the facet's query parameter to choose this value
     * @param chosen whether the query chose it; a chosen facet is counted as if nothing in it were chosen
     */
    @Schema(description = "How many entries have one facet value")
    record FacetCount(String value, String label, long count, boolean chosen) {
    }
}
