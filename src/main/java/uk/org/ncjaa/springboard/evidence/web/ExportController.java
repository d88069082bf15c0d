package uk.org.ncjaa.springboard.evidence.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.evidence.exports.CitationFormats;
import uk.org.ncjaa.springboard.evidence.exports.CitationStyle;
import uk.org.ncjaa.springboard.evidence.exports.Citations;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.insights.UsageCounts;
import uk.org.ncjaa.springboard.shared.web.XmlWriters;

/**
 * References for reference managers (one entry, a selection or a whole search) and an Atom feed
 * of new entries for any search.
 */
@Controller
class ExportController {

    /** A whole result set is exported up to this many entries, best matches first. */
    static final int MAX_EXPORT = 2000;
    static final int FEED_SIZE = 50;

    enum Format {
        RIS("ris", "application/x-research-info-systems", CitationFormats::ris),
        BIBTEX("bib", "application/x-bibtex", CitationFormats::bibtex),
        CSL_JSON("json", "application/vnd.citationstyles.csl+json", CitationFormats::cslJson),
        CSV("csv", "text/csv", (entries, base) -> "\uFEFF" + CitationFormats.csv(entries, base));

        final String extension;
        final String mediaType;
        final BiFunction<List<EntryView>, String, String> writer;

        Format(String extension, String mediaType, BiFunction<List<EntryView>, String, String> writer) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.writer = writer;
        }

        static Format of(String extension) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(extension == null ? "" : extension.strip())) {
                    return format;
                }
            }
            throw new UnknownFormat(extension);
        }
    }

    static class UnknownFormat extends EvidenceNotFoundException {
        UnknownFormat(String extension) {
            super("format " + extension);
        }
    }

    private final EvidenceSearch search;
    private final EvidenceReader reader;
    private final SpringboardProperties properties;
    private final Clock clock;
    private final Citations citations;
    private final UsageCounts usage;

    ExportController(EvidenceSearch search, EvidenceReader reader, SpringboardProperties properties, Clock clock, Citations citations,
            UsageCounts usage) {
        this.usage = usage;
        this.citations = citations;
        this.search = search;
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/evidence/{slug}/cite.{extension}")
    ResponseEntity<String> one(@PathVariable String slug, @PathVariable String extension) {
        Format format = Format.of(extension);
        List<EntryView> entry = List.of(reader.published(slug));
        usage.count("evidence", "reference-export");
        return file(format, entry, slug);
    }

    /** The entry's reference as plain text in a style ({@code ?style=apa}; Harvard when none is asked for), to paste. */
    @GetMapping("/evidence/{slug}/cite.txt")
    ResponseEntity<String> text(@PathVariable String slug, @RequestParam(required = false) String style) {
        CitationStyle chosen = style == null || style.isBlank() ? CitationStyle.HARVARD
                : CitationStyle.find(style).orElseThrow(() -> new UnknownFormat("style " + style));
        EntryView entry = reader.published(slug);
        usage.count("evidence", "reference-export");
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
            .body(citations.cite(entry, chosen).text() + "\n");
    }

    /** Entries ticked in the results ({@code entry}), or else everything the search finds. */
    @GetMapping("/evidence/export")
    ResponseEntity<String> many(@RequestParam MultiValueMap<String, String> params) {
        Format format = Format.of(params.getFirst("format") == null ? "ris" : params.getFirst("format"));
        List<String> chosen = params.getOrDefault("entry", List.of()).stream()
            .filter(slug -> slug.matches("[a-z0-9-]{1,120}")).distinct().limit(MAX_EXPORT).toList();
        List<String> slugs = chosen.isEmpty() ? search.slugs(EvidenceController.query(params, new ArrayList<>()), MAX_EXPORT) : chosen;
        List<EntryView> entries = new ArrayList<>();
        for (String slug : slugs) {
            try {
                entries.add(reader.published(slug));
            }
            catch (EvidenceNotFoundException gone) {
                // a ticked entry withdrawn since the page was shown is left out
            }
        }
        usage.count("evidence", "reference-export");
        return file(format, entries, "evidence-library-" + LocalDate.now(clock));
    }

    /** Newest published entries matching the search, for feed readers. */
    @GetMapping(value = "/evidence/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> params) throws XMLStreamException {
        EvidenceQuery asked = EvidenceController.query(params, new ArrayList<>());
        EvidenceQuery query = asked.withSort(EvidenceQuery.Sort.PUBLISHED);
        List<EntryView> entries = search.slugs(query, FEED_SIZE).stream().map(reader::published).toList();
        String base = properties.baseUrl();
        String self = base + "/evidence/feed.atom" + (params.isEmpty() ? "" : "?" + EvidenceController.filterQuery(params));
        StringWriter xml = new StringWriter();
        XMLStreamWriter out = XmlWriters.to(xml);
        out.writeStartDocument("UTF-8", "1.0");
        out.writeStartElement("feed");
        out.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(out, "title", asked.text().isEmpty() && !asked.hasFilters() ? "Evidence Library: new entries"
                : "Evidence Library: new entries for your search");
        element(out, "id", self);
        link(out, "self", self);
        link(out, "alternate", base + "/evidence?" + EvidenceController.filterQuery(params));
        Instant updated = entries.stream().map(EntryView::publishedAt).filter(java.util.Objects::nonNull)
            .max(Instant::compareTo).orElse(Instant.EPOCH);
        element(out, "updated", updated.toString());
        out.writeStartElement("author");
        element(out, "name", "National Criminal Justice Arts Alliance");
        out.writeEndElement();
        for (EntryView entry : entries) {
            String url = base + "/evidence/" + entry.slug();
            out.writeStartElement("entry");
            element(out, "title", entry.title());
            element(out, "id", url);
            link(out, "alternate", url);
            element(out, "updated", (entry.publishedAt() == null ? updated : entry.publishedAt()).toString());
            for (String author : entry.authors()) {
                out.writeStartElement("author");
                element(out, "name", author);
                out.writeEndElement();
            }
            element(out, "summary", entry.details().summary() == null ? citations.cite(entry, CitationStyle.HARVARD).text()
                    : entry.details().summary());
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeEndDocument();
        out.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(xml.toString());
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text == null ? "" : text);
        out.writeEndElement();
    }

    private static void link(XMLStreamWriter out, String rel, String href) throws XMLStreamException {
        out.writeEmptyElement("link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("href", href);
    }

    private ResponseEntity<String> file(Format format, List<EntryView> entries, String name) {
        String body = format.writer.apply(entries, properties.baseUrl());
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(format.mediaType + ";charset=UTF-8"))
            .header("Content-Disposition", ContentDisposition.attachment()
                .filename(name.toLowerCase(Locale.ROOT) + "." + format.extension, StandardCharsets.UTF_8).build().toString())
            .body(body);
    }
}
