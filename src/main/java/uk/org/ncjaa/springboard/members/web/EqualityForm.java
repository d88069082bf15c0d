package uk.org.ncjaa.springboard.members.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;

import uk.org.ncjaa.springboard.members.domain.EqualityQuestion;

/** Equality monitoring answers as chosen; every question may be skipped, the consent may not. */
public class EqualityForm {

    private String ethnicity;

    private String disability;

    private String gender;

    private String livedExperience;

    @AssertTrue(message = "{members.equality.consent.missing}")
    private boolean consent;

    Map<EqualityQuestion, String> answers() {
        Map<EqualityQuestion, String> answers = new EnumMap<>(EqualityQuestion.class);
        answers.put(EqualityQuestion.ETHNICITY, ethnicity);
        answers.put(EqualityQuestion.DISABILITY, disability);
        answers.put(EqualityQuestion.GENDER, gender);
        answers.put(EqualityQuestion.LIVED_EXPERIENCE, livedExperience);
        return answers;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getDisability() {
        return disability;
    }

    public void setDisability(String disability) {
        this.disability = disability;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getLivedExperience() {
        return livedExperience;
    }

    public void setLivedExperience(String livedExperience) {
        this.livedExperience = livedExperience;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
