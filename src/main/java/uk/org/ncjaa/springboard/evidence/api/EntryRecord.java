package uk.org.ncjaa.springboard.evidence.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.Finding;

/**
 * A published entry in full, as open data. Curators' working fields (inclusion decisions, comments,
 * submitters) are not part of it.
 */
@Schema(description = "A published entry in full")
record EntryRecord(String slug, String title,
        @Schema(description = "The publication date as precisely as the document gives it") String date,
        Details details,
        @Schema(description = "Names credited, by role: author, publisher, evaluator, commissioner, deliverer")
        Map<String, List<String>> credits,
        List<String> organisations,
        @Schema(description = "Concepts tagged, by vocabulary") Map<String, List<EntrySummary.ConceptRef>> tags,
        List<FindingRecord> findings, Strength strength,
        @Schema(description = "Entries related to this one, such as reports on the same programme") List<Related> related,
        @Schema(description = "Other entries from the organisations credited") List<Related> sameOrganisation,
        List<FileRecord> files, Citation citation,
        @Schema(description = "The details were only partly confirmed from a source") boolean partial,
        @Schema(description = "A made-up entry on a demonstration site") boolean fictional,
        @Schema(description = "When an editor last reviewed the entry; empty for an entry nobody has reviewed yet") Instant lastReviewedAt,
        Instant updatedAt, String url, EntrySummary.Links links,
        @Schema(description = "Catalogue text no vocabulary concept matched yet, by the column it came from")
        Map<String, List<String>> unmapped) {

    /**
     * @param url where the document itself can be found
     * @param licence the document's own licence, where it states one
     */
    @Schema(description = "What the document is and where it came from")
    record Details(Integer year, Integer month, Integer day, String publisher, Boolean peerReviewed,
            EvidenceEntry.Independence independence, String doi, String isbn,
            @Schema(description = "Where the document itself can be found") String url, List<String> otherUrls, String language,
            @Schema(description = "The document's own licence, where it states one") String licence, String programmeName,
            String venues, LocalDate fieldworkFrom, LocalDate fieldworkTo, String deliveryModel, EvidenceEntry.DataType dataType,
            String sampleSize, String sampleBreakdown, String mechanism, String implementationNotes, String costInformation,
            String summary, String keyQuote,
            @Schema(description = "What the document was published in, such as a journal") Container container,
            @Schema(description = "The sample size as a number, where the text gives one") Sample sample) {
    }

    @Schema(description = "A journal (or other container) with its volume, issue and pages")
    record Container(String title, String volume, String issue, String pages) {
    }

    /** @param bound EXACT, AT_LEAST ("230+"), AT_MOST, ABOUT ("c. 300") or RANGE (from count to max) */
    @Schema(description = "A sample size as a number and what the number means")
    record Sample(Integer count, Integer max, String bound, String display) {
    }

    @Schema(description = "What the study found for one outcome")
    record FindingRecord(EntrySummary.ConceptRef outcome,
            @Schema(description = "The study's judgement of benefit, which for outcomes such as reoffending, where lower is better,"
                    + " can be POSITIVE for a negative effect size") Finding.Direction direction,
            BigDecimal effectSize, String metric, String timePoint, Finding.Confidence confidence,
            @Schema(description = "The effect size's confidence interval, where the study reported one") Interval confidenceInterval) {
    }

    /** @param level the confidence level in per cent, such as 95 */
    @Schema(description = "A confidence interval: its bounds and its level in per cent")
    record Interval(BigDecimal lower, BigDecimal upper, int level) {
    }

    /** @param adjusted a curator changed the level the study design alone would give, for the reason in the rationale */
    @Schema(description = "How strong the evidence is, from 1 to 5, and why")
    record Strength(Integer level, EntrySummary.ConceptRef design, String rationale, boolean adjusted) {
    }

    @Schema(description = "Another published entry")
    record Related(String slug, String title, Integer year, String kind, String url) {
    }

    @Schema(description = "A document attached to the entry")
    record FileRecord(long id, String filename, long sizeBytes, Integer pageCount) {
    }

    @Schema(description = "How to cite the document")
    record Citation(@Schema(description = "The reference in Harvard style (Cite Them Right), as plain text; the entry page "
            + "also gives APA 7, Chicago author-date and Vancouver") String harvard) {
    }
}
