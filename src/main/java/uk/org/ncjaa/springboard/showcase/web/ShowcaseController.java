package uk.org.ncjaa.springboard.showcase.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.directory.OrganisationEvidence;
import uk.org.ncjaa.springboard.showcase.domain.Exhibition;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.WorkKind;
import uk.org.ncjaa.springboard.showcase.domain.WorkStatus;
import uk.org.ncjaa.springboard.showcase.domain.Works;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.AtomFeeds;
import uk.org.ncjaa.springboard.shared.web.FeedLink;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.PageMeta;
import uk.org.ncjaa.springboard.shared.web.Paging;
import uk.org.ncjaa.springboard.shared.web.Videos;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The public showcase: the gallery with its filters, each work's page, its picture and recording,
 * exhibitions and the feeds. A work's files are kept by browsers for a minute only, so a withdrawal
 * reaches them within a minute too; before publication, only editors and the organisation see them.
 */
@Controller
class ShowcaseController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int PAGE_SIZE = 24;
    private static final Duration MEDIA_KEPT = Duration.ofMinutes(1);

    private final Works works;
    private final TaxonomyApi taxonomy;
    private final SpringboardProperties site;
    private final List<String> videoHosts;
    private final java.util.Optional<OrganisationEvidence> evidence;
    private final org.springframework.context.MessageSource messages;

    ShowcaseController(Works works, TaxonomyApi taxonomy, SpringboardProperties site,
            @Value("${springboard.content.video-hosts:youtube.com,youtu.be,vimeo.com}") List<String> videoHosts,
            java.util.Optional<OrganisationEvidence> evidence, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.evidence = evidence;
        this.works = works;
        this.taxonomy = taxonomy;
        this.site = site;
        this.videoHosts = videoHosts;
    }

    @GetMapping("/showcase")
    String gallery(@RequestParam(required = false) String kind, @RequestParam(required = false) String art,
            @RequestParam(required = false) String setting, @RequestParam(required = false) String region,
            @RequestParam(required = false) String year, @RequestParam(required = false) String page, HttpServletRequest request,
            Model model) {
        Map<String, String> artForms = taxonomy.labels(Vocabulary.ART_FORM);
        Map<String, String> settings = taxonomy.labels(Vocabulary.SETTING);
        Map<String, String> regions = taxonomy.labels(Vocabulary.REGION);
        WorkKind chosenKind = WorkKind.of(kind);
        // a filter naming nothing known is no filter, rather than an empty gallery
        String chosenArt = artForms.containsKey(art) ? art : null;
        String chosenSetting = settings.containsKey(setting) ? setting : null;
        String chosenRegion = regions.containsKey(region) ? region : null;
        Integer chosenYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        Works.Gallery gallery = works.gallery(chosenKind, chosenArt, chosenSetting, chosenRegion, chosenYear);
        List<Work> found = gallery.found();
        int index = Math.min(Paging.index(page != null && page.matches("\\d{1,4}") ? Integer.valueOf(page) : null),
                Math.max(0, (found.size() - 1) / PAGE_SIZE));
        List<WorkView> shown = found.stream().skip((long) index * PAGE_SIZE).limit(PAGE_SIZE)
            .map(w -> new WorkView(w, artForms, settings, regions)).toList();
        Paging paging = Paging.of(new org.springframework.data.domain.PageImpl<>(shown,
                org.springframework.data.domain.PageRequest.of(index, PAGE_SIZE), found.size()));
        model.addAttribute("works", shown);
        model.addAttribute("total", found.size());
        model.addAttribute("paging", paging);
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("artForms", artForms);
        model.addAttribute("settings", settings);
        model.addAttribute("regions", regions);
        Map<String, String> years = new java.util.LinkedHashMap<>();
        gallery.years().forEach(y -> years.put(String.valueOf(y), String.valueOf(y)));
        model.addAttribute("years", years);
        model.addAttribute("chosen", new Chosen(chosenKind == null ? null : chosenKind.slug(), chosenArt, chosenSetting, chosenRegion,
                chosenYear == null ? null : String.valueOf(chosenYear)));
        model.addAttribute("exhibitions", works.exhibitions());
        model.addAttribute("meta", new PageMeta(text("showcase.meta.title"), text("showcase.meta.description"),
                site.baseUrl() + "/showcase", "website"));
        model.addAttribute("feed", new FeedLink("/showcase/feed", text("showcase.meta.feed")));
        return Htmx.view(request, "showcase/gallery", "results");
    }

    /** The filters as chosen, for the form and the paging links. */
    record Chosen(String kind, String art, String setting, String region, String year) {

        public String query() {
            StringBuilder query = new StringBuilder("/showcase?");
            add(query, "kind", kind);
            add(query, "art", art);
            add(query, "setting", setting);
            add(query, "region", region);
            add(query, "year", year);
            return query.toString();
        }

        private static void add(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append(name).append('=').append(value).append('&');
            }
        }
    }

    /** A work with its vocabulary slugs in words. */
    record WorkView(Work work, String artForm, String setting, String region) {

        WorkView(Work work, Map<String, String> artForms, Map<String, String> settings, Map<String, String> regions) {
            this(work, artForms.getOrDefault(work.artForm(), work.artForm()), settings.getOrDefault(work.setting(), work.setting()),
                    regions.getOrDefault(work.region(), work.region()));
        }

        /** The picture's size on a gallery card, which the page gives so nothing moves as pictures arrive. */
        public int cardWidth() {
            return work.widthAt(320);
        }

        public int cardHeight() {
            return work.heightAt(320);
        }
    }

    @GetMapping("/showcase/works/{slug:[a-z0-9-]{1,140}}")
    String work(@PathVariable String slug, @RequestParam(required = false) String video, Model model) {
        Work work = works.shown(slug).orElseThrow(() -> new NotFoundException("No work " + slug));
        model.addAttribute("w", new WorkView(work, taxonomy.labels(Vocabulary.ART_FORM), taxonomy.labels(Vocabulary.SETTING),
                taxonomy.labels(Vocabulary.REGION)));
        String embed = work.videoAddress() == null ? null : Videos.embed(work.videoAddress(), videoHosts).orElse(null);
        model.addAttribute("embed", embed);
        // the other site learns of a visit only when the visitor asks for its video
        model.addAttribute("playVideo", embed != null && "show".equals(video));
        model.addAttribute("exhibitions", works.exhibitions().stream().filter(e -> e.workIds().contains(work.id())).toList());
        // research on the organisation's programmes, as its Directory listing links to it
        long studies = evidence.map(e -> e.count(work.organisationName())).orElse(0L);
        model.addAttribute("studies", studies);
        model.addAttribute("studiesHref", studies > 0 ? evidence.get().href(work.organisationName()) : null);
        String description = work.kind() == WorkKind.IMAGE ? work.description() : work.makerWords();
        model.addAttribute("meta", new PageMeta(text("showcase.meta.page", work.title()), description.length() > 200 ? description.substring(0, 197) + "…"
                : description, site.baseUrl() + work.href(), "article",
                work.imageKey() == null ? null : site.baseUrl() + work.href() + "/800.jpg", List.of()));
        return "showcase/work";
    }

    @GetMapping("/showcase/works/{slug:[a-z0-9-]{1,140}}/{width:\\d{3,4}}.jpg")
    ResponseEntity<Resource> image(@PathVariable String slug, @PathVariable int width, @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request) {
        Work work = visible(slug, user, request);
        Resource image = works.image(work, width).orElseThrow(() -> new NotFoundException("No picture " + slug + " at " + width));
        return media(work, MediaType.IMAGE_JPEG, image);
    }

    @GetMapping("/showcase/works/{slug:[a-z0-9-]{1,140}}/recording")
    ResponseEntity<Resource> recording(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        Work work = visible(slug, user, request);
        Resource audio = works.audio(work).orElseThrow(() -> new NotFoundException("No recording " + slug));
        MediaType type = "MP3".equals(work.audioFormat()) ? MediaType.parseMediaType("audio/mpeg") : MediaType.parseMediaType("audio/ogg");
        return media(work, type, audio);
    }

    /** A shown work for everyone; one not yet public for editors and the people who look after its organisation. */
    private Work visible(String slug, AccountUser user, HttpServletRequest request) {
        Work work = works.bySlug(slug).orElseThrow(() -> new NotFoundException("No work " + slug));
        if (work.shown(works.today())) {
            return work;
        }
        boolean insider = work.status() != WorkStatus.WITHDRAWN && user != null
                && (request.isUserInRole("EDITOR") || works.organisations(user.id()).stream().anyMatch(o -> o.id() == work.listingId()));
        if (!insider) {
            throw new NotFoundException("No work " + slug);
        }
        return work;
    }

    private ResponseEntity<Resource> media(Work work, MediaType type, Resource body) {
        CacheControl cache = work.status() == WorkStatus.PUBLISHED ? CacheControl.maxAge(MEDIA_KEPT).cachePublic()
                : CacheControl.noStore();
        return ResponseEntity.ok().contentType(type).cacheControl(cache).header("X-Content-Type-Options", "nosniff").body(body);
    }

    @GetMapping("/showcase/exhibitions/{slug:[a-z0-9-]{1,140}}")
    String exhibition(@PathVariable String slug, Model model) {
        Exhibition exhibition = works.exhibition(slug).orElseThrow(() -> new NotFoundException("No exhibition " + slug));
        Map<String, String> artForms = taxonomy.labels(Vocabulary.ART_FORM);
        Map<String, String> settings = taxonomy.labels(Vocabulary.SETTING);
        Map<String, String> regions = taxonomy.labels(Vocabulary.REGION);
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("works", works.hanging(exhibition).stream().map(w -> new WorkView(w, artForms, settings, regions)).toList());
        model.addAttribute("meta", new PageMeta(text("showcase.meta.page", exhibition.title()), text("showcase.meta.exhibition"),
                site.baseUrl() + exhibition.href(), "website"));
        model.addAttribute("feed", new FeedLink(exhibition.href() + "/feed", exhibition.title()));
        return "showcase/exhibition";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @GetMapping("/showcase/feed")
    @ResponseBody
    ResponseEntity<String> feed() throws FeedException {
        return atom("/showcase/feed", "Showcase | National Criminal Justice Arts Alliance", "/showcase",
                works.published().stream().limit(50).toList());
    }

    @GetMapping("/showcase/exhibitions/{slug:[a-z0-9-]{1,140}}/feed")
    @ResponseBody
    ResponseEntity<String> exhibitionFeed(@PathVariable String slug) throws FeedException {
        Exhibition exhibition = works.exhibition(slug).orElseThrow(() -> new NotFoundException("No exhibition " + slug));
        return atom(exhibition.href() + "/feed", exhibition.title() + " | Showcase", exhibition.href(), works.hanging(exhibition));
    }

    private ResponseEntity<String> atom(String path, String title, String page, List<Work> shown) throws FeedException {
        Feed feed = AtomFeeds.feed(site.baseUrl() + path, title,
                shown.stream().map(Work::updatedAt).max(java.util.Comparator.naturalOrder()).orElse(null), site.baseUrl() + page);
        List<Entry> entries = new ArrayList<>();
        for (Work work : shown) {
            Entry entry = AtomFeeds.entry(site.baseUrl() + work.href(), work.title(), work.publishedAt(), work.updatedAt());
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(work.kind().label() + " by " + work.credit() + ", " + work.organisationName() + ", " + work.year()
                    + (work.makerWords().isBlank() ? "" : ". " + work.makerWords()));
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(new WireFeedOutput().outputString(feed));
    }
}
