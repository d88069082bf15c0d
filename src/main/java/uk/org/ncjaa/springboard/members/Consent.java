package uk.org.ncjaa.springboard.members;

/**
 * What a member may agree to, with the words they are shown. Changing the words means a new
 * version: every record keeps the version that was agreed to.
 */
public enum Consent {

    PRIVACY_NOTICE("Privacy notice", "I have read the privacy notice", "2026-11"),
    NEWSLETTER("Monthly newsletter", "Send me the alliance's monthly newsletter by email", "2026-11"),
    PUBLIC_PROFILE("Member directory", "Show my name, role, organisation and region to other members in the member directory",
            "2026-11"),
    EQUALITY_MONITORING("Equality monitoring", "The alliance may keep my equality monitoring answers, apart from my profile, "
            + "to count who the network reaches. Nobody will see my answers on their own, only totals in which small numbers "
            + "are hidden.", "2026-11");

    private final String label;
    private final String wording;
    private final String version;

    Consent(String label, String wording, String version) {
        this.label = label;
        this.wording = wording;
        this.version = version;
    }

    public String label() {
        return label;
    }

    public String wording() {
        return wording;
    }

    public String version() {
        return version;
    }

    /** Whether a member may withdraw it and stay a member (the privacy notice is acknowledged, not consented to). */
    public boolean optional() {
        return this != PRIVACY_NOTICE;
    }

    /** Given and withdrawn with the answers it covers, on the equality monitoring page, not with a button of its own. */
    public boolean managedElsewhere() {
        return this == EQUALITY_MONITORING;
    }
}
