package uk.org.ncjaa.springboard.evidence.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry.Independence;
import uk.org.ncjaa.springboard.evidence.domain.StrengthRubric.Facts;
import uk.org.ncjaa.springboard.evidence.domain.StrengthRubric.Kind;
import uk.org.ncjaa.springboard.evidence.domain.StrengthRubric.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;

class StrengthRubricTests {

    private static Map<String, Integer> designs(Object... slugsAndLevels) {
        Map<String, Integer> designs = new HashMap<>();
        for (int i = 0; i < slugsAndLevels.length; i += 2) {
            designs.put((String) slugsAndLevels[i], (Integer) slugsAndLevels[i + 1]);
        }
        return designs;
    }

    private static Suggestion rate(Map<String, Integer> designs, Set<String> types, String sample, Independence independence,
            boolean results) {
        return StrengthRubric.suggest(new Facts(designs, types, sample, independence, results));
    }

    @Test
    void aTrialProtocolIsNotRatedYetWhateverItsDesignPromises() {
        Suggestion protocol = rate(designs("randomised-controlled-trial", 5), Set.of("protocol"), "600 young people",
                Independence.INDEPENDENT, false);
        assertThat(protocol.kind()).isEqualTo(Kind.NOT_RATED_YET);
        assertThat(protocol.level()).isNull();
        assertThat(protocol.reasons()).anyMatch(reason -> reason.contains("protocol"));
    }

    @Test
    void aTrialWithoutRecordedResultsWaitsForThem() {
        Suggestion waiting = rate(designs("randomised-controlled-trial", 5), Set.of(), "600", Independence.INDEPENDENT, false);
        assertThat(waiting.kind()).isEqualTo(Kind.NOT_RATED_YET);
    }

    @Test
    void aLargeIndependentTrialKeepsTheLevelItsDesignGives() {
        Suggestion trial = rate(designs("randomised-controlled-trial", 5), Set.of(), "1,234 adults", Independence.INDEPENDENT, true);
        assertThat(trial.level()).isEqualTo(5);
        assertThat(trial.reasons()).anyMatch(reason -> reason.contains("1,234"));
    }

    @Test
    void smallSamplesAndSelfEvaluationLowerTheLevelButNeverBelowOne() {
        assertThat(rate(designs("randomised-controlled-trial", 5), Set.of(), "48", Independence.INDEPENDENT, true).level()).isEqualTo(4);
        assertThat(rate(designs("randomised-controlled-trial", 5), Set.of(), "n = 22", Independence.INDEPENDENT, true).level())
            .isEqualTo(3);
        assertThat(rate(designs("randomised-controlled-trial", 5), Set.of(), "48", Independence.INTERNAL, true).level()).isEqualTo(3);
        assertThat(rate(designs("randomised-controlled-trial", 5), Set.of(), null, Independence.INDEPENDENT, true).level())
            .as("a sample nobody reported").isEqualTo(4);
        assertThat(rate(designs("before-and-after-without-comparison", 2), Set.of(), "12", Independence.INTERNAL, true).level())
            .isEqualTo(1);
    }

    @Test
    void aSystematicReviewIsRatedByWhatItBringsTogetherNotAsATrial() {
        // a review whose method text also named trials was once tagged as a randomised controlled trial too
        Suggestion review = rate(designs("systematic-review-or-meta-analysis", null, "randomised-controlled-trial", 5), Set.of(),
                "14 studies", null, true);
        assertThat(review.kind()).isEqualTo(Kind.RATED);
        assertThat(review.level()).isEqualTo(4);
        assertThat(rate(designs("systematic-review-or-meta-analysis", null), Set.of(), "6 included studies", null, true).level())
            .isEqualTo(3);
        assertThat(rate(designs("systematic-review-or-meta-analysis", null), Set.of(), "3 studies", null, true).level()).isEqualTo(2);
        assertThat(rate(designs(), Set.of("systematic-review"), null, null, true).level()).as("studies not recorded").isEqualTo(2);
    }

    @Test
    void qualitativeStudiesAreShownAsSuchNotAsFailures() {
        Suggestion interviews = rate(designs("qualitative-study", null, "case-study", null), Set.of(), "18 women",
                Independence.INDEPENDENT, true);
        assertThat(interviews.kind()).isEqualTo(Kind.NOT_ON_SCALE);
        assertThat(interviews.level()).isNull();
        assertThat(interviews.reasons()).anyMatch(reason -> reason.contains("no judgement of its quality"));
        assertThat(rate(designs("qualitative-study", null, "before-and-after-without-comparison", 2), Set.of(), "150", null, true)
            .level()).as("mixed methods are rated by their strongest measured design").isEqualTo(2);
    }

    @Test
    void withoutADesignThereIsNothingToRateYet() {
        assertThat(rate(designs(), Set.of(), "100", null, true).kind()).isEqualTo(Kind.NOT_RATED_YET);
    }

    @Test
    void numbersAreReadWholeNeverSplitAtTheirCommas() {
        assertThat(StrengthRubric.firstNumber("1,234 prisoners")).isEqualTo(1234L);
        assertThat(StrengthRubric.firstNumber("n = 12,345,678")).isEqualTo(12_345_678L);
        assertThat(StrengthRubric.firstNumber("230+")).isEqualTo(230L);
        assertThat(StrengthRubric.firstNumber("about forty")).isNull();
    }

    @Test
    void theWorkedExamplesOnThePublicPageComeFromTheRubricItself() {
        assertThat(StrengthRubric.examples()).extracting(example -> example.suggestion().kind())
            .contains(Kind.RATED, Kind.NOT_RATED_YET, Kind.NOT_ON_SCALE);
        assertThat(StrengthRubric.examples().get(0).suggestion().level()).isEqualTo(5);
    }
}
