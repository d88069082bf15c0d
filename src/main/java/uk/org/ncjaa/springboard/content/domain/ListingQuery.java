package uk.org.ncjaa.springboard.content.domain;

/**
 * A listing's filters, as they come from the address. Anything out of range is dropped rather
 * than refused: a listing with a mangled address still shows something sensible.
 */
public record ListingQuery(String topic, String artForm, String region, Integer year, String type, boolean includeClosed, int page) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = 1000;

    public ListingQuery {
        topic = topic == null || topic.isBlank() || topic.length() > 60 ? null : topic.strip();
        artForm = clean(artForm);
        region = clean(region);
        type = clean(type);
        year = year == null || year < 1900 || year > 2200 ? null : year;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    public boolean filtered() {
        return topic != null || artForm != null || region != null || year != null || type != null;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() || value.length() > 80 || !value.matches("[a-z0-9-]+") ? null : value;
    }
}
