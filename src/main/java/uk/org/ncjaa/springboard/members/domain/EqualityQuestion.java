package uk.org.ncjaa.springboard.members.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The equality monitoring questions and the answers offered, each with "prefer not to say".
 * Ethnicity uses the five broad groups of the census for England and Wales.
 */
public enum EqualityQuestion {

    ETHNICITY("Ethnic group", answers("asian", "Asian or Asian British", "black", "Black, Black British, Caribbean or African",
            "mixed", "Mixed or multiple ethnic groups", "white", "White", "other", "Another ethnic group")),
    DISABILITY("Do you consider yourself to be disabled?", answers("yes", "Yes", "no", "No")),
    GENDER("Gender", answers("woman", "Woman", "man", "Man", "non-binary", "Non-binary", "another", "In another way")),
    LIVED_EXPERIENCE("Do you have lived experience of the criminal justice system?", answers("prison", "Yes, of prison",
            "community", "Yes, of probation or a community sentence", "both", "Yes, of both", "no", "No"));

    public static final String PREFER_NOT_TO_SAY = "prefer-not-to-say";

    private final String question;
    private final Map<String, String> answers;

    EqualityQuestion(String question, Map<String, String> answers) {
        this.question = question;
        this.answers = answers;
    }

    private static Map<String, String> answers(String... codesAndLabels) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            answers.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        answers.put(PREFER_NOT_TO_SAY, "Prefer not to say");
        return java.util.Collections.unmodifiableMap(answers);
    }

    public String question() {
        return question;
    }

    /** Codes and what people read, in the order they are offered. */
    public Map<String, String> answers() {
        return answers;
    }

    /** The form field and the column share this name. */
    public String field() {
        return switch (this) {
            case ETHNICITY -> "ethnicity";
            case DISABILITY -> "disability";
            case GENDER -> "gender";
            case LIVED_EXPERIENCE -> "livedExperience";
        };
    }

    public boolean accepts(String answer) {
        return answer == null || answer.isEmpty() || answers.containsKey(answer);
    }
}
