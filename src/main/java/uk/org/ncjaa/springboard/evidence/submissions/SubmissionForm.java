package uk.org.ncjaa.springboard.evidence.submissions;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step one of a member's submission: what the evaluation is, in fields a non-researcher can fill in. */
public class SubmissionForm {

    @NotBlank(message = "{evidence.submit.error.title}")
    @Size(max = 500, message = "{evidence.submit.error.title.size}")
    private String title;

    @NotBlank(message = "{evidence.submit.error.authors}")
    @Size(max = 2000, message = "{evidence.submit.error.authors.size}")
    private String authors;

    @Size(max = 500, message = "{evidence.submit.error.organisations.size}")
    private String organisations;

    @Min(value = 1900, message = "{evidence.submit.error.year.min}")
    @Max(value = 2100, message = "{evidence.submit.error.year.max}")
    private Integer year;

    @Size(max = 100)
    private String documentType;

    @NotEmpty(message = "{evidence.submit.error.artforms}")
    private List<String> artForms = new ArrayList<>();

    @NotEmpty(message = "{evidence.submit.error.settings}")
    private List<String> settings = new ArrayList<>();

    private List<String> outcomes = new ArrayList<>();

    @Size(max = 100)
    private String studyDesign;

    @NotBlank(message = "{evidence.submit.error.description}")
    @Size(max = 3000, message = "{evidence.submit.error.description.size}")
    private String description;

    @Size(max = 200, message = "{evidence.submit.error.sample.size}")
    private String sampleSize;

    @Pattern(regexp = "^$|^https?://\\S{3,1000}$", message = "{evidence.submit.error.url}")
    private String url;

    @Pattern(regexp = "^$|^(https?://(dx\\.)?doi\\.org/)?10\\.\\d{4,9}/\\S{1,300}$", message = "{evidence.submit.error.doi}")
    private String doi;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getOrganisations() {
        return organisations;
    }

    public void setOrganisations(String organisations) {
        this.organisations = organisations;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
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

    public List<String> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes = outcomes == null ? new ArrayList<>() : outcomes;
    }

    public String getStudyDesign() {
        return studyDesign;
    }

    public void setStudyDesign(String studyDesign) {
        this.studyDesign = studyDesign;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(String sampleSize) {
        this.sampleSize = sampleSize;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }
}
