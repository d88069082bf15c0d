package uk.org.ncjaa.springboard.mentoring.matching;

/** What the round's assignment makes as large as it can, chosen by staff. */
public enum Objective {

    TOTAL_SCORE("The highest total score", "Every pair counts by its score; a weak pair is left out if a better set of pairs needs its people."),
    MOST_MATCHED("As many people matched as possible", "First the most pairs, then among those the highest total score.");

    private final String label;
    private final String explanation;

    Objective(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
