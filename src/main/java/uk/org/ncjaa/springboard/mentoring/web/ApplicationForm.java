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
    Map<String, String> problems(MentoringText text, boolean sending, int maxPerMentor, Set<String> artFormCodes, Set<String> settingCodes,
            Set<String> regionCodes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (role() == null) {
            problems.put("role", text.get("mentoring.apply.problem.role"));
        }
        tooLong(text, problems, "organisation", organisation, 200, "mentoring.apply.problem.organisation");
        tooLong(text, problems, "jobTitle", jobTitle, 200, "mentoring.apply.problem.jobTitle");
        only(text, problems, "artForms", artForms, artFormCodes);
        only(text, problems, "settings", settings, settingCodes);
        only(text, problems, "formats", formats, Vocabularies.FORMATS.keySet());
        only(text, problems, "availability", availability, Vocabularies.TIMES.keySet());
        only(text, problems, "topics", topics, Vocabularies.TOPICS.keySet());
        if (!blank(region) && !regionCodes.contains(region)) {
            problems.put("region", text.get("mentoring.apply.problem.regionList"));
        }
        Integer years = number(yearsInSector);
        if (years == null || years < 0 || years > 70) {
            problems.put("yearsInSector", text.get("mentoring.apply.problem.years"));
        }
        tooLong(text, problems, "statement", statement, 3000, "mentoring.apply.problem.statementLength");
        tooLong(text, problems, "exclusions", exclusions, 2000, "mentoring.apply.problem.exclusions");
        if (mentor()) {
            Integer places = number(capacity);
            if (places == null || places < 1 || places > maxPerMentor) {
                problems.put("capacity", text.get("mentoring.apply.problem.capacity", String.valueOf(maxPerMentor)));
            }
            if (sharesLivedExperience && !livedExperienceConsent) {
                problems.put("livedExperienceConsent", text.get("mentoring.apply.problem.consent"));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) != null && answers.get(i).strip().length() > 2000) {
                problems.put("answers", text.get("mentoring.apply.problem.answers"));
            }
        }
        if (sending) {
            if (artForms.isEmpty()) {
                problems.putIfAbsent("artForms", text.get(mentor() ? "mentoring.apply.problem.artForms.mentor" : "mentoring.apply.problem.artForms.mentee"));
            }
            if (settings.isEmpty()) {
                problems.putIfAbsent("settings", text.get(mentor() ? "mentoring.apply.problem.settings.mentor" : "mentoring.apply.problem.settings.mentee"));
            }
            if (blank(region)) {
                problems.putIfAbsent("region", text.get("mentoring.apply.problem.region"));
            }
            if (formats.isEmpty()) {
                problems.putIfAbsent("formats", text.get("mentoring.apply.problem.formats"));
            }
            if (availability.isEmpty()) {
                problems.putIfAbsent("availability", text.get("mentoring.apply.problem.availability"));
            }
            if (topics.isEmpty()) {
                problems.putIfAbsent("topics", text.get(mentor() ? "mentoring.apply.problem.topics.mentor" : "mentoring.apply.problem.topics.mentee"));
            }
            if (blank(statement)) {
                problems.putIfAbsent("statement", text.get(mentor() ? "mentoring.apply.problem.statement.mentor" : "mentoring.apply.problem.statement.mentee"));
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

    private static void tooLong(MentoringText text, Map<String, String> problems, String field, String value, int max, String key) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, text.get(key));
        }
    }

    private static void only(MentoringText text, Map<String, String> problems, String field, List<String> values, Set<String> allowed) {
        if (!allowed.containsAll(values)) {
            problems.put(field, text.get("mentoring.apply.problem.list"));
        }
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
