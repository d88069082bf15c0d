package uk.org.ncjaa.springboard.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import uk.org.ncjaa.springboard.directory.domain.Hsds;
import uk.org.ncjaa.springboard.directory.search.DirectoryQuery;
import uk.org.ncjaa.springboard.directory.search.DirectoryResults;
import uk.org.ncjaa.springboard.directory.search.DirectorySearch;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.insights.SearchGaps;
import uk.org.ncjaa.springboard.shared.insights.UsageCounts;

/**
 * The Directory of Services as open data in the Open Referral HSDS 3.0 shape: search, one
 * organisation in full, and the whole directory in one download. Read-only, and the same for everyone.
 */
@RestController
@RequestMapping(path = "/api/v1/directory", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory of Services", description = "Arts organisations working in criminal justice, in Open Referral HSDS 3.0 shape")
class DirectoryApiController {

    private static final CacheControl SHORTLY = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final DirectorySearch search;
    private final Hsds hsds;
    private final String baseUrl;
    private final SearchGaps gaps;
    private final UsageCounts usage;

    DirectoryApiController(DirectorySearch search, Hsds hsds, SpringboardProperties properties, SearchGaps gaps, UsageCounts usage) {
        this.gaps = gaps;
        this.usage = usage;
        this.search = search;
        this.hsds = hsds;
        this.baseUrl = properties.baseUrl();
    }

    /** A page of organisations as HSDS's API gives them, with the directory's facet counts and notes on the query. */
    record OrganizationPage(@Schema(description = "Organisations matching") long total_items, long total_pages, int page_number,
            int size, boolean first_page, boolean last_page, List<String> notes, List<Map<String, Object>> contents,
            Map<String, List<DirectoryResults.FacetValue>> facets) {
    }

    @GetMapping("/organizations")
    @Operation(summary = "Search organisations",
            description = "Takes the same parameters as the directory search page. Several values of one facet mean any of "
                    + "them; different facets must all match. Nothing in the query is an error: what cannot be used is left "
                    + "out, and notes says what and why. Listings not confirmed by their organisation for too long are left out.")
    @Parameters({
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find", schema = @Schema(type = "string")),
        @Parameter(name = "art", in = ParameterIn.QUERY, description = "Art form concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string", example = "music"))),
        @Parameter(name = "model", in = ParameterIn.QUERY, description = "Delivery models",
                array = @ArraySchema(schema = @Schema(type = "string", example = "workshops"))),
        @Parameter(name = "setting", in = ParameterIn.QUERY, description = "Justice setting concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string", example = "prison"))),
        @Parameter(name = "participant", in = ParameterIn.QUERY, description = "Participant concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "group", in = ParameterIn.QUERY, description = "Group concept slugs",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(name = "region", in = ParameterIn.QUERY, description = "Region concept slugs, served or with a location",
                array = @ArraySchema(schema = @Schema(type = "string", example = "london"))),
        @Parameter(name = "led", in = ParameterIn.QUERY, description = "lived-experience: only organisations led by people with "
                + "lived experience of the justice system", schema = @Schema(type = "string", allowableValues = "lived-experience")),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order of results", schema = @Schema(type = "string",
                allowableValues = { "relevance", "name", "verified" })),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page of results, from 1, with "
                + DirectoryQuery.PAGE_SIZE + " a page", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) })
    ResponseEntity<OrganizationPage> organizations(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        List<String> notes = new ArrayList<>();
        DirectoryQuery query = DirectoryQuery.read(params, notes);
        DirectoryResults results = search.search(query);
        usage.count("directory", "api");
        // as on the search page: only words that found nothing, on the first page
        if (results.total() == 0 && !query.text().isEmpty() && query.page() == 1) {
            gaps.nothingFound("directory", query.text());
        }
        List<Map<String, Object>> contents = hsds.published(results.hits().stream().map(DirectoryResults.Hit::slug).toList()).stream()
            .map(listing -> hsds.organization(listing, baseUrl)).toList();
        Map<String, List<DirectoryResults.FacetValue>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, values) -> facets.put(facet.parameter(), values));
        return ResponseEntity.ok().cacheControl(SHORTLY).body(new OrganizationPage(results.total(), results.totalPages(),
                results.page(), DirectoryQuery.PAGE_SIZE, results.page() == 1, results.page() >= results.totalPages(), notes,
                contents, facets));
    }

    @GetMapping("/organizations/{slug}")
    @Operation(summary = "One organisation in full", description = "By the listing's name in its web address, as in /directory/{slug}.")
    ResponseEntity<Map<String, Object>> organization(@PathVariable String slug) {
        List<Hsds.Published> found = slug.matches("[a-z0-9-]{1,100}") ? hsds.published(List.of(slug)) : List.of();
        if (found.isEmpty()) {
            throw new NotFoundException("There is no published listing " + slug);
        }
        usage.count("directory", "api");
        return ResponseEntity.ok().cacheControl(SHORTLY).body(hsds.organization(found.get(0), baseUrl));
    }

    @GetMapping("/export.json")
    @Operation(summary = "Download the whole directory",
            description = "Every published organisation as an HSDS 3.0 JSON array, streamed. The same as HSDS CSV tables in a "
                    + "ZIP, with a Frictionless datapackage.json: /directory/export/hsds-csv.zip.")
    ResponseEntity<StreamingResponseBody> export() {
        usage.count("directory", "api");
        StreamingResponseBody body = out -> hsds.writeJson(out, baseUrl);
        return ResponseEntity.ok().cacheControl(SHORTLY)
            .header("Content-Disposition", "attachment; filename=\"directory-hsds.json\"").body(body);
    }
}
