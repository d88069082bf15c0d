package uk.org.ncjaa.springboard.evidence.exports;

import java.util.List;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

import uk.org.ncjaa.springboard.evidence.domain.Container;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;

/**
 * One CSL item per entry: the single description of an entry from which its formatted references (every
 * style) and its CSL-JSON export are made, so the two can never disagree. The RIS and BibTeX writers read the
 * same helpers ({@link CitationFormats.Kind}, {@link CitationFormats.Name}, {@link #url}) for the same fields.
 */
public final class CitationItems {

    private CitationItems() {
    }

    /** The entry as a CSL item whose id is its slug. */
    public static CSLItemData of(EntryView entry, String baseUrl) {
        return of(entry, baseUrl, entry.slug());
    }

    static CSLItemData of(EntryView entry, String baseUrl, String id) {
        EntryDetails details = entry.details();
        CitationFormats.Kind kind = CitationFormats.Kind.of(entry);
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).type(CSLType.fromString(kind.csl)).title(clean(details.title()));
        List<CitationFormats.Name> authors = CitationFormats.authors(entry);
        if (!authors.isEmpty()) {
            item.author(authors.stream().map(CitationItems::name).toArray(CSLName[]::new));
        }
        CSLDate issued = issued(details);
        if (issued != null) {
            item.issued(issued);
        }
        String publisher = clean(CitationFormats.publisher(entry));
        Container container = entry.container();
        if (container.present()) {
            item.containerTitle(container.title()).volume(container.volume()).issue(container.issue()).page(page(container));
            // the journal's publisher, when the record names one apart from the journal
            if (publisher != null && !publisher.equals(container.title())) {
                item.publisher(publisher);
            }
        } else if (kind == CitationFormats.Kind.JOURNAL_ARTICLE) {
            item.containerTitle(publisher);
        } else {
            item.publisher(publisher);
        }
        if (kind == CitationFormats.Kind.REPORT) {
            item.genre(clean(CitationFormats.documentType(entry)));
        }
        item.DOI(clean(details.doi()))
            .ISBN(clean(details.isbn()))
            .URL(url(entry, baseUrl))
            .abstrct(clean(details.summary()))
            .language(clean(details.language()))
            .note("Evidence Library entry: " + CitationFormats.entryPage(entry, baseUrl));
        List<String> keywords = CitationFormats.keywords(entry);
        if (!keywords.isEmpty()) {
            item.keyword(String.join(", ", keywords));
        }
        return item.build();
    }

    /**
     * Where the document itself can be read; with no address of its own and no DOI (which every style links
     * instead), the entry's page, where the reader found it.
     */
    static String url(EntryView entry, String baseUrl) {
        String url = clean(entry.details().url());
        if (url != null) {
            return url;
        }
        return clean(entry.details().doi()) != null ? null : CitationFormats.entryPage(entry, baseUrl);
    }

    /** Pages as CSL-JSON writes a range ("496-513"), which each style turns into its own form, or one page. */
    static String page(Container container) {
        if (container.pages() == null) {
            return null;
        }
        return container.endPage() == null ? container.startPage() : container.startPage() + "-" + container.endPage();
    }

    private static CSLName name(CitationFormats.Name name) {
        if (name.organisation()) {
            return new CSLNameBuilder().literal(name.family()).build();
        }
        CSLNameBuilder builder = new CSLNameBuilder().family(name.family()).given(name.given());
        if (name.particle() != null) {
            builder.nonDroppingParticle(name.particle());
        }
        return builder.build();
    }

    private static CSLDate issued(EntryDetails details) {
        if (details.year() == null) {
            return null;
        }
        CSLDateBuilder date = new CSLDateBuilder();
        if (details.month() == null || details.month() < 1 || details.month() > 12) {
            return date.dateParts(details.year()).build();
        }
        return details.day() == null ? date.dateParts(details.year(), details.month()).build()
                : date.dateParts(details.year(), details.month(), details.day()).build();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
