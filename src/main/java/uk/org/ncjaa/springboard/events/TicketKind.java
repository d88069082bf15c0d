package uk.org.ncjaa.springboard.events;

/** The kinds of ticket an event may offer, each with its own price and allowance. */
public enum TicketKind {

    FREE("Free place", "No charge."),
    MEMBER("Member", "For members of the alliance: log in to book."),
    NON_MEMBER("Standard", "For anyone."),
    CONCESSION("Concession", "For students, unwaged people and small community groups."),
    BURSARY("Bursary", "Free, for people who could not otherwise come. Our staff approve each request.");

    private final String label;
    private final String hint;

    TicketKind(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean needsMember() {
        return this == MEMBER;
    }

    public boolean needsApproval() {
        return this == BURSARY;
    }

    /** Free and bursary places cost nothing whatever price was typed in. */
    public boolean alwaysFree() {
        return this == FREE || this == BURSARY;
    }

    public static java.util.Optional<TicketKind> fromSlug(String slug) {
        for (TicketKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
