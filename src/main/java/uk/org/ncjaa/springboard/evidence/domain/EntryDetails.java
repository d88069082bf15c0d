package uk.org.ncjaa.springboard.evidence.domain;

import java.time.LocalDate;
import java.util.List;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry.DataType;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry.Independence;

/**
 * The descriptive fields of an entry that editors write and importers fill, in one value so that
 * forms, imports and revisions all handle the same set. Publication month and day are optional:
 * a date is only as precise as the document states.
 */
public record EntryDetails(String title, Integer year, Integer month, Integer day, String publisher, Boolean peerReviewed,
        Independence independence, String doi, String isbn, String url, List<String> otherUrls, String language,
        String licence, String programmeName, String venues, LocalDate fieldworkFrom, LocalDate fieldworkTo,
        String deliveryModel, DataType dataType, String sampleSize, String sampleBreakdown, String mechanism,
        String implementationNotes, String costInformation, String summary, String keyQuote) {

    public EntryDetails {
        title = clean(title);
        publisher = clean(publisher);
        doi = clean(doi);
        isbn = clean(isbn);
        url = clean(url);
        otherUrls = otherUrls == null ? List.of() : otherUrls.stream().map(EntryDetails::clean).filter(u -> u != null).toList();
        language = clean(language) == null ? "en" : clean(language);
        licence = clean(licence);
        programmeName = clean(programmeName);
        venues = clean(venues);
        deliveryModel = clean(deliveryModel);
        sampleSize = clean(sampleSize);
        sampleBreakdown = clean(sampleBreakdown);
        mechanism = clean(mechanism);
        implementationNotes = clean(implementationNotes);
        costInformation = clean(costInformation);
        summary = clean(summary);
        keyQuote = clean(keyQuote);
    }

    /** Only a title: everything else left empty. */
    public static EntryDetails titled(String title) {
        return new EntryDetails(title, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The sample size as a number and what it means, read from the text. */
    public SampleSize sample() {
        return SampleSize.parse(sampleSize);
    }

    /** A DOI as its bare name ("10.1234/abc"), whether given so or as a doi.org address. */
    public static String doi(String text) {
        return clean(text) == null ? null : text.strip().replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
