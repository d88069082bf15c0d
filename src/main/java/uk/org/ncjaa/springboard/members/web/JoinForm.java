package uk.org.ncjaa.springboard.members.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The join form as typed: re-shown with every answer kept when something needs fixing. */
public class JoinForm extends ProfileForm {

    @NotBlank(message = "{accounts.forms.name.missing}")
    @Size(max = 100, message = "{accounts.forms.name.long}")
    private String name;

    @NotBlank(message = "{accounts.forms.email.missing}")
    @Email(message = "{accounts.forms.email.invalid}")
    @Size(max = 254, message = "{accounts.forms.email.long}")
    private String email;

    private String password;

    private String heardFrom;

    private boolean newsletter;

    private boolean publicProfile;

    private boolean registerOrganisation;

    @AssertTrue(message = "{accounts.forms.privacy.missing}")
    private boolean privacy;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getHeardFrom() {
        return heardFrom;
    }

    public void setHeardFrom(String heardFrom) {
        this.heardFrom = heardFrom;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }

    public boolean isPublicProfile() {
        return publicProfile;
    }

    public void setPublicProfile(boolean publicProfile) {
        this.publicProfile = publicProfile;
    }

    public boolean isPrivacy() {
        return privacy;
    }

    public void setPrivacy(boolean privacy) {
        this.privacy = privacy;
    }

    public boolean isRegisterOrganisation() {
        return registerOrganisation;
    }

    public void setRegisterOrganisation(boolean registerOrganisation) {
        this.registerOrganisation = registerOrganisation;
    }
}
