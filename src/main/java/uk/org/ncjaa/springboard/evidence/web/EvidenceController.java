package uk.org.ncjaa.springboard.evidence.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader;
import uk.org.ncjaa.springboard.evidence.exports.CitationStyle;
import uk.org.ncjaa.springboard.evidence.exports.Citations;
import uk.org.ncjaa.springboard.evidence.files.EvidenceFiles;
import uk.org.ncjaa.springboard.evidence.search.EvidenceMap;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.GapMap;
import uk.org.ncjaa.springboard.evidence.search.EvidenceResults;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.evidence.search.Facet;
import uk.org.ncjaa.springboard.evidence.search.SearchParameters;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.insights.SearchGaps;
import uk.org.ncjaa.springboard.shared.insights.UsageCounts;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.PageMeta;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The public Evidence Library: search with facets, and one page per entry. */
@Controller
class EvidenceController {

    private final EvidenceSearch search;
    private final EvidenceMap evidenceMap;
    private final EvidenceReader reader;
    private final TaxonomyApi taxonomy;
    private final EvidenceFiles files;
    private final uk.org.ncjaa.springboard.directory.DirectoryApi directory;
    private final SpringboardProperties site;
    private final Citations citations;
    private final SearchGaps gaps;
    private final UsageCounts usage;
    private final org.springframework.context.MessageSource messages;

    EvidenceController(EvidenceSearch search, EvidenceMap evidenceMap, EvidenceReader reader, TaxonomyApi taxonomy,
            EvidenceFiles files, uk.org.ncjaa.springboard.directory.DirectoryApi directory, SpringboardProperties site,
            Citations citations, SearchGaps gaps, UsageCounts usage, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.gaps = gaps;
        this.usage = usage;
        this.citations = citations;
        this.site = site;
        this.files = files;
        this.directory = directory;
        this.search = search;
        this.evidenceMap = evidenceMap;
        this.reader = reader;
        this.taxonomy = taxonomy;
    }

    /** The whole search state lives in the query string, so any search can be shared and bookmarked. */
    @GetMapping("/evidence")
    String search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        List<String> notes = new ArrayList<>();
        EvidenceQuery query = query(params, notes);
        EvidenceResults results = search.search(query);
        // words that found nothing are a gap to fill; browsing, filters alone and later pages are not
        if (results.total() == 0 && !query.text().isEmpty() && query.page() == 1) {
            gaps.nothingFound("evidence", query.text());
        }
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        // what else each word was searched for, in the page's language
        model.addAttribute("widened", results.widened().stream().map(word -> word.description((key, arguments) ->
                messages.getMessage(key, arguments, locale()))).toList());
        model.addAttribute("facets", Facet.values());
        model.addAttribute("sorts", EvidenceQuery.Sort.values());
        model.addAttribute("notes", notes);
        model.addAttribute("pageLinks", pageLinks(params, results));
        model.addAttribute("filterQuery", filterQuery(params));
        // the same search with words that name a concept widened, or not: from its first page, as the results change
        org.springframework.util.LinkedMultiValueMap<String, String> exactly = new org.springframework.util.LinkedMultiValueMap<>(params);
        exactly.remove("page");
        exactly.remove("exact");
        model.addAttribute("widenLink", "/evidence?" + queryString(exactly));
        exactly.add("exact", "1");
        model.addAttribute("exactLink", "/evidence?" + queryString(exactly));
        if (results.total() == 0 && !query.text().isEmpty()) {
            search.suggestion(query.text()).ifPresent(better -> {
                org.springframework.util.LinkedMultiValueMap<String, String> corrected = new org.springframework.util.LinkedMultiValueMap<>(params);
                corrected.put("q", List.of(better));
                corrected.remove("page");
                model.addAttribute("suggestion", better);
                model.addAttribute("suggestionLink", "/evidence?" + filterQuery(corrected));
            });
        }
        List<String> selected = params.getOrDefault("entry", List.of()).stream()
            .filter(slug -> slug.matches("[a-z0-9-]{1,120}")).distinct().limit(ExportController.MAX_EXPORT).toList();
        model.addAttribute("selected", selected);
        org.springframework.util.LinkedMultiValueMap<String, String> withoutPicks = new org.springframework.util.LinkedMultiValueMap<>(params);
        withoutPicks.remove("entry");
        model.addAttribute("resultsQuery", filterQuery(withoutPicks));
        StringBuilder picks = new StringBuilder();
        selected.forEach(slug -> picks.append("entry=").append(encode(slug)).append('&'));
        model.addAttribute("selectedQuery", picks.toString());
        // every search and page of results is one page to a search engine: the library itself
        model.addAttribute("meta", new PageMeta(messages.getMessage("evidence.name", null, locale()),
                messages.getMessage("evidence.search.meta", null, locale()), site.baseUrl() + "/evidence", "website"));
        return Htmx.view(request, "evidence/search", "area");
    }

    /** The evidence-and-gap map for whatever the search filters select. */
    @GetMapping("/evidence/map")
    String map(@RequestParam MultiValueMap<String, String> params, Model model) {
        List<String> notes = new ArrayList<>();
        EvidenceQuery query = query(params, notes);
        GapMap.Axis axis = GapMap.Axis.fromParameter(params.getFirst("by"));
        GapMap map = evidenceMap.map(query, axis);
        model.addAttribute("map", map);
        model.addAttribute("query", query);
        model.addAttribute("notes", notes);
        model.addAttribute("axes", GapMap.Axis.values());
        model.addAttribute("filterQuery", filterQuery(params));
        return "evidence/map";
    }

    @GetMapping(value = "/evidence/map.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> mapCsv(@RequestParam MultiValueMap<String, String> params) {
        GapMap.Axis axis = GapMap.Axis.fromParameter(params.getFirst("by"));
        GapMap map = evidenceMap.map(query(params, new ArrayList<>()), axis);
        StringBuilder csv = new StringBuilder(csvCell("Outcome"));
        map.columns().forEach(column -> csv.append(',').append(csvCell(column.label())));
        csv.append("\r\n");
        for (GapMap.Row row : map.rows()) {
            csv.append(csvCell(row.outcome().label()));
            row.cells().forEach(cell -> csv.append(',').append(cell.count()));
            csv.append("\r\n");
        }
        return org.springframework.http.ResponseEntity.ok()
            .header("Content-Disposition", "attachment; filename=\"evidence-gap-map-" + axis.parameter() + ".csv\"")
            .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
            .body(csv.toString());
    }

    @GetMapping(value = "/evidence/map.svg", produces = "image/svg+xml")
    org.springframework.http.ResponseEntity<String> mapSvg(@RequestParam MultiValueMap<String, String> params) {
        GapMap.Axis axis = GapMap.Axis.fromParameter(params.getFirst("by"));
        EvidenceQuery query = query(params, new ArrayList<>());
        GapMap map = evidenceMap.map(query, axis);
        String title = "Evidence and gap map: outcomes by " + (axis == GapMap.Axis.ART ? "art form" : "justice setting")
                + (query.text().isEmpty() && !query.hasFilters() ? "" : " (filtered)");
        return org.springframework.http.ResponseEntity.ok()
            .header("Content-Disposition", "attachment; filename=\"evidence-gap-map-" + axis.parameter() + ".svg\"")
            .contentType(org.springframework.http.MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
            .body(GapMapSvg.render(map, title));
    }

    /** Quotes a CSV cell, and stops a spreadsheet reading it as a formula. */
    static String csvCell(String text) {
        return uk.org.ncjaa.springboard.evidence.exports.CitationFormats.csvCell(text);
    }

    /** The filters of a search as a query string, for links that keep them (without paging or sorting). */
    static String filterQuery(MultiValueMap<String, String> params) {
        StringBuilder link = new StringBuilder();
        params.forEach((name, values) -> {
            if (!List.of("page", "sort", "by").contains(name)) {
                values.forEach(value -> link.append(encode(name)).append('=').append(encode(value)).append('&'));
            }
        });
        return link.toString();
    }

    @GetMapping("/evidence/strength")
    String strength(Model model) {
        model.addAttribute("designs", taxonomy.concepts(Vocabulary.STUDY_DESIGN));
        model.addAttribute("examples", uk.org.ncjaa.springboard.evidence.domain.StrengthRubric.examples());
        return "evidence/strength";
    }

    /** A PDF of a published entry for anyone; of an unpublished one only for editors and the member who sent it. */
    @GetMapping("/evidence/{slug}/files/{id}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable String slug, @PathVariable long id,
            org.springframework.security.core.Authentication authentication) {
        var file = reader.file(slug, id);
        var entry = file.entry();
        boolean editor = authentication != null && authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
        boolean owner = authentication != null && authentication.getPrincipal() instanceof AccountUser user
                && entry.submittedBy() != null && entry.submittedBy() == user.id();
        if (entry.status() != uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus.PUBLISHED && !editor && !owner) {
            throw new uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException(slug);
        }
        var content = files.content(file).orElseThrow(() -> new uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException(slug));
        // only a file checked at upload and holding nothing that runs opens in the browser; any other is a download
        // what the public reads, not editors opening drafts
        if (entry.status() == uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus.PUBLISHED) {
            usage.count("evidence", "pdf-download");
        }
        var disposition = file.servedInline() ? org.springframework.http.ContentDisposition.inline()
                : org.springframework.http.ContentDisposition.attachment();
        return org.springframework.http.ResponseEntity.ok()
            .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
            .header("Content-Disposition", disposition.filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(content);
    }

    /** The entry, with its reference in the style the reader picks ({@code ?style=apa}; Harvard unless asked). */
    @GetMapping("/evidence/{slug}")
    String entry(@PathVariable String slug, @RequestParam(required = false) String style, Model model) {
        EvidenceReader.EntryView entry = reader.published(slug);
        model.addAttribute("entry", entry);
        model.addAttribute("reference", citations.cite(entry, CitationStyle.fromParameter(style)));
        model.addAttribute("styles", CitationStyle.values());
        model.addAttribute("plots", ForestPlot.of(entry.findings()));
        // organisations credited that have a listing in the directory link to it
        model.addAttribute("listings", directory.slugsByName(entry.organisations()));
        // a Welsh page describes the entry by its Welsh summary where an editor wrote one
        String summary = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(org.springframework.context.i18n.LocaleContextHolder.getLocale())
                && entry.summaryCy() != null ? entry.summaryCy() : entry.details().summary();
        String byline = String.join(", ", entry.authors()) + (entry.year() == null ? "" : " (" + entry.year() + ")");
        model.addAttribute("meta", new PageMeta(entry.title(), summary != null && !summary.isBlank() ? plain(summary)
                : (byline.isBlank() ? "" : byline.strip() + ". ") + messages.getMessage("evidence.entry.meta", null, locale()),
                site.baseUrl() + "/evidence/" + entry.slug(), "article")
            .withTags(uk.org.ncjaa.springboard.evidence.exports.HighwireTags.of(entry, site.baseUrl())));
        return "evidence/entry";
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    static EvidenceQuery query(MultiValueMap<String, String> params, List<String> notes) {
        return SearchParameters.read(params, notes);
    }

    /** Text for a page's description: one line, as a search engine or link preview shows it. */
    private static String plain(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every parameter as a query string, sort included. */
    private static String queryString(MultiValueMap<String, String> params) {
        StringBuilder link = new StringBuilder();
        params.forEach((name, values) -> values.forEach(value -> link.append(encode(name)).append('=').append(encode(value)).append('&')));
        return link.toString();
    }

    private static Map<Integer, String> pageLinks(MultiValueMap<String, String> params, EvidenceResults results) {
        Map<Integer, String> links = new java.util.LinkedHashMap<>();
        int last = results.totalPages();
        for (int page : new LinkedHashSet<>(List.of(1, results.page() - 1, results.page(), results.page() + 1, last))) {
            if (page >= 1 && page <= last) {
                StringBuilder link = new StringBuilder("/evidence?");
                params.forEach((name, values) -> {
                    if (!name.equals("page")) {
                        values.forEach(value -> link.append(encode(name)).append('=').append(encode(value)).append('&'));
                    }
                });
                links.put(page, link.append("page=").append(page).toString());
            }
        }
        return links;
    }
}
