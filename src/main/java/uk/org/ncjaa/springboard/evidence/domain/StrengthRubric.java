package uk.org.ncjaa.springboard.evidence.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strength a study's facts support, with every reason, as the EEF and YEF toolkits rate:
 * first the design, then deductions for a small or unreported sample and for an evaluation by the
 * programme's own organisation; a review by how many studies it brings together. A study with no
 * results (a protocol, or nothing recorded yet) is not rated yet, and a qualitative study is not
 * rated on this scale at all: it answers how and why, not whether something works. It only
 * suggests: a curator confirms or changes the level with a reason of their own.
 */
public final class StrengthRubric {

    /** What the rating says of the entry. */
    public enum Kind { RATED, NOT_RATED_YET, NOT_ON_SCALE }

    /**
     * @param level 1 to 5 when {@link Kind#RATED}, otherwise null
     * @param reasons each step of the rubric that applied, in order, in plain words
     */
    public record Suggestion(Kind kind, Integer level, List<String> reasons) {
    }

    /**
     * The facts the rubric reads.
     *
     * @param designs the entry's study designs (vocabulary slugs) with the level each gives, null for designs off the scale
     * @param documentTypes the entry's document types (vocabulary slugs)
     * @param sampleSize the sample as catalogued, free text ("1,234 prisoners", "230+", "12 studies")
     * @param independence who evaluated it, or null when not recorded
     * @param hasResults whether any finding reports a tested outcome
     */
    public record Facts(Map<String, Integer> designs, Set<String> documentTypes, String sampleSize,
            EvidenceEntry.Independence independence, boolean hasResults) {

        /**
         * The facts an entry holds.
         *
         * @param designLevel the level a study design gives (its vocabulary concept's), null when it gives none
         */
        public static Facts of(EvidenceEntry entry, Collection<uk.org.ncjaa.springboard.taxonomy.ConceptView> designs) {
            Map<String, Integer> levels = new java.util.HashMap<>();
            designs.forEach(design -> levels.put(design.slug(), designLevel(design)));
            return of(entry, levels::get);
        }

        public static Facts of(EvidenceEntry entry, java.util.function.Function<String, Integer> designLevel) {
            Map<String, Integer> designs = new java.util.LinkedHashMap<>();
            entry.tagSlugs(uk.org.ncjaa.springboard.taxonomy.Vocabulary.STUDY_DESIGN).forEach(slug -> designs.put(slug, designLevel.apply(slug)));
            boolean results = entry.findings().stream().anyMatch(finding -> finding.direction() != Finding.Direction.NOT_TESTED);
            return new Facts(designs, Set.copyOf(entry.tagSlugs(uk.org.ncjaa.springboard.taxonomy.Vocabulary.DOCUMENT_TYPE)),
                    entry.sampleSize(), entry.independence(), results);
        }
    }

    static final Set<String> REVIEWS = Set.of("systematic-review-or-meta-analysis", "systematic-review", "rapid-evidence-assessment");

    /** Designs that map or narrate evidence without weighing its effects. */
    static final Set<String> UNWEIGHED = Set.of("literature-review", "evidence-and-gap-map", "annotated-bibliography");

    static final String PROTOCOL = "protocol";

    /** A number as catalogues write it: "1,234", "1 234", "230+" (the first one in the text). */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:[, ]\\d{3})+|\\d+)");

    private static final Pattern STUDIES = Pattern.compile("(\\d{1,4})\\s*(?:included\\s+)?(?:studies|trials|evaluations|papers|reports)",
            Pattern.CASE_INSENSITIVE);

    private StrengthRubric() {
    }

    /** The level a study design gives at most, as its vocabulary concept says (curators may change it); null for none. */
    public static Integer designLevel(uk.org.ncjaa.springboard.taxonomy.ConceptView design) {
        String extra = design.extra();
        return extra != null && extra.matches("[1-5]") ? Integer.valueOf(extra) : null;
    }

    /** A typical study and what the rubric suggests for it: the worked examples the public rubric page shows. */
    public record Example(String study, Suggestion suggestion) {
    }

    /** One design and the level it gives, which may be none (a map that holds a null). */
    private static Map<String, Integer> design(String slug, Integer level) {
        Map<String, Integer> designs = new java.util.HashMap<>();
        designs.put(slug, level);
        return designs;
    }

    public static List<Example> examples() {
        Set<String> none = Set.of();
        return List.of(
                new Example("An independent randomised trial with 412 participants and results for each outcome",
                        suggest(new Facts(design("randomised-controlled-trial", 5), none, "412 adults on probation",
                                EvidenceEntry.Independence.INDEPENDENT, true))),
                new Example("The same trial run and evaluated by the arts organisation itself, with 48 participants",
                        suggest(new Facts(design("randomised-controlled-trial", 5), none, "48", EvidenceEntry.Independence.INTERNAL,
                                true))),
                new Example("A Justice Data Lab comparison of 1,234 people with a matched group",
                        suggest(new Facts(design("quasi-experimental-with-matched-comparison", 4), none, "1,234 people",
                                EvidenceEntry.Independence.INDEPENDENT, true))),
                new Example("Questionnaires before and after a ten-week course, 22 participants, commissioned by the funder",
                        suggest(new Facts(design("before-and-after-without-comparison", 2), none, "22",
                                EvidenceEntry.Independence.COMMISSIONED, true))),
                new Example("The protocol of a randomised trial not yet run",
                        suggest(new Facts(design("randomised-controlled-trial", 5), Set.of(PROTOCOL), "", null, false))),
                new Example("A systematic review of 14 studies",
                        suggest(new Facts(design("systematic-review-or-meta-analysis", null), none, "14 studies", null,
                                true))),
                new Example("Interviews with 18 women about a prison choir",
                        suggest(new Facts(design("qualitative-study", null), none, "18 women", EvidenceEntry.Independence.INDEPENDENT,
                                true))));
    }

    public static Suggestion suggest(Facts facts) {
        List<String> reasons = new ArrayList<>();
        if (facts.documentTypes().contains(PROTOCOL)) {
            reasons.add("A protocol sets out a study still to be done: there are no results to rate yet.");
            return new Suggestion(Kind.NOT_RATED_YET, null, reasons);
        }
        if (facts.designs().isEmpty() && !containsAny(facts.documentTypes(), REVIEWS)) {
            reasons.add("No study design is recorded yet, so the entry cannot be rated.");
            return new Suggestion(Kind.NOT_RATED_YET, null, reasons);
        }
        if (containsAny(facts.designs().keySet(), REVIEWS) || containsAny(facts.documentTypes(), REVIEWS)) {
            return review(facts, reasons);
        }
        Integer base = facts.designs().values().stream().filter(level -> level != null).max(Integer::compare).orElse(null);
        if (base == null) {
            if (containsAny(facts.designs().keySet(), UNWEIGHED)) {
                reasons.add("A narrative review or map shows where evidence lies without weighing what it found: "
                        + "it is not rated on this scale.");
            }
            else {
                reasons.add("A qualitative or descriptive study explains how and why something works, not whether it does: "
                        + "it is not rated on this scale, which is no judgement of its quality.");
            }
            return new Suggestion(Kind.NOT_ON_SCALE, null, reasons);
        }
        if (!facts.hasResults()) {
            reasons.add("No results are recorded for this entry yet: it will be rated once its findings are entered.");
            return new Suggestion(Kind.NOT_RATED_YET, null, reasons);
        }
        int level = base;
        reasons.add("Design: a level of " + base + " at most (" + designWords(base) + ").");
        Long sample = firstNumber(facts.sampleSize());
        if (sample == null) {
            level -= 1;
            reasons.add("Sample size not recorded: one level lower, since chance cannot be ruled out.");
        }
        else if (sample < 30) {
            level -= 2;
            reasons.add("Sample of " + sample + " (under 30): two levels lower, since a result this small could be chance.");
        }
        else if (sample < 100) {
            level -= 1;
            reasons.add("Sample of " + sample + " (under 100): one level lower.");
        }
        else {
            reasons.add("Sample of " + String.format("%,d", sample) + ": large enough for no deduction.");
        }
        if (facts.independence() == EvidenceEntry.Independence.INTERNAL) {
            level -= 1;
            reasons.add("Evaluated by the organisation that runs the programme: one level lower.");
        }
        else if (facts.independence() == null) {
            reasons.add("Who carried out the evaluation is not recorded: check it, and lower the level by one if it was the "
                    + "programme's own organisation.");
        }
        else {
            reasons.add("Evaluation " + facts.independence().label().toLowerCase(java.util.Locale.ROOT) + ": no deduction.");
        }
        reasons.add("Attrition is not recorded in the library: lower the level by one if more than a fifth of the "
                + "participants were lost before the end.");
        level = Math.max(1, level);
        return new Suggestion(Kind.RATED, level, reasons);
    }

    private static Suggestion review(Facts facts, List<String> reasons) {
        Long studies = includedStudies(facts.sampleSize());
        int level;
        if (studies == null) {
            level = 2;
            reasons.add("A systematic review, but the number of studies it includes is not recorded: level 2 until it is.");
        }
        else if (studies >= 10) {
            level = 4;
            reasons.add("A systematic review of " + studies + " studies: level 4. Raise it to 5 if most are randomised trials "
                    + "and their results agree; lower it if most are weak.");
        }
        else if (studies >= 5) {
            level = 3;
            reasons.add("A systematic review of " + studies + " studies: level 3.");
        }
        else {
            level = 2;
            reasons.add("A systematic review of only " + studies + " " + (studies == 1 ? "study" : "studies")
                    + ": level 2, however well it was done.");
        }
        reasons.add("A review is only as strong as the studies it brings together: check their designs before confirming.");
        return new Suggestion(Kind.RATED, level, reasons);
    }

    /** The first number in catalogue text, read whole: "1,234 people" is 1234, never 1 and 234. */
    public static Long firstNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.find()) {
            return null;
        }
        String digits = number.group(1).replaceAll("[, ]", "");
        return digits.length() > 12 ? null : Long.parseLong(digits);
    }

    private static Long includedStudies(String text) {
        if (text == null) {
            return null;
        }
        Matcher studies = STUDIES.matcher(text);
        return studies.find() ? Long.parseLong(studies.group(1)) : null;
    }

    private static boolean containsAny(Collection<String> values, Set<String> wanted) {
        return values.stream().anyMatch(wanted::contains);
    }

    private static String designWords(int level) {
        return switch (level) {
            case 5 -> "a randomised controlled trial";
            case 4 -> "a comparison with a matched group";
            case 3 -> "a comparison group without matching";
            case 2 -> "before and after, without a comparison";
            default -> "a survey at one point in time";
        };
    }
}
