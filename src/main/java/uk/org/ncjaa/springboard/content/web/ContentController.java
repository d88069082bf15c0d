package uk.org.ncjaa.springboard.content.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentReader;
import uk.org.ncjaa.springboard.content.domain.ListingQuery;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.FeedLink;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.PageMeta;
import uk.org.ncjaa.springboard.shared.web.RequestPaths;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The public side: each kind's listing with its filters, and item pages at readable, stable addresses. */
@Controller
class ContentController {

    private final ContentReader reader;
    private final TaxonomyApi taxonomy;
    private final SpringboardProperties site;
    private final ItemPage itemPage;
    private final ContentWords words;

    ContentController(ContentReader reader, TaxonomyApi taxonomy, SpringboardProperties site, ItemPage itemPage, ContentWords words) {
        this.itemPage = itemPage;
        this.words = words;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.site = site;
    }

    @GetMapping({ "/news", "/blog", "/case-studies", "/publications", "/opportunities" })
    String listing(HttpServletRequest request, @RequestParam(required = false) String topic,
            @RequestParam(name = "art-form", required = false) String artForm, @RequestParam(required = false) String region,
            @RequestParam(required = false) String year, @RequestParam(required = false) String type,
            @RequestParam(required = false) String closed, @RequestParam(required = false) String page, Model model) {
        ContentKind kind = ContentKind.fromSection(RequestPaths.of(request).substring(1)).orElseThrow();
        ListingQuery query = new ListingQuery(topic, artForm, region, number(year), type, "include".equals(closed),
                Optional.ofNullable(number(page)).orElse(1));
        // the news page carries the blog too: one place for what is new
        List<ContentKind> kinds = kind == ContentKind.NEWS ? List.of(ContentKind.NEWS, ContentKind.BLOG) : List.of(kind);
        model.addAttribute("kind", kind);
        model.addAttribute("query", query);
        model.addAttribute("listing", reader.listing(kinds, query));
        model.addAttribute("artForms", taxonomy.labels(Vocabulary.ART_FORM));
        model.addAttribute("regions", taxonomy.labels(Vocabulary.REGION));
        model.addAttribute("types", words.types(kind));
        model.addAttribute("today", reader.today());
        model.addAttribute("pageHref", pageHref(kind, query));
        model.addAttribute("meta", new PageMeta(words.plural(kind), words.summary(kind), site.baseUrl() + "/" + kind.section(), "website"));
        model.addAttribute("feed", new FeedLink("/" + kind.section() + "/feed", words.text("content.feed.title", words.plural(kind))));
        return Htmx.view(request, "content/listing", "results");
    }

    @GetMapping({ "/news/{year}/{month}/{slug}", "/blog/{year}/{month}/{slug}" })
    String dated(HttpServletRequest request, @PathVariable String slug, @RequestParam(required = false) String video, Model model) {
        ContentKind kind = RequestPaths.of(request).startsWith("/news/") ? ContentKind.NEWS : ContentKind.BLOG;
        ContentItem item = find(kind, slug);
        if (!item.href().equals(RequestPaths.of(request))) {
            // a mistyped month still finds the post, at its one address
            return "redirect:" + item.href();
        }
        return show(item, video, model);
    }

    @GetMapping({ "/case-studies/{slug}", "/publications/{slug}", "/opportunities/{slug}" })
    String item(HttpServletRequest request, @PathVariable String slug, @RequestParam(required = false) String video, Model model) {
        ContentKind kind = ContentKind.fromSection(RequestPaths.of(request).split("/")[1]).orElseThrow();
        return show(find(kind, slug), video, model);
    }

    @GetMapping({ "/about", "/about/**", "/guidance", "/guidance/**", "/privacy", "/accessibility", "/contact" })
    String page(HttpServletRequest request, @RequestParam(required = false) String video, Model model) {
        String path = RequestPaths.of(request).substring(1).replaceAll("/+$", "");
        ContentItem page = find(ContentKind.PAGE, path);
        model.addAttribute("children", reader.children(path));
        // the pages above this one, each by its address, with its titles in both languages
        Map<String, uk.org.ncjaa.springboard.content.domain.ContentSummary> trail = new LinkedHashMap<>();
        String[] parts = path.split("/");
        for (int i = 1; i < parts.length; i++) {
            String parent = String.join("/", java.util.Arrays.copyOf(parts, i));
            reader.page(parent).ifPresent(p -> trail.put("/" + parent, p));
        }
        model.addAttribute("trail", trail);
        return show(page, video, model);
    }

    private String show(ContentItem item, String video, Model model) {
        var picture = itemPage.fill(model, item, item.kind() == ContentKind.PAGE ? List.of() : reader.related(item, 4), "show".equals(video));
        String language = language();
        String standfirst = item.standfirst(language);
        model.addAttribute("meta", new PageMeta(item.title(language), standfirst.isEmpty() ? abridged(item.bodyText(language)) : standfirst,
                site.baseUrl() + item.href(), item.kind() == ContentKind.PAGE ? "website" : "article",
                picture == null ? null : site.baseUrl() + picture.src()));
        return "content/item";
    }

    /** The listing's address with its filters, ending in {@code page=} for the page number. */
    private static String pageHref(ContentKind kind, ListingQuery query) {
        org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/" + kind.section());
        if (query.topic() != null) {
            uri.queryParam("topic", query.topic());
        }
        if (query.type() != null) {
            uri.queryParam("type", query.type());
        }
        if (query.artForm() != null) {
            uri.queryParam("art-form", query.artForm());
        }
        if (query.region() != null) {
            uri.queryParam("region", query.region());
        }
        if (query.year() != null) {
            uri.queryParam("year", query.year());
        }
        if (query.includeClosed()) {
            uri.queryParam("closed", "include");
        }
        String base = uri.build().encode().toUriString();
        return base + (base.contains("?") ? "&" : "?") + "page=";
    }

    private ContentItem find(ContentKind kind, String slug) {
        return reader.published(kind, slug).orElseThrow(() -> new NotFoundException("No published " + kind + " " + slug));
    }

    private static String language() {
        return uk.org.ncjaa.springboard.shared.i18n.Languages.code(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static String abridged(String text) {
        return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 200) > 0 ? text.lastIndexOf(' ', 200) : 200) + "...";
    }

    private static Integer number(String value) {
        return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
    }
}
