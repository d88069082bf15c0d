package uk.org.ncjaa.springboard.evidence.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.evidence.exports.CitationStyle;
import uk.org.ncjaa.springboard.evidence.exports.Citations;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.EvidenceResults;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.evidence.search.Facet;
import uk.org.ncjaa.springboard.evidence.search.SearchParameters;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.insights.SearchGaps;
import uk.org.ncjaa.springboard.shared.insights.UsageCounts;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The Evidence Library as open data: the same search as the website, one entry in full, the facet
 * vocabularies, and every published entry in one download. Read-only, and the same for everyone.
 */
@RestController
@RequestMapping(path = "/api/v1/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evidence Library", description = "Research and evaluations on the arts in criminal justice")
@OpenAPIDefinition(info = @Info(title = "Springboard Evidence Library API", version = "v1",
        description = "Read-only open data from the National Criminal Justice Arts Alliance's Evidence Library. "
                + "No key is needed; each address may make a limited number of requests a minute, and a 429 answer "
                + "says in Retry-After how long to wait. Errors are RFC 9457 problem details.",
        license = @License(name = "CC BY 4.0", url = EvidenceApiController.LICENCE_URL)))
class EvidenceApiController {

    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String LICENCE = "Evidence Library records from the National Criminal Justice Arts Alliance, free to reuse "
            + "with credit to the Alliance under the Creative Commons Attribution 4.0 licence (CC BY 4.0, " + LICENCE_URL
            + "). The documents the records describe keep their own copyright and licences.";
    /** What each call counts as, in the day-by-day use the dashboards show. */
    static final String API = "api";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    /** Enough entries per read to keep the queries few, few enough to keep memory flat however large the library grows. */
    private static final int EXPORT_BATCH = 500;
    private static final CacheControl SHORTLY = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final EvidenceSearch search;
    private final EvidenceReader reader;
    private final TaxonomyApi taxonomy;
    private final JsonMapper json;
    private final Clock clock;
    private final String baseUrl;
    private final Citations citations;
    private final SearchGaps gaps;
    private final UsageCounts usage;

    EvidenceApiController(EvidenceSearch search, EvidenceReader reader, TaxonomyApi taxonomy, JsonMapper json, Clock clock,
            SpringboardProperties properties, Citations citations, SearchGaps gaps, UsageCounts usage) {
        this.gaps = gaps;
        this.usage = usage;
        this.citations = citations;
        this.search = search;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.json = json;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Search published entries",
            description = "Takes the same parameters as the Evidence Library search page, plus size. Several values of one "
                    + "facet mean any of them; different facets must all match. Nothing in the query is an error: what "
                    + "cannot be used is left out or brought within bounds, and notes says what and why.")
    @Parameters({
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find: \"quotes\" for a phrase, -word to leave "
                + "a word out, word* for any ending. The first 500 characters are used.", schema = @Schema(type = "string")),
        @Parameter(name = "art", in = ParameterIn.QUERY, description = "Art form concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string", example = "music"))),
        @Parameter(name = "setting", in = ParameterIn.QUERY, description = "Justice setting concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string", example = "prison"))),
        @Parameter(name = "participant", in = ParameterIn.QUERY, description = "Participant concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "outcome", in = ParameterIn.QUERY, description = "Outcome concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string", example = "desistance"))),
        @Parameter(name = "design", in = ParameterIn.QUERY, description = "Study design concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "strength", in = ParameterIn.QUERY, description = "Evidence strength levels, or unrated",
                array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "1", "2", "3", "4", "5", "unrated" }))),
        @Parameter(name = "method", in = ParameterIn.QUERY, description = "Research method concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "type", in = ParameterIn.QUERY, description = "Document type concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "region", in = ParameterIn.QUERY, description = "Region concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "org", in = ParameterIn.QUERY, description = "Names of organisations credited",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "from", in = ParameterIn.QUERY, description = "Earliest year of publication",
                schema = @Schema(type = "integer", example = "2010")),
        @Parameter(name = "to", in = ParameterIn.QUERY, description = "Latest year of publication",
                schema = @Schema(type = "integer", example = "2024")),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order of results: best match when there are words "
                + "to find, otherwise newest first", schema = @Schema(type = "string",
                        allowableValues = { "relevance", "newest", "oldest", "strength", "title" })),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page of results, from 1",
                schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "1")),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Results per page",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")),
        @Parameter(name = "exact", in = ParameterIn.QUERY, description = "1 to search for the words of q only. Otherwise a word "
                + "or quoted phrase that is the label or a synonym of an art form, justice setting, participant group or outcome "
                + "also finds the concept's other labels and the entries tagged with it (drama also finds theatre, and entries "
                + "tagged Theatre); widened says what was added", schema = @Schema(type = "integer", allowableValues = { "0", "1" },
                        defaultValue = "0")) })
    ResponseEntity<EvidencePage> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        List<String> notes = new ArrayList<>();
        EvidenceQuery query = SearchParameters.read(params, notes);
        int size = SearchParameters.number(params.getFirst("size"), "size", EvidenceQuery.PAGE_SIZE, 1,
                EvidenceQuery.MAX_PAGE_SIZE, notes);
        EvidenceResults results = search.search(query.withPageSize(size));
        usage.count("evidence", API);
        // as on the search page: only words that found nothing, on the first page
        if (results.total() == 0 && !query.text().isEmpty() && query.page() == 1) {
            gaps.nothingFound("evidence", query.text());
        }
        if (results.page() > results.totalPages()) {
            notes.add("There " + (results.totalPages() == 1 ? "is 1 page" : "are " + results.totalPages() + " pages")
                    + " of results, so page " + results.page() + " is empty.");
        }
        Map<String, String> designs = labels(Vocabulary.STUDY_DESIGN);
        List<EntrySummary> items = results.hits().stream()
            .map(hit -> new EntrySummary(hit.slug(), hit.title(), hit.year(), hit.authors(), hit.publisher(), hit.strengthLevel(),
                    concept(designs, Vocabulary.STUDY_DESIGN, hit.studyDesign()), pageUrl(hit.slug()), links(hit.slug())))
            .toList();
        Map<String, List<EvidencePage.FacetCount>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, values) -> facets.put(facet.parameter(), values.stream()
            .map(value -> new EvidencePage.FacetCount(value.slug(), value.label(), value.count(), value.chosen()))
            .toList()));
        List<EvidencePage.Widened> widened = results.widened().stream()
            .map(word -> new EvidencePage.Widened(word.typed(), word.alsoSearched(), word.concepts().stream()
                .map(concept -> new EvidencePage.Tagged(Facet.of(concept.vocabulary()).map(Facet::parameter).orElse(null),
                        concept.slug(), concept.label()))
                .toList(), word.description()))
            .toList();
        return ResponseEntity.ok().cacheControl(SHORTLY).body(new EvidencePage(results.total(), results.page(),
                results.pageSize(), results.totalPages(), notes, items, facets, widened, query.exact()));
    }

    @GetMapping("/facets")
    @Operation(summary = "List the facets with their values and counts",
            description = "Counts over every published entry. A facet's value is what to pass in its search parameter.")
    ResponseEntity<FacetList> facets() {
        usage.count("evidence", API);
        EvidenceResults all = search.search(new EvidenceQuery(null, null, null, null, null, 1, 1));
        List<FacetList.FacetValues> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<EvidenceResults.FacetValue> counted = all.facets().getOrDefault(facet, List.of());
            List<EvidencePage.FacetCount> values = new ArrayList<>();
            Set<String> listed = new LinkedHashSet<>();
            if (facet.vocabulary() != null) {
                // every concept in use, so clients can offer choices that no entry has yet
                Map<String, Long> counts = new LinkedHashMap<>();
                counted.forEach(value -> counts.put(value.slug(), value.count()));
                for (ConceptView concept : taxonomy.concepts(facet.vocabulary())) {
                    values.add(new EvidencePage.FacetCount(concept.slug(), concept.label(), counts.getOrDefault(concept.slug(), 0L),
                            false));
                    listed.add(concept.slug());
                }
            }
            counted.stream()
                .filter(value -> !listed.contains(value.slug()))
                .forEach(value -> values.add(new EvidencePage.FacetCount(value.slug(), value.label(), value.count(), false)));
            facets.add(new FacetList.FacetValues(facet.parameter(), facet.label(), values));
        }
        return ResponseEntity.ok().cacheControl(SHORTLY).body(new FacetList(all.total(), facets));
    }

    @GetMapping(value = "/export.jsonl", produces = "application/x-ndjson")
    @Operation(summary = "Download every published entry",
            description = "The whole library as open data: one JSON object per line (JSON Lines), each a published entry "
                    + "in full with the licence of the record. Streamed, so it starts at once however large the library is.")
    @ApiResponse(responseCode = "200", description = "Every published entry, one per line",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ExportLine.class)))
    ResponseEntity<StreamingResponseBody> export() {
        usage.count("evidence", API);
        StreamingResponseBody body = out -> {
            long after = 0;
            List<Long> ids = reader.publishedIdsAfter(after, EXPORT_BATCH);
            while (!ids.isEmpty()) {
                for (EntryView entry : reader.published(ids)) {
                    out.write(json.writeValueAsBytes(new ExportLine(LICENCE, record(entry))));
                    out.write('\n');
                }
                out.flush();
                after = ids.get(ids.size() - 1);
                ids = reader.publishedIdsAfter(after, EXPORT_BATCH);
            }
        };
        String filename = "evidence-library-" + LocalDate.now(clock) + ".jsonl";
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
            .header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
            .contentType(NDJSON)
            .body(body);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Get one published entry in full",
            description = "Everything the entry's page shows: details, credits, tags, findings, strength, related entries, "
                    + "files and a citation.")
    @ApiResponse(responseCode = "200", description = "The entry")
    @ApiResponse(responseCode = "404", description = "No published entry has that slug",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<EntryRecord> entry(@Parameter(description = "The entry's slug, as in its page address", example =
            "evaluating-music-workshops") @PathVariable String slug) {
        EntryRecord entry = record(reader.published(slug));
        usage.count("evidence", API);
        return ResponseEntity.ok().cacheControl(SHORTLY).body(entry);
    }

    private EntryRecord record(EntryView entry) {
        EntryDetails d = entry.details();
        EntryRecord.Details details = new EntryRecord.Details(d.year(), d.month(), d.day(), d.publisher(), d.peerReviewed(),
                d.independence(), d.doi(), d.isbn(), d.url(), d.otherUrls(), d.language(), d.licence(), d.programmeName(),
                d.venues(), d.fieldworkFrom(), d.fieldworkTo(), d.deliveryModel(), d.dataType(), d.sampleSize(),
                d.sampleBreakdown(), d.mechanism(), d.implementationNotes(), d.costInformation(), d.summary(), d.keyQuote(),
                entry.container().present() ? new EntryRecord.Container(entry.container().title(), entry.container().volume(),
                        entry.container().issue(), entry.container().pages()) : null,
                d.sample().known() ? new EntryRecord.Sample(d.sample().count(), d.sample().max(), d.sample().bound().name(),
                        d.sample().display()) : null);
        Map<String, List<String>> credits = new LinkedHashMap<>();
        entry.credits().forEach((role, names) -> credits.put(key(role), names));
        Map<String, List<EntrySummary.ConceptRef>> tags = new LinkedHashMap<>();
        entry.tags().forEach((vocabulary, concepts) -> tags.put(vocabulary.slug(), concepts.stream()
            .map(concept -> new EntrySummary.ConceptRef(concept.slug(), concept.label()))
            .toList()));
        List<EntryRecord.FindingRecord> findings = entry.findings().stream()
            .map(f -> new EntryRecord.FindingRecord(new EntrySummary.ConceptRef(f.outcomeSlug(), f.outcome()), f.direction(),
                    f.effectSize(), f.metric(), f.timePoint(), f.confidence(), f.hasInterval()
                        ? new EntryRecord.Interval(f.intervalLower(), f.intervalUpper(), f.intervalLevel()) : null))
            .toList();
        EntrySummary.ConceptRef design = entry.design() == null ? null
                : new EntrySummary.ConceptRef(entry.design().slug(), entry.design().label());
        return new EntryRecord(entry.slug(), entry.title(), entry.date(), details, credits, entry.organisations(), tags, findings,
                new EntryRecord.Strength(entry.strengthLevel(), design, entry.strengthRationale(), entry.strengthAdjusted()),
                related(entry.related()), related(entry.sameOrganisation()),
                entry.files().stream()
                    .map(file -> new EntryRecord.FileRecord(file.id(), file.filename(), file.sizeBytes(), file.pageCount()))
                    .toList(),
                new EntryRecord.Citation(citations.cite(entry, CitationStyle.HARVARD).text()), entry.partial(), entry.fictional(), entry.lastReviewedAt(),
                entry.updatedAt(), pageUrl(entry.slug()), links(entry.slug()), entry.unmappedByField());
    }

    private List<EntryRecord.Related> related(List<EvidenceReader.Link> links) {
        return links.stream()
            .map(link -> new EntryRecord.Related(link.slug(), link.title(), link.year(), link.kind(), pageUrl(link.slug())))
            .toList();
    }

    private Map<String, String> labels(Vocabulary vocabulary) {
        Map<String, String> labels = new LinkedHashMap<>();
        taxonomy.concepts(vocabulary).forEach(concept -> labels.put(concept.slug(), concept.label()));
        return labels;
    }

    /** A concept by its slug, with the label from the vocabulary; a retired concept is looked up on its own. */
    private EntrySummary.ConceptRef concept(Map<String, String> labels, Vocabulary vocabulary, String slug) {
        if (slug == null) {
            return null;
        }
        String label = labels.get(slug);
        if (label == null) {
            label = taxonomy.find(vocabulary, slug).map(ConceptView::label).orElse(slug);
        }
        return new EntrySummary.ConceptRef(slug, label);
    }

    private static String key(Contributor.Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private String pageUrl(String slug) {
        return baseUrl + "/evidence/" + slug;
    }

    private EntrySummary.Links links(String slug) {
        return new EntrySummary.Links(baseUrl + "/api/v1/evidence/" + slug, pageUrl(slug));
    }
}
