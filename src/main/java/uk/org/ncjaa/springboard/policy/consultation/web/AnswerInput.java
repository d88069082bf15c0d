package uk.org.ncjaa.springboard.policy.consultation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import uk.org.ncjaa.springboard.policy.consultation.domain.Answer;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.Question;

/**
 * The answer form's values, read from the request without JavaScript: each question's field is
 * {@code q<id>}, and a ranking sends one numbered select per item, {@code q<id>-<item index>}.
 *
 * @param raw what the form sent per question, to show again on error
 */
record AnswerInput(Map<Long, List<String>> raw, Answer.QuoteConsent consent, String consentSent) {

    private static final int LONGEST_FIELD = 20_000;

    static AnswerInput read(Consultation consultation, MultiValueMap<String, String> params) {
        Map<Long, List<String>> raw = new LinkedHashMap<>();
        for (Question question : consultation.questions()) {
            String name = "q" + question.id();
            if (question.kind() == Question.Kind.RANKING) {
                List<String> ranks = new ArrayList<>();
                for (int i = 0; i < question.options().size(); i++) {
                    ranks.add(clean(params.getFirst(name + "-" + i)));
                }
                raw.put(question.id(), ranks);
            }
            else {
                List<String> values = params.getOrDefault(name, List.of()).stream().map(AnswerInput::clean).limit(50).toList();
                raw.put(question.id(), values);
            }
        }
        String consent = clean(params.getFirst("quoteConsent"));
        return new AnswerInput(raw, consent(consent), consent);
    }

    /** A saved answer, shown in the form: a ranking as each item's number. */
    static AnswerInput of(Consultation consultation, Answer answer) {
        Map<Long, List<String>> raw = new LinkedHashMap<>();
        for (Question question : consultation.questions()) {
            List<String> values = answer == null ? List.of() : answer.values(question.id());
            if (question.kind() == Question.Kind.RANKING) {
                List<String> ranks = new ArrayList<>();
                for (String option : question.options()) {
                    int place = values.indexOf(option);
                    ranks.add(place < 0 ? "" : String.valueOf(place + 1));
                }
                raw.put(question.id(), ranks);
            }
            else {
                raw.put(question.id(), values);
            }
        }
        Answer.QuoteConsent consent = answer == null ? Answer.QuoteConsent.NONE : answer.quoteConsent();
        return new AnswerInput(raw, consent, consent.name());
    }

    static AnswerInput empty(Consultation consultation) {
        return of(consultation, null);
    }

    private static Answer.QuoteConsent consent(String sent) {
        for (Answer.QuoteConsent c : Answer.QuoteConsent.values()) {
            if (c.name().equals(sent)) {
                return c;
            }
        }
        return Answer.QuoteConsent.NONE;
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\u0000", "");
        return text.length() > LONGEST_FIELD ? text.substring(0, LONGEST_FIELD) : text;
    }

    /** The form's values for a question (a ranking: each item's number, in the list's order). */
    public List<String> values(long questionId) {
        return raw.getOrDefault(questionId, List.of());
    }

    public String first(long questionId) {
        List<String> values = values(questionId);
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean has(long questionId, String value) {
        return values(questionId).contains(value);
    }

    public String rank(long questionId, int index) {
        List<String> values = values(questionId);
        return index < values.size() ? values.get(index) : "";
    }

    /** The problems keyed by the form field a summary links to. */
    static Map<String, String> problems(Map<Long, String> byQuestion) {
        Map<String, String> problems = new LinkedHashMap<>();
        byQuestion.forEach((id, message) -> problems.put("q" + id, message));
        return problems;
    }
}
