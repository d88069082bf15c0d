package uk.org.ncjaa.springboard.policy.consultation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;

/** What staff type to set up a consultation; dates as text so junk comes back as a message, not an error page. */
class ConsultationForm {

    String title = "";
    String summary = "";
    String introduction = "";
    String governmentTitle = "";
    String governmentUrl = "";
    String governmentDeadline = "";
    String audience = "MEMBERS";
    boolean anonymousAllowed;
    String opensOn = "";
    String closesOn = "";

    static ConsultationForm of(Consultation c) {
        ConsultationForm form = new ConsultationForm();
        form.title = c.title();
        form.summary = c.summary();
        form.introduction = c.introduction();
        form.governmentTitle = c.governmentTitle() == null ? "" : c.governmentTitle();
        form.governmentUrl = c.governmentUrl() == null ? "" : c.governmentUrl();
        form.governmentDeadline = c.governmentDeadline() == null ? "" : c.governmentDeadline().toString();
        form.audience = c.audience().name();
        form.anonymousAllowed = c.anonymousAllowed();
        form.opensOn = c.opensOn().toString();
        form.closesOn = c.closesOn().toString();
        return form;
    }

    Map<String, String> problems() {
        // a NUL byte cannot be stored, and no one types one
        title = nz(title);
        summary = nz(summary);
        introduction = nz(introduction);
        governmentTitle = nz(governmentTitle);
        governmentUrl = nz(governmentUrl);
        governmentDeadline = nz(governmentDeadline);
        opensOn = nz(opensOn);
        closesOn = nz(closesOn);
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title) || title.length() > 200) {
            problems.put("title", "Enter a title of up to 200 characters.");
        }
        if (summary != null && summary.length() > 500) {
            problems.put("summary", "Keep the summary under 500 characters.");
        }
        if (introduction != null && introduction.length() > 50_000) {
            problems.put("introduction", "Keep the introduction under 50,000 characters.");
        }
        if (governmentTitle != null && governmentTitle.length() > 300) {
            problems.put("governmentTitle", "Keep the government consultation's title under 300 characters.");
        }
        if (!blank(governmentUrl) && (governmentUrl.length() > 500 || !governmentUrl.strip().matches("https://[^\\s\"<>]+"))) {
            problems.put("governmentUrl", "Enter the address of the government consultation, starting https://.");
        }
        if (!blank(governmentDeadline) && date(governmentDeadline) == null) {
            problems.put("governmentDeadline", "Enter the government deadline as a date, such as 2027-03-31.");
        }
        if (audience() == null) {
            problems.put("audience", "Choose who may answer.");
        }
        LocalDate opens = date(opensOn);
        LocalDate closes = date(closesOn);
        if (opens == null) {
            problems.put("opensOn", "Enter the opening date, such as 2027-01-31.");
        }
        if (closes == null) {
            problems.put("closesOn", "Enter the closing date, such as 2027-03-31.");
        }
        else if (opens != null && closes.isBefore(opens)) {
            problems.put("closesOn", "The closing date must be on or after the opening date.");
        }
        return problems;
    }

    Consultation.Settings settings() {
        return new Consultation.Settings(title.strip(), nz(summary), nz(introduction), nz(governmentTitle), nz(governmentUrl),
                date(governmentDeadline), audience(), anonymousAllowed, date(opensOn), date(closesOn));
    }

    Consultation.Audience audience() {
        for (Consultation.Audience a : Consultation.Audience.values()) {
            if (a.name().equals(audience)) {
                return a;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        if (blank(text) || text.length() > 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nz(String text) {
        return text == null ? "" : text.replace("\u0000", "");
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getGovernmentTitle() {
        return governmentTitle;
    }

    public String getGovernmentUrl() {
        return governmentUrl;
    }

    public String getGovernmentDeadline() {
        return governmentDeadline;
    }

    public String getAudience() {
        return audience;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }
}
