package uk.org.ncjaa.springboard.home;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.directory.DirectoryApi;
import uk.org.ncjaa.springboard.events.EventsApi;
import uk.org.ncjaa.springboard.policy.PolicyApi;
import uk.org.ncjaa.springboard.evidence.EvidenceApi;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.SitemapSource;
import uk.org.ncjaa.springboard.shared.web.XmlWriters;

/**
 * {@code sitemap.xml} with every public page and when it last changed, so search engines find
 * the whole library and directory; {@code robots.txt} points to it and keeps crawlers out of
 * accounts and admin.
 */
@RestController
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Section pages, which change whenever anything in them does. */
    private static final List<String> SECTIONS = List.of("/", "/evidence", "/evidence/map", "/evidence/strength", "/directory", "/events",
            "/news", "/blog", "/case-studies", "/publications", "/opportunities", "/regions", "/newsletter", "/join", "/search", "/policy", "/policy/arts-forum", "/policy/arts-forum/actions", "/policy/influence");

    private final ContentApi content;
    private final EvidenceApi evidence;
    private final DirectoryApi directory;
    private final EventsApi events;
    private final SpringboardProperties site;
    private final PolicyApi policy;
    private final List<SitemapSource> sources;

    SitemapController(ContentApi content, EvidenceApi evidence, DirectoryApi directory, EventsApi events, SpringboardProperties site,
            PolicyApi policy, List<SitemapSource> sources) {
        this.sources = List.copyOf(sources);
        this.policy = policy;
        this.content = content;
        this.evidence = evidence;
        this.directory = directory;
        this.events = events;
        this.site = site;
    }

    @GetMapping(value = "/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        record Url(String href, Instant lastModified) {
        }
        List<Url> urls = new ArrayList<>();
        SECTIONS.forEach(href -> urls.add(new Url(href, null)));
        content.everyPublished().forEach(i -> urls.add(new Url(i.href(), i.updatedAt())));
        evidence.pages().forEach(p -> urls.add(new Url(p.href(), p.lastModified())));
        directory.pages().forEach(p -> urls.add(new Url(p.href(), p.lastModified())));
        events.pages().forEach(p -> urls.add(new Url(p.href(), p.lastModified())));
        policy.pages().forEach(p -> urls.add(new Url(p.href(), p.lastModified())));
        sources.forEach(source -> source.sitemapEntries().forEach(e -> urls.add(new Url(e.href(), e.lastModified()))));
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XmlWriters.to(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        // the protocol allows 50,000 addresses in one file
        for (Url url : urls.stream().distinct().limit(50_000).toList()) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(site.baseUrl() + url.href());
            xml.writeEndElement();
            if (url.lastModified() != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
            .body(out.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /account
                Disallow: /login
                Disallow: /bookings
                Disallow: /newsletter/manage
                Disallow: /newsletter/confirm
                Disallow: /newsletter/unsubscribe

                Sitemap: %s/sitemap.xml
                """.formatted(site.baseUrl());
    }
}
