package uk.org.ncjaa.springboard.evidence.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every facet with its values and counts over the whole published library. */
@Schema(description = "The facets with their values and counts over all published entries")
record FacetList(long total, List<FacetValues> facets) {

    /** @param parameter the search parameter that filters on this facet */
    @Schema(description = "One facet: vocabulary facets list every concept in use, even those no entry has yet")
    record FacetValues(String parameter, String label, List<EvidencePage.FacetCount> values) {
    }
}
