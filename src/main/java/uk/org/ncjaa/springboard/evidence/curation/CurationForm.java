package uk.org.ncjaa.springboard.evidence.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an editor can change on an entry, held as the text typed so that a form with
 * mistakes comes back exactly as it was sent. {@link Curation#check} turns it into values.
 */
public class CurationForm {

    private String title;
    private String year;
    private String month;
    private String day;
    private String publisher;
    private String independence;
    private String peerReviewed;
    private String doi;
    private String containerTitle;
    private String volume;
    private String issue;
    private String pages;
    private String isbn;
    private String url;
    private String language;
    private String licence;
    private String programmeName;
    private String venues;
    private String fieldworkFrom;
    private String fieldworkTo;
    private String deliveryModel;
    private String dataType;
    private String sampleSize;
    private String sampleBreakdown;
    private String mechanism;
    private String implementationNotes;
    private String costInformation;
    private String summary;
    /** The editors' summary in Welsh (optional). */
    private String summaryCy;
    private String keyQuote;
    private String strengthLevel;
    private String strengthRationale;
    /** The editor has checked the level against the rubric's reasons, and so makes it public. */
    private boolean confirmStrength;
    private String inclusion;
    private String inclusionReasons;
    private String comments;

    /** People and organisations by role, one per line or separated by semicolons. */
    private String authors;
    private String evaluators;
    private String commissioners;
    private String deliverers;
    private String publishers;

    /** Related entries by their address or slug, by kind, one per line. */
    private String updates;
    private String journalVersionOf;
    private String related;

    private List<FindingRow> findings = new ArrayList<>();

    /** Chosen concept slugs by vocabulary name; filled from the request, not bound. */
    private Map<String, List<String>> tags = new LinkedHashMap<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getIndependence() {
        return independence;
    }

    public void setIndependence(String independence) {
        this.independence = independence;
    }

    public String getPeerReviewed() {
        return peerReviewed;
    }

    public void setPeerReviewed(String peerReviewed) {
        this.peerReviewed = peerReviewed;
    }

    public String getContainerTitle() {
        return containerTitle;
    }

    public void setContainerTitle(String containerTitle) {
        this.containerTitle = containerTitle;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getVenues() {
        return venues;
    }

    public void setVenues(String venues) {
        this.venues = venues;
    }

    public String getFieldworkFrom() {
        return fieldworkFrom;
    }

    public void setFieldworkFrom(String fieldworkFrom) {
        this.fieldworkFrom = fieldworkFrom;
    }

    public String getFieldworkTo() {
        return fieldworkTo;
    }

    public void setFieldworkTo(String fieldworkTo) {
        this.fieldworkTo = fieldworkTo;
    }

    public String getDeliveryModel() {
        return deliveryModel;
    }

    public void setDeliveryModel(String deliveryModel) {
        this.deliveryModel = deliveryModel;
    }

    public String getDataType() {
        return dataType;
    }

    public void setDataType(String dataType) {
        this.dataType = dataType;
    }

    public String getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(String sampleSize) {
        this.sampleSize = sampleSize;
    }

    public String getSampleBreakdown() {
        return sampleBreakdown;
    }

    public void setSampleBreakdown(String sampleBreakdown) {
        this.sampleBreakdown = sampleBreakdown;
    }

    public String getMechanism() {
        return mechanism;
    }

    public void setMechanism(String mechanism) {
        this.mechanism = mechanism;
    }

    public String getImplementationNotes() {
        return implementationNotes;
    }

    public void setImplementationNotes(String implementationNotes) {
        this.implementationNotes = implementationNotes;
    }

    public String getCostInformation() {
        return costInformation;
    }

    public void setCostInformation(String costInformation) {
        this.costInformation = costInformation;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryCy() {
        return summaryCy;
    }

    public void setSummaryCy(String summaryCy) {
        this.summaryCy = summaryCy;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getKeyQuote() {
        return keyQuote;
    }

    public void setKeyQuote(String keyQuote) {
        this.keyQuote = keyQuote;
    }

    public String getStrengthLevel() {
        return strengthLevel;
    }

    public void setStrengthLevel(String strengthLevel) {
        this.strengthLevel = strengthLevel;
    }

    public boolean isConfirmStrength() {
        return confirmStrength;
    }

    public void setConfirmStrength(boolean confirmStrength) {
        this.confirmStrength = confirmStrength;
    }

    public String getStrengthRationale() {
        return strengthRationale;
    }

    public void setStrengthRationale(String strengthRationale) {
        this.strengthRationale = strengthRationale;
    }

    public String getInclusion() {
        return inclusion;
    }

    public void setInclusion(String inclusion) {
        this.inclusion = inclusion;
    }

    public String getInclusionReasons() {
        return inclusionReasons;
    }

    public void setInclusionReasons(String inclusionReasons) {
        this.inclusionReasons = inclusionReasons;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getEvaluators() {
        return evaluators;
    }

    public void setEvaluators(String evaluators) {
        this.evaluators = evaluators;
    }

    public String getCommissioners() {
        return commissioners;
    }

    public void setCommissioners(String commissioners) {
        this.commissioners = commissioners;
    }

    public String getDeliverers() {
        return deliverers;
    }

    public void setDeliverers(String deliverers) {
        this.deliverers = deliverers;
    }

    public String getPublishers() {
        return publishers;
    }

    public void setPublishers(String publishers) {
        this.publishers = publishers;
    }

    public String getUpdates() {
        return updates;
    }

    public void setUpdates(String updates) {
        this.updates = updates;
    }

    public String getJournalVersionOf() {
        return journalVersionOf;
    }

    public void setJournalVersionOf(String journalVersionOf) {
        this.journalVersionOf = journalVersionOf;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingRow> findings) {
        this.findings = findings == null ? new ArrayList<>() : findings;
    }

    public Map<String, List<String>> getTags() {
        return tags;
    }

    public void setTags(Map<String, List<String>> tags) {
        this.tags = tags;
    }

    public boolean tagged(String vocabulary, String slug) {
        return tags.getOrDefault(vocabulary, List.of()).contains(slug);
    }

    public static class FindingRow {

        private String outcome;
        private String direction;
        private String effectSize;
        private String metric;
        private String timePoint;
        private String confidence;
        private String intervalLower;
        private String intervalUpper;
        private String intervalLevel;

        public boolean isBlank() {
            return empty(outcome) && empty(direction) && empty(effectSize) && empty(intervalLower) && empty(intervalUpper);
        }

        private static boolean empty(String text) {
            return text == null || text.isBlank();
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getDirection() {
            return direction;
        }

        public void setDirection(String direction) {
            this.direction = direction;
        }

        public String getEffectSize() {
            return effectSize;
        }

        public void setEffectSize(String effectSize) {
            this.effectSize = effectSize;
        }

        public String getMetric() {
            return metric;
        }

        public void setMetric(String metric) {
            this.metric = metric;
        }

        public String getTimePoint() {
            return timePoint;
        }

        public void setTimePoint(String timePoint) {
            this.timePoint = timePoint;
        }

        public String getConfidence() {
            return confidence;
        }

        public void setConfidence(String confidence) {
            this.confidence = confidence;
        }

        public String getIntervalLower() {
            return intervalLower;
        }

        public void setIntervalLower(String intervalLower) {
            this.intervalLower = intervalLower;
        }

        public String getIntervalUpper() {
            return intervalUpper;
        }

        public void setIntervalUpper(String intervalUpper) {
            this.intervalUpper = intervalUpper;
        }

        public String getIntervalLevel() {
            return intervalLevel;
        }

        public void setIntervalLevel(String intervalLevel) {
            this.intervalLevel = intervalLevel;
        }
    }
}
