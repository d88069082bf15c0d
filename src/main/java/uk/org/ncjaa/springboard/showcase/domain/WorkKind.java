package uk.org.ncjaa.springboard.showcase.domain;

/** What a work is, which decides what it must come with so that everyone can take it in. */
public enum WorkKind {
    IMAGE("Picture", "pictures"), AUDIO("Recording", "recordings"), VIDEO("Video", "videos"), TEXT("Writing", "writing");

    private final String label;
    private final String plural;

    WorkKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind a filter names, or null for any or an unknown name. */
    public static WorkKind of(String slug) {
        for (WorkKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
