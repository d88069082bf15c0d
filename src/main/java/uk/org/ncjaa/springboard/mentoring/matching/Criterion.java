package uk.org.ncjaa.springboard.mentoring.matching;

/**
 * What a match is scored on, each from 0 to 100 before the round's weights. The order is the
 * order of the weights and of every stored breakdown, so new criteria go at the end.
 */
public enum Criterion {

    ART_FORMS("Art forms", "How many of the mentee's art forms the mentor works in"),
    SETTINGS("Justice settings", "How many of the settings the mentee wants to work in the mentor knows"),
    PLACE("Meeting", "Both can meet in person in the same region, or both are happy online"),
    AVAILABILITY("Availability", "How many of the mentee's times the mentor is free too"),
    GOALS("Goals and offers", "How many of the mentee's goals the mentor offers help with"),
    EXPERIENCE("Experience", "Years in the sector the mentor has beyond the mentee's: full marks from five"),
    PREFERENCES("Preferences", "A mentee who asked for a mentor with lived experience of the justice system gets one");

    private final String label;
    private final String explanation;

    Criterion(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
