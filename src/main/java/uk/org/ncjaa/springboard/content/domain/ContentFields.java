package uk.org.ncjaa.springboard.content.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an editor writes about an item, whatever its kind: what a save changes, and what a
 * revision keeps. Fields a kind does not use stay empty.
 */
public record ContentFields(String title, String slug, String standfirst, String body, String authors, List<String> topics,
        List<String> artForms, List<String> settings, List<String> regions, List<String> related, boolean featured,
        String organisation, String listingSlug, String participants, String outcomes, String quotesConsent,
        List<String> evidenceSlugs, String publicationType, String fileUrl, String reference, int position,
        String opportunityType, String location, boolean remote, LocalDate closesOn, String howToApply, String videoUrl,
        String transcript, Welsh welsh) {

    public ContentFields {
        title = text(title);
        slug = text(slug);
        standfirst = text(standfirst);
        body = body == null ? "" : body.replace("\r\n", "\n");
        authors = text(authors);
        topics = list(topics);
        artForms = list(artForms);
        settings = list(settings);
        regions = list(regions);
        related = list(related);
        evidenceSlugs = list(evidenceSlugs);
        welsh = welsh == null ? Welsh.NONE : welsh;
    }

    /**
     * The Welsh version an editor wrote of the title, standfirst and body; each part empty when not
     * written. Pages in Welsh show it where it exists, and the English where it does not.
     */
    public record Welsh(String title, String standfirst, String body) {

        public static final Welsh NONE = new Welsh("", "", "");

        public Welsh {
            title = text(title);
            standfirst = text(standfirst);
            body = body == null ? "" : body.replace("\r\n", "\n").strip();
        }

        public boolean isEmpty() {
            return title.isEmpty() && standfirst.isEmpty() && body.isEmpty();
        }
    }

    /** The same fields with this Welsh version. */
    public ContentFields inWelsh(Welsh welsh) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    /** A new item's fields: a title and nothing else. */
    public static ContentFields titled(String title, String slug) {
        return new ContentFields(title, slug, "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), false, null, null,
                null, null, null, List.of(), null, null, null, 0, null, null, false, null, null, null, null, Welsh.NONE);
    }

    public ContentFields written(String standfirst, String body, String authors) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    public ContentFields tagged(List<String> topics, List<String> artForms, List<String> settings, List<String> regions) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    public ContentFields placed(int position) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    public ContentFields caseStudy(String organisation, String listingSlug, String participants, String outcomes,
            String quotesConsent, List<String> evidenceSlugs, boolean featured) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    public ContentFields publication(String publicationType, String fileUrl, String reference) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    public ContentFields opportunity(String opportunityType, String organisation, String location, boolean remote,
            LocalDate closesOn, String howToApply) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    public ContentFields video(String videoUrl, String transcript) {
        return new ContentFields(title, slug, standfirst, body, authors, topics, artForms, settings, regions, related, featured,
                organisation, listingSlug, participants, outcomes, quotesConsent, evidenceSlugs, publicationType, fileUrl, reference,
                position, opportunityType, location, remote, closesOn, howToApply, videoUrl, transcript, welsh);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
