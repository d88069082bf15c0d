package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scheme's own short lists: ways of meeting, times, and what mentees want help with. */
public final class Vocabularies {

    public static final Map<String, String> FORMATS = labels("IN_PERSON", "In person", "ONLINE", "Online");

    public static final Map<String, String> TIMES = labels("weekday-mornings", "Weekday mornings", "weekday-afternoons",
            "Weekday afternoons", "weekday-evenings", "Weekday evenings", "weekends", "Weekends");

    public static final Map<String, String> TOPICS = labels("career", "Building a career in the sector", "practice",
            "Creative practice and facilitation", "safeguarding", "Safeguarding and working safely", "partnerships",
            "Working with prisons, probation and youth justice", "funding", "Funding and fundraising", "evaluation",
            "Evaluation and evidence", "commissioning", "Commissioning and tendering", "organisation", "Running an organisation",
            "lived-experience", "Leading with lived experience", "wellbeing", "Wellbeing and resilience");

    private Vocabularies() {
    }

    private static Map<String, String> labels(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
