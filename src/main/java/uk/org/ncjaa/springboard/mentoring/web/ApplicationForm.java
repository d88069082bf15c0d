package uk.org.ncjaa.springboard.mentoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.org.ncjaa.springboard.mentoring.domain.Application;
import uk.org.ncjaa.springboard.mentoring.domain.Role;
import uk.org.ncjaa.springboard.mentoring.domain.Vocabularies;

import static uk.org.ncjaa.springboard.mentoring.web.FormValues.number;

/** The application form, bound to its fields directly; a draft may be incomplete, a sent one may not. */
class ApplicationForm {

    public String role = "";
    public String organisation = "";
    public String jobTitle = "";
    public List<String> artForms = new ArrayList<>();
    public List<String> settings = new ArrayList<>();
    public String region = "";
    public List<String> formats = new ArrayList<>();
    public List<String> availability = new ArrayList<>();
    public List<String> topics = new ArrayList<>();
    public String yearsInSector = "0";
    public String statement = "";
    public boolean wantsLivedExperience;
    public boolean sharesLivedExperience;
    public boolean livedExperienceConsent;
    public String exclusions = "";
    public String capacity = "1";
    public List<String> answers = new ArrayList<>();

    static ApplicationForm of(Application application) {
        ApplicationForm form = new ApplicationForm();
        Application.Details d = application.details();
        form.role = application.role().name();
        form.organisation = d.organisation();
        form.jobTitle = d.jobTitle();
        form.artForms = new ArrayList<>(d.artForms());
        form.settings = new ArrayList<>(d.settings());
        form.region = d.region() == null ? "" : d.region();
        form.formats = new ArrayList<>(d.formats());
        form.availability = new ArrayList<>(d.availability());
        form.topics = new ArrayList<>(d.topics());
        form.yearsInSector = String.valueOf(d.yearsInSector());
        form.statement = d.statement();
        form.wantsLivedExperience = d.wantsLivedExperience();
        form.sharesLivedExperience = d.sharesLivedExperience();
        form.livedExperienceConsent = d.livedExperienceConsent();
        form.exclusions = d.exclusions();
        form.capacity = String.valueOf(d.capacity());
        form.answers = new ArrayList<>(d.answers());
        return form;
    }

    Role role() {
        return "MENTOR".equals(role) ? Role.MENTOR : "MENTEE".equals(role) ? Role.MENTEE : null;
    }

    boolean mentor() {
        return role() == Role.MENTOR;
    }

    /**
     * @param sending whether the applicant is sending it, when everything needed must be there
     */
    Map<String, String> problems(boolean sending, int maxPerMentor, Set<String> artFormCodes, Set<String> settingCodes,
            Set<String> regionCodes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (role() == null) {
            problems.put("role", "Choose whether you are applying to be a mentor or a mentee");
        }
        tooLong(problems, "organisation", organisation, 200, "your organisation's name");
        tooLong(problems, "jobTitle", jobTitle, 200, "your role");
        only(problems, "artForms", artForms, artFormCodes);
        only(problems, "settings", settings, settingCodes);
        only(problems, "formats", formats, Vocabularies.FORMATS.keySet());
        only(problems, "availability", availability, Vocabularies.TIMES.keySet());
        only(problems, "topics", topics, Vocabularies.TOPICS.keySet());
        if (!blank(region) && !regionCodes.contains(region)) {
            problems.put("region", "Choose a region from the list");
        }
        Integer years = number(yearsInSector);
        if (years == null || years < 0 || years > 70) {
            problems.put("yearsInSector", "Enter the number of years, from 0 to 70");
        }
        tooLong(problems, "statement", statement, 3000, "what you wrote");
        tooLong(problems, "exclusions", exclusions, 2000, "the names");
        if (mentor()) {
            Integer places = number(capacity);
            if (places == null || places < 1 || places > maxPerMentor) {
                problems.put("capacity", "Choose how many mentees you can take, from 1 to " + maxPerMentor);
            }
            if (sharesLivedExperience && !livedExperienceConsent) {
                problems.put("livedExperienceConsent", "Tick this if we may use your lived experience for matching, or untick the box above");
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) != null && answers.get(i).strip().length() > 2000) {
                problems.put("answers", "Keep each answer under 2,000 characters");
            }
        }
        if (sending) {
            if (artForms.isEmpty()) {
                problems.putIfAbsent("artForms", mentor() ? "Choose the art forms you work in" : "Choose at least one art form");
            }
            if (settings.isEmpty()) {
                problems.putIfAbsent("settings", mentor() ? "Choose the settings you have worked in" : "Choose the settings you want to work in");
            }
            if (blank(region)) {
                problems.putIfAbsent("region", "Choose your region");
            }
            if (formats.isEmpty()) {
                problems.putIfAbsent("formats", "Choose how you can meet");
            }
            if (availability.isEmpty()) {
                problems.putIfAbsent("availability", "Choose when you are free");
            }
            if (topics.isEmpty()) {
                problems.putIfAbsent("topics", mentor() ? "Choose what you can help with" : "Choose what you want help with");
            }
            if (blank(statement)) {
                problems.putIfAbsent("statement", mentor() ? "Tell us what you can offer" : "Tell us what you hope to get from mentoring");
            }
        }
        return problems;
    }

    Application.Details details(int questions) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            kept.add(i < answers.size() && answers.get(i) != null ? answers.get(i).strip() : "");
        }
        Integer years = number(yearsInSector);
        Integer places = number(capacity);
        return new Application.Details(organisation.strip(), jobTitle.strip(), List.copyOf(artForms), List.copyOf(settings),
                blank(region) ? null : region, List.copyOf(formats), List.copyOf(availability), List.copyOf(topics),
                years == null ? 0 : years, statement.strip(), wantsLivedExperience, sharesLivedExperience, livedExperienceConsent,
                exclusions.strip(), places == null ? 1 : places, kept);
    }

    public String answer(int index) {
        return index < answers.size() ? answers.get(index) : "";
    }

    private static void tooLong(Map<String, String> problems, String field, String value, int max, String what) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, "Keep " + what + " under " + String.format("%,d", max) + " characters");
        }
    }

    private static void only(Map<String, String> problems, String field, List<String> values, Set<String> allowed) {
        if (!allowed.containsAll(values)) {
            problems.put(field, "Choose from the list");
        }
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
