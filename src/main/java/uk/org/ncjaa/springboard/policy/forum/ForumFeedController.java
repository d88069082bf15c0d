package uk.org.ncjaa.springboard.policy.forum;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.AtomFeeds;

/** The forum's meetings as an Atom feed (each meeting, and its minutes once published) and as a calendar to subscribe to. */
@RestController
class ForumFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Forum forum;
    private final SpringboardProperties site;

    ForumFeedController(Forum forum, SpringboardProperties site) {
        this.forum = forum;
        this.site = site;
    }

    @GetMapping("/policy/arts-forum/feed")
    ResponseEntity<String> feed() throws FeedException {
        List<Meeting> meetings = new ArrayList<>(forum.meetings());
        java.util.Collections.reverse(meetings);
        Feed feed = AtomFeeds.feed(site.baseUrl() + "/policy/arts-forum/feed", "The Arts Forum | National Criminal Justice Arts Alliance",
                meetings.stream().map(Meeting::updatedAt).max(java.util.Comparator.naturalOrder()).orElse(null),
                site.baseUrl() + "/policy/arts-forum");
        List<Entry> entries = new ArrayList<>();
        for (Meeting m : meetings.stream().limit(50).toList()) {
            Entry entry = AtomFeeds.entry(site.baseUrl() + m.path(), m.title() + (m.minutesPublic() ? ": minutes" : ""),
                    m.minutesPublic() ? m.minutesPublishedAt() : m.heldAt(), m.updatedAt());
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue((m.minutesPublic() ? "Minutes published. " : "") + m.when() + ", " + m.place() + ". Chair: " + m.chair() + ".");
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(new WireFeedOutput().outputString(feed));
    }

    @GetMapping("/policy/arts-forum/meetings.ics")
    ResponseEntity<String> calendar() throws IOException {
        Calendar calendar = new Calendar().withProdId("-//National Criminal Justice Arts Alliance//Springboard//EN")
            .withDefaults().getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", "Arts Forum meetings"));
        String host = URI.create(site.baseUrl()).getHost() == null ? "springboard" : URI.create(site.baseUrl()).getHost();
        for (Meeting m : forum.meetings()) {
            java.time.Instant start = m.heldAt().truncatedTo(ChronoUnit.SECONDS);
            VEvent event = new VEvent(start, start.plus(Duration.ofHours(2)), "Arts Forum: " + m.title());
            event.add(new Uid("forum-meeting-" + m.id() + "@" + host));
            event.add(new Location(m.place()));
            event.add(new Url(URI.create(site.baseUrl() + m.path())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("arts-forum.ics").build().toString())
            .body(out.toString());
    }
}
