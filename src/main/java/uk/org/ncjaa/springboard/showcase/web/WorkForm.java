package uk.org.ncjaa.springboard.showcase.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import uk.org.ncjaa.springboard.showcase.domain.CreditMode;
import uk.org.ncjaa.springboard.showcase.domain.ShowcaseException;
import uk.org.ncjaa.springboard.showcase.domain.Work;
import uk.org.ncjaa.springboard.showcase.domain.WorkDetails;
import uk.org.ncjaa.springboard.showcase.domain.WorkKind;

/**
 * The form an organisation fills in for a work, kept as typed so that a refused form comes back with
 * everything in it. The three questions about victims, staff and current cases must be answered "no":
 * unanswered counts as not answered, never as "no".
 */
public class WorkForm {

    private String kind;
    private Long listingId;
    private String title;
    private String creditMode;
    private String creditName;
    private boolean makerConfirmedFullName;
    private boolean organisationConfirmedFullName;
    private String artForm;
    private String setting;
    private String region;
    private String year;
    private String project;
    private String makerWords;
    private String description;
    private String transcript;
    private String videoAddress;
    private String textBody;
    private boolean consentOnline;
    private boolean consentNewsletter;
    private boolean consentPrint;
    private String consentUntil;
    private boolean consentHeldByOrganisation;
    private String involvesVictims;
    private String involvesStaff;
    private String involvesCurrentCase;

    static WorkForm blank() {
        WorkForm form = new WorkForm();
        form.setKind("image");
        form.setCreditMode(CreditMode.FIRST_NAME.name());
        return form;
    }

    static WorkForm of(Work work) {
        WorkForm form = new WorkForm();
        form.setKind(work.kind().slug());
        form.setListingId(work.listingId());
        form.setTitle(work.title());
        form.setCreditMode(work.creditMode().name());
        form.setCreditName(work.creditName());
        form.setMakerConfirmedFullName(work.makerConfirmedFullName());
        form.setOrganisationConfirmedFullName(work.organisationConfirmedFullName());
        form.setArtForm(work.artForm());
        form.setSetting(work.setting());
        form.setRegion(work.region());
        form.setYear(String.valueOf(work.year()));
        form.setProject(work.project());
        form.setMakerWords(work.makerWords());
        form.setDescription(work.description());
        form.setTranscript(work.transcript());
        form.setVideoAddress(work.videoAddress());
        form.setTextBody(work.textBody());
        form.setConsentOnline(work.consentOnline());
        form.setConsentNewsletter(work.consentNewsletter());
        form.setConsentPrint(work.consentPrint());
        form.setConsentUntil(work.consentUntil() == null ? null : work.consentUntil().toString());
        form.setConsentHeldByOrganisation(work.consentHeldByOrganisation());
        form.setInvolvesVictims("no");
        form.setInvolvesStaff("no");
        form.setInvolvesCurrentCase("no");
        return form;
    }

    /** The details as the work takes them; a reason in words when something typed cannot be read. */
    WorkDetails details(java.util.List<String> videoHosts) {
        WorkKind workKind = WorkKind.of(kind);
        if (workKind == null) {
            throw new ShowcaseException("Choose what kind of work it is.", "showcase.problem.kind");
        }
        CreditMode mode;
        try {
            mode = CreditMode.valueOf(creditMode == null ? "" : creditMode);
        }
        catch (IllegalArgumentException ex) {
            throw new ShowcaseException("Choose how the maker is credited.", "showcase.problem.creditMode");
        }
        for (String answer : new String[] { involvesVictims, involvesStaff, involvesCurrentCase }) {
            if (!"no".equals(answer) && !"yes".equals(answer)) {
                throw new ShowcaseException("Answer the three questions about victims, staff and current cases.", "showcase.problem.questions");
            }
        }
        int madeIn;
        try {
            madeIn = Integer.parseInt(year == null ? "" : year.strip());
        }
        catch (NumberFormatException ex) {
            throw new ShowcaseException("Give the year the work was made as four figures, such as 2025.", "showcase.problem.year");
        }
        LocalDate until = null;
        if (consentUntil != null && !consentUntil.isBlank()) {
            try {
                until = LocalDate.parse(consentUntil.strip());
            }
            catch (DateTimeParseException ex) {
                throw new ShowcaseException("Give the consent's end date as a date, such as 2027-12-31, or leave it empty.",
                        "showcase.problem.consentUntil");
            }
        }
        if (workKind == WorkKind.VIDEO && (videoAddress == null
                || uk.org.ncjaa.springboard.shared.web.Videos.embed(videoAddress, videoHosts).isEmpty())) {
            throw new ShowcaseException("Give the address of the video on YouTube or Vimeo (such as https://www.youtube.com/watch?v=...).",
                    "showcase.problem.video");
        }
        return new WorkDetails(workKind, title, mode, creditName, makerConfirmedFullName, organisationConfirmedFullName, artForm, setting,
                region, madeIn, project, makerWords, description, transcript, videoAddress, textBody, consentOnline, consentNewsletter,
                consentPrint, until, consentHeldByOrganisation, "yes".equals(involvesVictims), "yes".equals(involvesStaff),
                "yes".equals(involvesCurrentCase));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getListingId() {
        return listingId;
    }

    public void setListingId(Long listingId) {
        this.listingId = listingId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCreditMode() {
        return creditMode;
    }

    public void setCreditMode(String creditMode) {
        this.creditMode = creditMode;
    }

    public String getCreditName() {
        return creditName;
    }

    public void setCreditName(String creditName) {
        this.creditName = creditName;
    }

    public boolean isMakerConfirmedFullName() {
        return makerConfirmedFullName;
    }

    public void setMakerConfirmedFullName(boolean makerConfirmedFullName) {
        this.makerConfirmedFullName = makerConfirmedFullName;
    }

    public boolean isOrganisationConfirmedFullName() {
        return organisationConfirmedFullName;
    }

    public void setOrganisationConfirmedFullName(boolean organisationConfirmedFullName) {
        this.organisationConfirmedFullName = organisationConfirmedFullName;
    }

    public String getArtForm() {
        return artForm;
    }

    public void setArtForm(String artForm) {
        this.artForm = artForm;
    }

    public String getSetting() {
        return setting;
    }

    public void setSetting(String setting) {
        this.setting = setting;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getMakerWords() {
        return makerWords;
    }

    public void setMakerWords(String makerWords) {
        this.makerWords = makerWords;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTranscript() {
        return transcript;
    }

    public void setTranscript(String transcript) {
        this.transcript = transcript;
    }

    public String getVideoAddress() {
        return videoAddress;
    }

    public void setVideoAddress(String videoAddress) {
        this.videoAddress = videoAddress;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public boolean isConsentOnline() {
        return consentOnline;
    }

    public void setConsentOnline(boolean consentOnline) {
        this.consentOnline = consentOnline;
    }

    public boolean isConsentNewsletter() {
        return consentNewsletter;
    }

    public void setConsentNewsletter(boolean consentNewsletter) {
        this.consentNewsletter = consentNewsletter;
    }

    public boolean isConsentPrint() {
        return consentPrint;
    }

    public void setConsentPrint(boolean consentPrint) {
        this.consentPrint = consentPrint;
    }

    public String getConsentUntil() {
        return consentUntil;
    }

    public void setConsentUntil(String consentUntil) {
        this.consentUntil = consentUntil;
    }

    public boolean isConsentHeldByOrganisation() {
        return consentHeldByOrganisation;
    }

    public void setConsentHeldByOrganisation(boolean consentHeldByOrganisation) {
        this.consentHeldByOrganisation = consentHeldByOrganisation;
    }

    public String getInvolvesVictims() {
        return involvesVictims;
    }

    public void setInvolvesVictims(String involvesVictims) {
        this.involvesVictims = involvesVictims;
    }

    public String getInvolvesStaff() {
        return involvesStaff;
    }

    public void setInvolvesStaff(String involvesStaff) {
        this.involvesStaff = involvesStaff;
    }

    public String getInvolvesCurrentCase() {
        return involvesCurrentCase;
    }

    public void setInvolvesCurrentCase(String involvesCurrentCase) {
        this.involvesCurrentCase = involvesCurrentCase;
    }
}
