package uk.org.ncjaa.springboard.mentoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.mentoring.matching.Criterion;
import uk.org.ncjaa.springboard.mentoring.matching.Objective;

import static uk.org.ncjaa.springboard.mentoring.web.FormValues.date;
import static uk.org.ncjaa.springboard.mentoring.web.FormValues.number;

/** A round's settings as staff type them: dates as text, one question a line, a weight for each criterion. */
class RoundForm {

    public String name = "";
    public String summary = "";
    public String opensOn = "";
    public String closesOn = "";
    public String startsOn = "";
    public String lengthMonths = "6";
    public String questions = "";
    public List<String> weights = new ArrayList<>(Arrays.stream(Round.DEFAULT_WEIGHTS).mapToObj(String::valueOf).toList());
    public String objective = Objective.TOTAL_SCORE.name();
    public boolean sameOrganisation;
    public String minimumScore = "200";
    public String reminderDays = "30";
    public boolean certificates;
    public String maxPerMentor = "3";
    public String menteePlaces = "";

    static RoundForm of(Round round) {
        Round.Settings s = round.settings();
        RoundForm form = new RoundForm();
        form.name = s.name();
        form.summary = s.summary();
        form.opensOn = s.opensOn().toString();
        form.closesOn = s.closesOn().toString();
        form.startsOn = s.startsOn().toString();
        form.lengthMonths = String.valueOf(s.lengthMonths());
        form.questions = String.join("\n", s.questions());
        form.weights = new ArrayList<>(Arrays.stream(s.weights()).mapToObj(String::valueOf).toList());
        form.objective = s.objective().name();
        form.sameOrganisation = s.sameOrganisation();
        form.minimumScore = String.valueOf(s.minimumScore());
        form.reminderDays = String.valueOf(s.reminderDays());
        form.certificates = s.certificates();
        form.maxPerMentor = String.valueOf(s.maxPerMentor());
        form.menteePlaces = s.menteePlaces() == null ? "" : String.valueOf(s.menteePlaces());
        return form;
    }

    public String weight(int index) {
        return index < weights.size() ? weights.get(index) : "0";
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank()) {
            problems.put("name", "Enter a name for the round");
        }
        else if (name.strip().length() > 200) {
            problems.put("name", "Keep the name under 200 characters");
        }
        if (summary.strip().length() > 4000) {
            problems.put("summary", "Keep the summary under 4,000 characters");
        }
        LocalDate opens = date(opensOn);
        LocalDate closes = date(closesOn);
        LocalDate starts = date(startsOn);
        if (opens == null) {
            problems.put("opensOn", "Enter the date applications open, for example 2027-01-15");
        }
        if (closes == null) {
            problems.put("closesOn", "Enter the date applications close, for example 2027-02-15");
        }
        else if (opens != null && closes.isBefore(opens)) {
            problems.put("closesOn", "Applications must close on or after the day they open");
        }
        if (starts == null) {
            problems.put("startsOn", "Enter the date the mentoring starts, for example 2027-03-01");
        }
        else if (closes != null && starts.isBefore(closes)) {
            problems.put("startsOn", "The mentoring must start on or after the day applications close");
        }
        range(problems, "lengthMonths", lengthMonths, 1, 24, "Enter the length in months, from 1 to 24");
        range(problems, "minimumScore", minimumScore, 0, 1000, "Enter the lowest score to propose, from 0 to 1,000");
        range(problems, "reminderDays", reminderDays, 7, 180, "Enter the days before a reminder, from 7 to 180");
        range(problems, "maxPerMentor", maxPerMentor, 1, 5, "Choose the most mentees a mentor may take, from 1 to 5");
        if (!menteePlaces.isBlank()) {
            range(problems, "menteePlaces", menteePlaces, 1, 10_000, "Enter the number of mentee places, from 1 to 10,000, or leave it empty");
        }
        int total = 0;
        for (int i = 0; i < Criterion.values().length; i++) {
            Integer w = number(weight(i));
            if (w == null || w < 0 || w > 10) {
                problems.put("weights", "Give each criterion a weight from 0 to 10");
                total = -1;
                break;
            }
            total += w;
        }
        if (total == 0) {
            problems.put("weights", "Give at least one criterion a weight above 0");
        }
        if (objective() == null) {
            problems.put("objective", "Choose what the matching should aim for");
        }
        List<String> lines = questionList();
        if (lines.size() > 10 || lines.stream().anyMatch(q -> q.length() > 300)) {
            problems.put("questions", "Ask at most 10 questions, each under 300 characters");
        }
        return problems;
    }

    Round.Settings settings() {
        int[] w = new int[Criterion.values().length];
        for (int i = 0; i < w.length; i++) {
            w[i] = number(weight(i));
        }
        return new Round.Settings(name.strip(), summary.strip(), date(opensOn), date(closesOn), date(startsOn), number(lengthMonths),
                questionList(), w, objective(), sameOrganisation, number(minimumScore), number(reminderDays), certificates,
                number(maxPerMentor), menteePlaces.isBlank() ? null : number(menteePlaces));
    }

    private List<String> questionList() {
        return questions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Objective objective() {
        for (Objective o : Objective.values()) {
            if (o.name().equals(objective)) {
                return o;
            }
        }
        return null;
    }

    private static void range(Map<String, String> problems, String field, String value, int min, int max, String message) {
        Integer n = number(value);
        if (n == null || n < min || n > max) {
            problems.put(field, message);
        }
    }


}
