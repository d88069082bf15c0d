package uk.org.ncjaa.springboard.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.org.ncjaa.springboard.content.domain.ContentSubmission;

/** The member's "share your work" form, bound to its fields directly. */
class ShareForm {

    public String kind = "";
    public String title = "";
    public String body = "";
    public String organisation = "";
    public String eventWhen = "";
    public String eventWhere = "";
    public String closesOn = "";
    public String howToApply = "";

    static ShareForm of(ContentSubmission.Details d) {
        ShareForm form = new ShareForm();
        form.kind = d.kind().name();
        form.title = d.title();
        form.body = d.body();
        form.organisation = d.organisation();
        form.eventWhen = d.eventWhen() == null ? "" : d.eventWhen();
        form.eventWhere = d.eventWhere() == null ? "" : d.eventWhere();
        form.closesOn = d.closesOn() == null ? "" : d.closesOn().toString();
        form.howToApply = d.howToApply() == null ? "" : d.howToApply();
        return form;
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        ContentSubmission.Kind chosen = kind();
        if (chosen == null) {
            problems.put("kind", "Choose what you are sharing");
        }
        if (blank(title)) {
            problems.put("title", "Enter a title");
        }
        else if (title.strip().length() > 200) {
            problems.put("title", "Keep the title under 200 characters");
        }
        if (blank(body)) {
            problems.put("body", "Tell us about it");
        }
        else if (body.strip().length() > 20_000) {
            problems.put("body", "Keep it under 20,000 characters: about 3,000 words");
        }
        if (organisation != null && organisation.strip().length() > 200) {
            problems.put("organisation", "Keep the organisation's name under 200 characters");
        }
        if (chosen == ContentSubmission.Kind.EVENT) {
            if (blank(eventWhen)) {
                problems.put("eventWhen", "Say when the event is");
            }
            if (blank(eventWhere)) {
                problems.put("eventWhere", "Say where the event is, or that it is online");
            }
        }
        if (eventWhen != null && eventWhen.strip().length() > 200) {
            problems.put("eventWhen", "Keep this under 200 characters");
        }
        if (eventWhere != null && eventWhere.strip().length() > 200) {
            problems.put("eventWhere", "Keep this under 200 characters");
        }
        if (chosen == ContentSubmission.Kind.OPPORTUNITY && blank(howToApply)) {
            problems.put("howToApply", "Say how to apply");
        }
        if (howToApply != null && howToApply.strip().length() > 5000) {
            problems.put("howToApply", "Keep how to apply under 5,000 characters");
        }
        if (!blank(closesOn)) {
            try {
                LocalDate.parse(closesOn.strip());
            }
            catch (DateTimeParseException ex) {
                problems.put("closesOn", "Enter the closing date as a date, such as 2027-01-31");
            }
        }
        return problems;
    }

    ContentSubmission.Details details() {
        return new ContentSubmission.Details(kind(), title, body, organisation, empty(eventWhen), empty(eventWhere),
                blank(closesOn) ? null : LocalDate.parse(closesOn.strip()), empty(howToApply));
    }

    ContentSubmission.Kind kind() {
        for (ContentSubmission.Kind k : ContentSubmission.Kind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String empty(String value) {
        return blank(value) ? null : value.strip();
    }
}
