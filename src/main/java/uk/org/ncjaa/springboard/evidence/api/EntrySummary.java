package uk.org.ncjaa.springboard.evidence.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One search result.
 *
 * @param url the entry's page on the website
 */
@Schema(description = "One published entry in a list of search results")
record EntrySummary(String slug, String title, Integer year, List<String> authors, String publisher,
        @Schema(description = "Evidence strength from 1 (weakest) to 5 (strongest); absent when not rated") Integer strengthLevel,
        ConceptRef studyDesign, String url, Links links) {

    @Schema(description = "A concept from one of the controlled vocabularies")
    record ConceptRef(String slug, String label) {
    }

    @Schema(description = "Where to find the entry: its record in this API and its page on the website")
    record Links(String self, String html) {
    }
}
