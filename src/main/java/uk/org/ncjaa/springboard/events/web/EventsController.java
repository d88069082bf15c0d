package uk.org.ncjaa.springboard.events.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Calendars;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventImages;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.Thumbnail;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.PageMeta;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The public events pages: the listing with its filters, each event's page, and calendar files. */
@Controller
class EventsController {

    private final EventCatalogue catalogue;
    private final Bookings bookings;
    private final EventImages images;
    private final Calendars calendars;
    private final TaxonomyApi taxonomy;
    private final Clock clock;
    private final String baseUrl;
    private final EventTexts texts;

    EventsController(EventCatalogue catalogue, Bookings bookings, EventImages images,
            Calendars calendars, TaxonomyApi taxonomy, Clock clock,
            @Value("${springboard.base-url:http://localhost:8080}") String baseUrl, EventTexts texts) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.images = images;
        this.calendars = calendars;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/events")
    String listing(@RequestParam(required = false) String when, @RequestParam(required = false) String type,
            @RequestParam(required = false) String region, @RequestParam(required = false) String online,
            @RequestParam(required = false) String free, HttpServletRequest request, Model model) {
        boolean past = "past".equals(when);
        EventKind kind = type == null ? null : EventKind.fromSlug(type).orElse(null);
        Map<String, String> regions = regions();
        String chosenRegion = region != null && regions.containsKey(region) ? region : null;
        EventCatalogue.Filter filter = new EventCatalogue.Filter(past, kind, chosenRegion, online != null, free != null);
        List<Event> events = catalogue.listing(filter);
        Map<String, String> types = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) {
            types.put(k.slug(), texts.get("events.kind." + k.name()));
        }
        model.addAttribute("events", events);
        Map<Long, EventImages.Picture> found = images.pictures(events.stream().map(Event::id).toList());
        Map<Long, Thumbnail> pictures = new java.util.HashMap<>();
        for (Event event : events) {
            EventImages.Picture picture = found.get(event.id());
            if (picture != null) {
                pictures.put(event.id(), picture.thumbnail(event.slug()));
            }
        }
        model.addAttribute("pictures", pictures);
        model.addAttribute("filter", filter);
        model.addAttribute("types", types);
        model.addAttribute("regions", regions);
        model.addAttribute("chosenType", kind == null ? null : kind.slug());
        model.addAttribute("chosenRegion", chosenRegion);
        model.addAttribute("now", clock.instant());
        model.addAttribute("meta", new PageMeta(texts.get("events.list.heading"), texts.get("events.list.description"), baseUrl + "/events", "website"));
        return Htmx.view(request, "events/listing", "results");
    }

    @GetMapping("/events/calendar.ics")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("springboard-events.ics").build().toString())
            .body(calendars.feed(catalogue.upcoming()));
    }

    @GetMapping("/events/{slug:[a-z0-9-]{1,120}}")
    String event(@PathVariable String slug, Model model) {
        Event event = publicEvent(slug);
        model.addAttribute("event", event);
        model.addAttribute("free", event.status() == Event.Status.PUBLISHED ? bookings.availability(event.id()) : Map.of());
        model.addAttribute("closed", texts.closed(event.bookingClosedReason(clock.instant()).orElse(null)));
        model.addAttribute("series", catalogue.inSeries(event));
        model.addAttribute("region", event.region() == null ? null : regions().get(event.region()));
        model.addAttribute("artForms", labels(Vocabulary.ART_FORM, event.artForms()));
        model.addAttribute("settings", labels(Vocabulary.SETTING, event.settings()));
        model.addAttribute("google", calendars.googleLink(event));
        model.addAttribute("outlook", calendars.outlookLink(event));
        EventImages.Picture picture = images.picture(event.id()).orElse(null);
        model.addAttribute("picture", picture);
        model.addAttribute("jsonLd", JsonLd.of(event, baseUrl));
        String href = baseUrl + "/events/" + event.slug();
        boolean welsh = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        String summary = event.summary(welsh);
        model.addAttribute("meta", new PageMeta(event.title(welsh), plain(summary == null || summary.isBlank()
                ? event.description(welsh) : summary), href, "article", picture == null ? null : href + "/image.png"));
        return "events/event";
    }

    @GetMapping("/events/{slug:[a-z0-9-]{1,120}}/image.png")
    ResponseEntity<byte[]> image(@PathVariable String slug) {
        Event event = publicEvent(slug);
        byte[] png = images.image(event.id()).orElseThrow(() -> new NotFoundException("No picture for this event"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
            .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
            .header("X-Content-Type-Options", "nosniff").body(png);
    }

    /** The picture small, for the lists that show it beside the event. */
    @GetMapping("/events/{slug:[a-z0-9-]{1,120}}/thumbnail.png")
    ResponseEntity<byte[]> thumbnail(@PathVariable String slug) {
        Event event = publicEvent(slug);
        byte[] png = images.thumbnail(event.id()).orElseThrow(() -> new NotFoundException("No picture for this event"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
            .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
            .header("X-Content-Type-Options", "nosniff").body(png);
    }

    @GetMapping("/events/{slug:[a-z0-9-]{1,120}}/event.ics")
    ResponseEntity<String> calendar(@PathVariable String slug) {
        Event event = publicEvent(slug);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(slug + ".ics").build().toString())
            .body(calendars.event(event, null));
    }

    /** Text for a page's description: one line, as a search engine or link preview shows it. */
    private static String plain(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private Event publicEvent(String slug) {
        return catalogue.bySlug(slug).filter(Event::isPublic).orElseThrow(() -> new NotFoundException("No such event"));
    }

    private Map<String, String> regions() {
        return taxonomy.labels(Vocabulary.REGION);
    }

    private List<String> labels(Vocabulary vocabulary, List<String> slugs) {
        return slugs.stream().map(s -> taxonomy.find(vocabulary, s).map(ConceptView::label).orElse(null))
            .filter(java.util.Objects::nonNull).toList();
    }
}
