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

    /** What is wrong, by field: each a key of the content bundle, for the page to say in its language. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        ContentSubmission.Kind chosen = kind();
        if (chosen == null) {
            problems.put("kind", "content.share.problem.kind");
        }
        if (blank(title)) {
            problems.put("title", "content.share.problem.title");
        }
        else if (title.strip().length() > 200) {
            problems.put("title", "content.share.problem.title.long");
        }
        if (blank(body)) {
            problems.put("body", "content.share.problem.body");
        }
        else if (body.strip().length() > 20_000) {
            problems.put("body", "content.share.problem.body.long");
        }
        if (organisation != null && organisation.strip().length() > 200) {
            problems.put("organisation", "content.share.problem.organisation.long");
        }
        if (chosen == ContentSubmission.Kind.EVENT) {
            if (blank(eventWhen)) {
                problems.put("eventWhen", "content.share.problem.eventWhen");
            }
            if (blank(eventWhere)) {
                problems.put("eventWhere", "content.share.problem.eventWhere");
            }
        }
        if (eventWhen != null && eventWhen.strip().length() > 200) {
            problems.put("eventWhen", "content.share.problem.eventWhen.long");
        }
        if (eventWhere != null && eventWhere.strip().length() > 200) {
            problems.put("eventWhere", "content.share.problem.eventWhere.long");
        }
        if (chosen == ContentSubmission.Kind.OPPORTUNITY && blank(howToApply)) {
            problems.put("howToApply", "content.share.problem.howToApply");
        }
        if (howToApply != null && howToApply.strip().length() > 5000) {
            problems.put("howToApply", "content.share.problem.howToApply.long");
        }
        if (!blank(closesOn)) {
            try {
                LocalDate.parse(closesOn.strip());
            }
            catch (DateTimeParseException ex) {
                problems.put("closesOn", "content.share.problem.closesOn");
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
