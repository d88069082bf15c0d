package uk.org.ncjaa.springboard.newsletter;

import java.util.Arrays;
import java.util.Optional;

/** What a subscriber can choose to hear about; each is a section of the digest. */
public enum Topic {

    NEWS("news", "News and blogs"),
    EVENTS("events", "Events and training"),
    OPPORTUNITIES("opportunities", "Opportunities: jobs, funding and calls for artists"),
    PUBLICATIONS("publications", "New publications and guidance"),
    EVIDENCE("evidence", "New in the Evidence Library");

    private final String slug;
    private final String label;

    Topic(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<Topic> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
