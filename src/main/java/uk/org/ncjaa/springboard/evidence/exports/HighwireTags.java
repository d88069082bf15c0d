package uk.org.ncjaa.springboard.evidence.exports;

import java.util.ArrayList;
import java.util.List;

import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.shared.web.PageMeta.Tag;

/**
 * The Highwire Press {@code citation_*} tags of an entry's page: what Google Scholar indexes and
 * what Zotero's and other reference managers' browser connectors save, without anyone copying a
 * reference by hand. Only facts the entry holds are written; a report names the body that issued
 * it as its institution, as Scholar asks.
 */
public final class HighwireTags {

    private HighwireTags() {
    }

    public static List<Tag> of(EntryView entry, String baseUrl) {
        EntryDetails details = entry.details();
        List<Tag> tags = new ArrayList<>();
        tags.add(new Tag("citation_title", details.title()));
        entry.authors().forEach(author -> tags.add(new Tag("citation_author", author)));
        if (details.year() != null) {
            StringBuilder date = new StringBuilder(String.valueOf(details.year()));
            if (details.month() != null) {
                date.append('/').append(details.month());
                if (details.day() != null) {
                    date.append('/').append(details.day());
                }
            }
            tags.add(new Tag("citation_publication_date", date.toString()));
        }
        List<String> publishers = entry.credits().getOrDefault(Contributor.Role.PUBLISHER, List.of());
        if (entry.container().present()) {
            // an article: the journal is where it appeared, not who issued it
            tags.add(new Tag("citation_journal_title", entry.container().title()));
            add(tags, "citation_volume", entry.container().volume());
            add(tags, "citation_issue", entry.container().issue());
            add(tags, "citation_firstpage", entry.container().startPage());
            add(tags, "citation_lastpage", entry.container().endPage());
        }
        else {
            for (String publisher : publishers) {
                tags.add(new Tag("citation_technical_report_institution", publisher));
            }
        }
        if (!publishers.isEmpty()) {
            tags.add(new Tag("citation_publisher", publishers.get(0)));
        }
        if (details.doi() != null) {
            tags.add(new Tag("citation_doi", details.doi()));
        }
        if (details.isbn() != null) {
            tags.add(new Tag("citation_isbn", details.isbn()));
        }
        if (details.language() != null) {
            tags.add(new Tag("citation_language", details.language()));
        }
        String page = baseUrl + "/evidence/" + entry.slug();
        tags.add(new Tag("citation_abstract_html_url", page));
        // a report's text imported from a catalogue is searched, not served: only an uploaded PDF is offered
        entry.files().stream().filter(file -> file.filename().endsWith(".pdf")).findFirst()
            .ifPresent(file -> tags.add(new Tag("citation_pdf_url", page + "/files/" + file.id())));
        return tags;
    }

    private static void add(List<Tag> tags, String name, String value) {
        if (value != null) {
            tags.add(new Tag(name, value));
        }
    }
}
