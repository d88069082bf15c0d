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

    @NotBlank(message = "Enter the title of the report or article")
    @Size(max = 500, message = "Keep the title under 500 characters")
    private String title;

    @NotBlank(message = "Enter the authors, or the organisation that wrote it")
    @Size(max = 2000, message = "Keep the authors under 2,000 characters")
    private String authors;

    @Size(max = 500, message = "Keep the organisations under 500 characters")
    private String organisations;

    @Min(value = 1900, message = "Enter a year from 1900")
    @Max(value = 2100, message = "Enter a year before 2100")
    private Integer year;

    @Size(max = 100)
    private String documentType;

    @NotEmpty(message = "Choose at least one art form")
    private List<String> artForms = new ArrayList<>();

    @NotEmpty(message = "Choose at least one justice setting")
    private List<String> settings = new ArrayList<>();

    private List<String> outcomes = new ArrayList<>();

    @Size(max = 100)
    private String studyDesign;

    @NotBlank(message = "Describe the evaluation in a few sentences")
    @Size(max = 3000, message = "Keep the description under 3,000 characters")
    private String description;

    @Size(max = 200, message = "Keep the sample size under 200 characters")
    private String sampleSize;

    @Pattern(regexp = "^$|^https?://\\S{3,1000}$", message = "Enter a web address starting with https://")
    private String url;

    @Pattern(regexp = "^$|^(https?://(dx\\.)?doi\\.org/)?10\\.\\d{4,9}/\\S{1,300}$", message = "Enter a DOI like 10.1234/abcd, or leave it empty")
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
