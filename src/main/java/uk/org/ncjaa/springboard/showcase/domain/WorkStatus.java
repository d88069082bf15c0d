package uk.org.ncjaa.springboard.showcase.domain;

/** Where a work stands: nothing is public before an editor publishes it, and a withdrawn work is gone for good. */
public enum WorkStatus {
    SUBMITTED("Waiting for moderation"), RETURNED("Returned for changes"), PUBLISHED("Published"), DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
