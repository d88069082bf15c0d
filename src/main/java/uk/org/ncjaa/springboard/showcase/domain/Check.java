package uk.org.ncjaa.springboard.showcase.domain;

/**
 * The moderation checklist: every point is confirmed by the editor who publishes a work. The first
 * three are what the alliance never shows (victims, identifiable staff, current cases): a work an
 * organisation declares as touching any of them is refused when it is sent.
 */
public enum Check {
    NO_VICTIMS("It does not show, name or refer to a victim of crime or their family."),
    NO_IDENTIFIABLE_STAFF("No member of staff or other person can be identified in it (faces, names, uniforms, numbers)."),
    NO_CURRENT_CASE("It does not concern a current case, an appeal or an investigation."),
    NO_NAMES_OR_PLACES("Its words, title and credit name nobody and no place that could identify the maker or anyone else."),
    ACCESSIBLE("Its description, transcript or text was written by a person and matches the work."),
    CONSENT("The maker's consent covers showing it online and has not ended.");

    private final String label;

    Check(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
