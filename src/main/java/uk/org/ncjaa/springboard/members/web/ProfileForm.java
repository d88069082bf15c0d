package uk.org.ncjaa.springboard.members.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** What a member tells the network about their work, after joining. */
public class ProfileForm {

    @Size(max = 150, message = "{members.profile.roleTitle.long}")
    private String roleTitle;

    @Size(max = 200, message = "{members.profile.organisation.long}")
    private String organisation;

    private String region;

    private List<String> roles = new ArrayList<>();

    private List<String> artForms = new ArrayList<>();

    private List<String> settings = new ArrayList<>();

    public String getRoleTitle() {
        return roleTitle;
    }

    public void setRoleTitle(String roleTitle) {
        this.roleTitle = roleTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    /** The answers chosen from one of the vocabularies the form asks about. */
    List<String> answers(Vocabulary vocabulary) {
        switch (vocabulary) {
            case ROLE:
                return roles;
            case ART_FORM:
                return artForms;
            case SETTING:
                return settings;
            default:
                throw new IllegalArgumentException("The profile does not ask about " + vocabulary);
        }
    }

    public List<String> getArtForms() {
        return artForms;
    }

    public void setArtForms(List<String> artForms) {
        this.artForms = artForms == null ? new ArrayList<>() : artForms;
    }

    public List<String> getSettings() {
        return settings;
    }

    public void setSettings(List<String> settings) {
        this.settings = settings == null ? new ArrayList<>() : settings;
    }
}
