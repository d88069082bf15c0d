package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * One member's equality monitoring answers, in a table of their own: never joined to the profile
 * for display, read only by the member and, as counts, by the equality analyst.
 */
@Entity
public class EqualityResponse {

    @Id
    private Long memberId;

    private String ethnicity;

    private String disability;

    private String gender;

    private String livedExperience;

    private Instant answeredAt;

    protected EqualityResponse() {
    }

    EqualityResponse(long memberId) {
        this.memberId = memberId;
    }

    /** Answers as codes of {@link EqualityQuestion}; an empty or missing answer is kept as none. */
    void answer(Map<EqualityQuestion, String> answers, Instant when) {
        ethnicity = value(answers.get(EqualityQuestion.ETHNICITY));
        disability = value(answers.get(EqualityQuestion.DISABILITY));
        gender = value(answers.get(EqualityQuestion.GENDER));
        livedExperience = value(answers.get(EqualityQuestion.LIVED_EXPERIENCE));
        answeredAt = when;
    }

    public String answer(EqualityQuestion question) {
        return switch (question) {
            case ETHNICITY -> ethnicity;
            case DISABILITY -> disability;
            case GENDER -> gender;
            case LIVED_EXPERIENCE -> livedExperience;
        };
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    private static String value(String answer) {
        return answer == null || answer.isBlank() ? null : answer;
    }
}
