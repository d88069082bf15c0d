package uk.org.ncjaa.springboard.content.domain;

/** Where an item is in its workflow. */
public enum ContentStatus {

    DRAFT("Draft"), IN_REVIEW("In review"), SCHEDULED("Scheduled"), PUBLISHED("Published"), UNPUBLISHED("Unpublished");

    private final String label;

    ContentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
