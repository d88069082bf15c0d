package uk.org.ncjaa.springboard.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.directory.DirectoryApi;
import uk.org.ncjaa.springboard.events.EventsApi;
import uk.org.ncjaa.springboard.policy.PolicyApi;
import uk.org.ncjaa.springboard.evidence.EvidenceApi;
import uk.org.ncjaa.springboard.shared.insights.SearchGaps;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.SiteSearchSource;

/**
 * One search box for the whole site: the Evidence Library, the Directory, events and every kind
 * of content, each searched by its own module. With no type chosen, the best few of each are shown
 * with how many there are of every type; a chosen type shows all of its results, a page at a time.
 */
@Controller
class SiteSearchController {

    static final int MAX_TEXT = 500;
    private static final int PAGE_SIZE = 20;
    private static final int PER_GROUP = 3;

    /** The types a search can be narrowed to, in the order they are offered. */
    enum Type {
        EVIDENCE("evidence", "Evidence Library"), DIRECTORY("directory", "Directory"), EVENTS("events", "Events"),
        NEWS("news", "News and blogs"), CASE_STUDIES("case-studies", "Case studies"), PUBLICATIONS("publications", "Publications"),
        OPPORTUNITIES("opportunities", "Opportunities"), PAGES("pages", "Pages"), POLICY("policy", "Policy");

        final String slug;
        final String label;

        Type(String slug, String label) {
            this.slug = slug;
            this.label = label;
        }

        public String slug() {
            return slug;
        }

        public String label() {
            return label;
        }

        Set<ContentKind> kinds() {
            return switch (this) {
                case NEWS -> Set.of(ContentKind.NEWS, ContentKind.BLOG);
                case CASE_STUDIES -> Set.of(ContentKind.CASE_STUDY);
                case PUBLICATIONS -> Set.of(ContentKind.PUBLICATION);
                case OPPORTUNITIES -> Set.of(ContentKind.OPPORTUNITY);
                case PAGES -> Set.of(ContentKind.PAGE);
                default -> Set.of();
            };
        }

        static Type of(String slug) {
            for (Type type : values()) {
                if (type.slug.equals(slug)) {
                    return type;
                }
            }
            return null;
        }
    }

    /** A result as the page shows it: title and snippet are HTML, escaped but for the marks around matches. */
    record Result(String kind, String titleHtml, String href, String snippetHtml, String meta, String lang) {

        Result(String kind, String titleHtml, String href, String snippetHtml, String meta) {
            this(kind, titleHtml, href, snippetHtml, meta, null);
        }
    }

    record Group(Choice type, long total, List<Result> results) {
    }

    /** A type as the page offers it: the built-in ones and those other modules contribute alike. */
    record Choice(String slug, String label) {
    }

    private final ContentApi content;
    private final EvidenceApi evidence;
    private final DirectoryApi directory;
    private final EventsApi events;
    private final PolicyApi policy;
    private final SearchGaps gaps;
    private final List<SiteSearchSource> sources;
    private final org.springframework.context.MessageSource messages;

    SiteSearchController(ContentApi content, EvidenceApi evidence, DirectoryApi directory, EventsApi events, PolicyApi policy,
            SearchGaps gaps, List<SiteSearchSource> sources, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.sources = List.copyOf(sources);
        this.gaps = gaps;
        this.policy = policy;
        this.content = content;
        this.evidence = evidence;
        this.directory = directory;
        this.events = events;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
            model.addAttribute("trimmed", true);
        }
        Type chosen = Type.of(type);
        SiteSearchSource source = chosen != null ? null : sources.stream().filter(s -> s.slug().equals(type)).findFirst().orElse(null);
        int pageNumber = page != null && page.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(page)) : 1;
        List<Choice> types = new ArrayList<>();
        for (Type t : Type.values()) {
            types.add(choice(t));
        }
        sources.forEach(s -> types.add(new Choice(s.slug(), s.label())));
        model.addAttribute("q", text);
        model.addAttribute("chosen", chosen != null ? choice(chosen) : source != null ? new Choice(source.slug(), source.label()) : null);
        model.addAttribute("types", types);
        model.addAttribute("page", pageNumber);
        if (!text.isEmpty()) {
            long total = search(text, chosen, source, pageNumber, model);
            // nothing anywhere on the site for these words: a gap to fill (later pages are not counted)
            if (total == 0 && pageNumber == 1) {
                gaps.nothingFound("site", text);
            }
        }
        return Htmx.view(request, "home/search", "results");
    }

    /** A built-in type, named in the page's language. */
    private Choice choice(Type type) {
        return new Choice(type.slug, text("home.search.type." + type.slug));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** A date as the page's language writes it. */
    private static String date(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())
            .format(at.atZone(java.time.ZoneId.of("Europe/London")));
    }

    /**
     * Searches every type for the page, and gives the number of results of all types together. With a
     * contributed source chosen, the built-in types give only their counts.
     */
    private long search(String text, Type chosen, SiteSearchSource source, int page, Model model) {
        Map<Type, Long> counts = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        boolean any = chosen == null && source == null;
        int size = any ? PER_GROUP : PAGE_SIZE;
        int at = any ? 1 : page;

        EvidenceApi.Found found = evidence.search(text, chosen == Type.EVIDENCE ? at : 1, chosen == Type.EVIDENCE ? size : PER_GROUP);
        counts.put(Type.EVIDENCE, found.total());
        if (any || chosen == Type.EVIDENCE) {
            groups.add(new Group(choice(Type.EVIDENCE), found.total(), found.hits().stream()
                .map(h -> new Result(text("home.search.kind.evidence"), h.titleHtml(), h.href(), h.snippetHtml(), h.meta())).toList()));
        }

        DirectoryApi.Found listings = directory.search(text, chosen == Type.DIRECTORY ? at : 1);
        counts.put(Type.DIRECTORY, listings.total());
        if (any || chosen == Type.DIRECTORY) {
            groups.add(new Group(choice(Type.DIRECTORY), listings.total(), listings.hits().stream().limit(size)
                .map(h -> new Result(text("home.search.kind.directory"), HtmlUtils.htmlEscape(h.name()), h.href(), HtmlUtils.htmlEscape(h.summary()), h.towns()))
                .toList()));
        }

        EventsApi.Found found2 = events.search(text, chosen == Type.EVENTS ? at : 1, size);
        counts.put(Type.EVENTS, found2.total());
        if (any || chosen == Type.EVENTS) {
            groups.add(new Group(choice(Type.EVENTS), found2.total(), found2.events().stream()
                .map(e -> new Result(text("home.search.kind.event"), HtmlUtils.htmlEscape(e.title()), e.href(), HtmlUtils.htmlEscape(e.summary()),
                        e.when() + " · " + e.where()))
                .toList()));
        }

        PolicyApi.Found found3 = policy.search(text, chosen == Type.POLICY ? at : 1, size);
        counts.put(Type.POLICY, found3.total());
        if (any || chosen == Type.POLICY) {
            groups.add(new Group(choice(Type.POLICY), found3.total(), found3.hits().stream()
                .map(h -> new Result(h.kind(), HtmlUtils.htmlEscape(h.title()), h.href(), HtmlUtils.htmlEscape(h.summary()),
                        h.when() == null ? "" : date(h.when())))
                .toList()));
        }

        ContentApi.Hits hits = content.search(text, chosen == null ? Set.of() : chosen.kinds(), at, chosen == null ? 5 : size);
        for (Type type : List.of(Type.NEWS, Type.CASE_STUDIES, Type.PUBLICATIONS, Type.OPPORTUNITIES, Type.PAGES)) {
            counts.put(type, type.kinds().stream().mapToLong(k -> hits.counts().getOrDefault(k, 0L)).sum());
        }
        if (any || chosen != null && !chosen.kinds().isEmpty()) {
            long total = chosen == null ? hits.total() : counts.get(chosen);
            List<Result> results = hits.hits().stream()
                .map(h -> new Result(text("content.kind." + h.kind().name() + ".label"), h.titleHtml(), h.href(), h.snippetHtml(),
                        h.publishedAt() == null ? "" : date(h.publishedAt()), h.lang()))
                .toList();
            groups.add(new Group(chosen == null ? null : choice(chosen), total, results));
        }
        Map<String, Long> bySlug = new LinkedHashMap<>();
        counts.forEach((type, count) -> bySlug.put(type.slug, count));
        for (SiteSearchSource other : sources) {
            boolean asked = other == source;
            SiteSearchSource.Found found4 = other.search(text, asked ? page : 1, asked ? PAGE_SIZE : PER_GROUP);
            bySlug.put(other.slug(), found4.total());
            if (any || asked) {
                groups.add(new Group(new Choice(other.slug(), other.label()), found4.total(), found4.hits().stream()
                    .map(h -> new Result(h.kind(), h.titleHtml(), h.href(), h.snippetHtml(), h.meta())).toList()));
            }
        }
        long total = bySlug.values().stream().mapToLong(Long::longValue).sum();
        model.addAttribute("counts", bySlug);
        model.addAttribute("groups", groups);
        model.addAttribute("total", total);
        if (!any) {
            long inType = bySlug.get(chosen != null ? chosen.slug : source.slug());
            model.addAttribute("totalPages", (int) Math.max(1, (inType + PAGE_SIZE - 1) / PAGE_SIZE));
        }
        return total;
    }
}
