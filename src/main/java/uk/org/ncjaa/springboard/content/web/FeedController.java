package uk.org.ncjaa.springboard.content.web;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentReader;
import uk.org.ncjaa.springboard.content.domain.ContentSummary;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.AtomFeeds;
import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Atom feeds: one per kind and one for everything, the newest 50 items each with its full text.
 * A feed reader asking again gets "not modified" until something is published or changed.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int SIZE = 50;
    private static final List<ContentKind> FEED_KINDS = List.of(ContentKind.NEWS, ContentKind.BLOG, ContentKind.CASE_STUDY,
            ContentKind.PUBLICATION, ContentKind.OPPORTUNITY);

    private final ContentReader reader;
    private final SpringboardProperties site;
    private final ContentWords words;

    FeedController(ContentReader reader, SpringboardProperties site, ContentWords words) {
        this.words = words;
        this.reader = reader;
        this.site = site;
    }

    @GetMapping({ "/feed", "/news/feed", "/blog/feed", "/case-studies/feed", "/publications/feed", "/opportunities/feed" })
    ResponseEntity<String> feed(HttpServletRequest request, WebRequest web) throws FeedException {
        String path = RequestPaths.of(request);
        ContentKind kind = "/feed".equals(path) ? null : ContentKind.fromSection(path.split("/")[1]).orElseThrow();
        long lastChange = reader.lastChange(kind).map(java.time.Instant::toEpochMilli).orElse(0L);
        if (web.checkNotModified(lastChange)) {
            return null;
        }
        List<ContentSummary> items = reader.latest(kind == null ? FEED_KINDS : List.of(kind), SIZE);
        // asked for in Welsh (?lang=cy), the feed gives each item's Welsh version where an editor wrote one
        String language = uk.org.ncjaa.springboard.shared.i18n.Languages.code(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        String org = words.text("site.org");
        Feed feed = AtomFeeds.feed(site.baseUrl() + path, kind == null ? org : words.plural(kind) + " | " + org,
                java.time.Instant.ofEpochMilli(lastChange), site.baseUrl() + (kind == null ? "/" : "/" + kind.section()));
        List<Entry> entries = new ArrayList<>();
        for (ContentItem item : reader.items(items.stream().map(ContentSummary::id).toList())) {
            Entry entry = AtomFeeds.entry(site.baseUrl() + item.href(), item.title(language), item.publishedAt(), item.updatedAt());
            if (!item.authors().isBlank()) {
                List<SyndPerson> authors = new ArrayList<>();
                for (String name : ContentForm.split(item.authors(), ",")) {
                    Person person = new Person();
                    person.setName(name);
                    authors.add(person);
                }
                entry.setAuthors(authors);
            }
            if (!item.standfirst(language).isBlank()) {
                Content summaryText = new Content();
                summaryText.setType(Content.TEXT);
                summaryText.setValue(item.standfirst(language));
                entry.setSummary(summaryText);
            }
            Content body = new Content();
            body.setType(Content.HTML);
            body.setValue(item.bodyHtml(language));
            entry.setContents(List.of(body));
            entries.add(entry);
        }
        feed.setEntries(entries);
        String xml = new WireFeedOutput().outputString(feed);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).lastModified(lastChange).body(xml);
    }
}
