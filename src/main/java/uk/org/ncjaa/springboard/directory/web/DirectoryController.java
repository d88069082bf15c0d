package uk.org.ncjaa.springboard.directory.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.directory.DirectoryProperties;
import uk.org.ncjaa.springboard.directory.DirectoryWords;
import uk.org.ncjaa.springboard.directory.domain.Hsds;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.directory.domain.Logos;
import uk.org.ncjaa.springboard.directory.search.DirectoryFacet;
import uk.org.ncjaa.springboard.directory.search.DirectoryQuery;
import uk.org.ncjaa.springboard.directory.search.DirectoryResults;
import uk.org.ncjaa.springboard.directory.search.DirectorySearch;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.insights.SearchGaps;
import uk.org.ncjaa.springboard.shared.insights.UsageCounts;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.PageMeta;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The public Directory of Services: search with facets, a page per organisation, the region map and open-data exports. */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final Listings listings;
    private final Logos logos;
    private final Hsds hsds;
    private final TaxonomyApi taxonomy;
    private final DirectoryProperties properties;
    private final SpringboardProperties site;
    private final Clock clock;
    private final java.util.Optional<uk.org.ncjaa.springboard.directory.OrganisationEvidence> evidence;
    private final java.util.Optional<uk.org.ncjaa.springboard.directory.OrganisationEvents> events;
    private final SearchGaps gaps;
    private final UsageCounts usage;

    DirectoryController(DirectorySearch search, Listings listings, Logos logos, Hsds hsds, TaxonomyApi taxonomy,
            DirectoryProperties properties, SpringboardProperties site, Clock clock,
            java.util.Optional<uk.org.ncjaa.springboard.directory.OrganisationEvidence> evidence,
            java.util.Optional<uk.org.ncjaa.springboard.directory.OrganisationEvents> events, SearchGaps gaps, UsageCounts usage) {
        this.gaps = gaps;
        this.usage = usage;
        this.evidence = evidence;
        this.events = events;
        this.search = search;
        this.listings = listings;
        this.logos = logos;
        this.hsds = hsds;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    /** The whole search state lives in the query string, so any search can be shared and bookmarked. */
    @GetMapping("/directory")
    String search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        List<String> notes = new ArrayList<>();
        DirectoryQuery query = DirectoryQuery.read(params, notes);
        DirectoryResults results = search.search(query);
        // words that found nothing are a gap to fill; browsing, filters alone and later pages are not
        if (results.total() == 0 && !query.text().isEmpty() && query.page() == 1) {
            gaps.nothingFound("directory", query.text());
        }
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("facets", DirectoryFacet.values());
        model.addAttribute("sorts", DirectoryQuery.Sort.values());
        model.addAttribute("notes", notes);
        model.addAttribute("pageLinks", pageLinks(query, results));
        // listings not confirmed for a while are flagged in the results as on their own page
        model.addAttribute("overdue", results.hits().stream().filter(hit -> properties.overdue(hit.verifiedAt(), clock))
            .map(DirectoryResults.Hit::slug).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("meta", new PageMeta(DirectoryWords.of("directory.heading", "Directory of Services"),
                DirectoryWords.of("directory.search.lead", "Arts organisations working in prisons, on probation and "
                + "in the community: what they do, where, and how to work with them."), site.baseUrl() + "/directory", "website"));
        return Htmx.view(request, "directory/search", "area");
    }

    /** Listings by region, as a map drawn in SVG with the same figures in a table beside it. */
    @GetMapping("/directory/map")
    String map(Model model) {
        Map<String, Long> counts = search.countBy(DirectoryFacet.REGION);
        Map<String, String> labels = new LinkedHashMap<>();
        taxonomy.concepts(Vocabulary.REGION).forEach(region -> labels.put(region.slug(), region.label()));
        model.addAttribute("tiles", uk.org.ncjaa.springboard.shared.web.RegionTiles.layout(labels, counts));
        model.addAttribute("labels", labels);
        model.addAttribute("counts", counts);
        return "directory/map";
    }

    @GetMapping("/directory/{slug:[a-z0-9-]{1,100}}")
    String listing(@PathVariable String slug, Model model) {
        Listing listing = listings.published(slug).orElseThrow(() -> new NotFoundException("No such listing"));
        uk.org.ncjaa.springboard.directory.ListingContent info = listing.published().orElseThrow();
        model.addAttribute("listing", listing);
        model.addAttribute("info", info);
        model.addAttribute("overdue", properties.overdue(listing.verifiedAt(), clock));
        model.addAttribute("hidden", properties.hidden(listing.verifiedAt(), clock));
        boolean logo = logos.has(listing.id(), false);
        model.addAttribute("logo", logo);
        String href = site.baseUrl() + "/directory/" + listing.slug();
        // a Welsh page describes the listing by its Welsh description where it has one
        String description = info.description(uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("meta", new PageMeta(info.name(), description == null ? "" : description.replaceAll("\\s+", " ").strip(),
                href, "website", logo ? href + "/logo.png" : null));
        model.addAttribute("facts", facts(info));
        String name = info.name();
        model.addAttribute("research", evidence.map(found -> found.count(name)).orElse(0L));
        model.addAttribute("researchHref", evidence.map(found -> found.href(name)).orElse(null));
        model.addAttribute("events", events.map(found -> found.upcoming(name, 5)).orElse(java.util.List.of()));
        return "directory/listing";
    }

    @GetMapping("/directory/{slug:[a-z0-9-]{1,100}}/logo.png")
    ResponseEntity<byte[]> logo(@PathVariable String slug) {
        Listing listing = listings.published(slug).orElseThrow(() -> new NotFoundException("No such listing"));
        byte[] image = logos.image(listing.id(), false).orElseThrow(() -> new NotFoundException("No logo"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
            .header("X-Content-Type-Options", "nosniff").body(image);
    }

    /** The whole published directory as Open Referral HSDS JSON, streamed. */
    @GetMapping("/directory/export/hsds.json")
    void exportJson(HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"directory-hsds.json\"");
        usage.count("directory", "hsds-export");
        hsds.writeJson(response.getOutputStream(), site.baseUrl());
    }

    /** The same as HSDS CSV tables, one file per table in a ZIP with the datapackage.json that describes them. */
    @GetMapping("/directory/export/hsds-csv.zip")
    void exportCsv(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"directory-hsds-csv.zip\"");
        usage.count("directory", "hsds-export");
        hsds.writeCsvZip(response.getOutputStream(), site.baseUrl());
    }

    /** A listing's vocabulary choices in words, by heading; headings with nothing chosen are left out. */
    private Map<String, String> facts(uk.org.ncjaa.springboard.directory.ListingContent content) {
        Map<String, String> facts = new LinkedHashMap<>();
        fact(facts, DirectoryFacet.ART_FORM.label(), Vocabulary.ART_FORM, content.artForms());
        if (!content.deliveryModels().isEmpty()) {
            facts.put(DirectoryFacet.DELIVERY_MODEL.label(), String.join(", ", content.deliveryModels().stream()
                .map(slug -> uk.org.ncjaa.springboard.directory.DeliveryModel.fromSlug(slug)
                    .map(DirectorySearch::label).orElse(slug)).toList()));
        }
        fact(facts, DirectoryFacet.SETTING.label(), Vocabulary.SETTING, content.settings());
        fact(facts, DirectoryFacet.PARTICIPANT.label(), Vocabulary.PARTICIPANT, content.participants());
        fact(facts, DirectoryFacet.GROUP.label(), Vocabulary.GROUP, content.groups());
        fact(facts, DirectoryWords.of("directory.listing.regions", "Regions served"), Vocabulary.REGION, content.regions());
        return facts;
    }

    private void fact(Map<String, String> facts, String heading, Vocabulary vocabulary, List<String> slugs) {
        if (!slugs.isEmpty()) {
            facts.put(heading, String.join(", ", slugs.stream()
                .map(slug -> taxonomy.find(vocabulary, slug).map(ConceptView::label).orElse(slug)).toList()));
        }
    }

    private static Map<Integer, String> pageLinks(DirectoryQuery query, DirectoryResults results) {
        Map<Integer, String> links = new LinkedHashMap<>();
        int last = results.totalPages();
        String base = query.toQueryString(false);
        for (int page : new LinkedHashSet<>(List.of(1, results.page() - 1, results.page(), results.page() + 1, last))) {
            if (page >= 1 && page <= last) {
                links.put(page, "/directory?" + (base.isEmpty() ? "" : base + "&") + "page=" + page);
            }
        }
        return links;
    }
}
