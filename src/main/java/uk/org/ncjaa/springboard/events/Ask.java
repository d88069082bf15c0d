package uk.org.ncjaa.springboard.events;

/** Whether a booking form asks a question, and whether it must be answered. */
public enum Ask {

    OFF("Do not ask"),
    OPTIONAL("Ask, optional"),
    REQUIRED("Ask, required");

    private final String label;

    Ask(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean asked() {
        return this != OFF;
    }
}
