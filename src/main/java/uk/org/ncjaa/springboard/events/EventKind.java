package uk.org.ncjaa.springboard.events;

/** What sort of event it is. The Arts Forum is by invitation only. */
public enum EventKind {

    CONFERENCE("Conference"),
    TRAINING("Training course"),
    WEBINAR("Webinar"),
    NETWORKING("Networking event"),
    ARTS_FORUM("Arts Forum");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean invitationOnly() {
        return this == ARTS_FORUM;
    }

    public static java.util.Optional<EventKind> fromSlug(String slug) {
        for (EventKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
