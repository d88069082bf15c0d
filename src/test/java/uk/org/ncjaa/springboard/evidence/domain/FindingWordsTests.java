package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncjaa.springboard.evidence.domain.Finding.Direction.MIXED;
import static uk.org.ncjaa.springboard.evidence.domain.Finding.Direction.NEGATIVE;
import static uk.org.ncjaa.springboard.evidence.domain.Finding.Direction.NO_DIFFERENCE;
import static uk.org.ncjaa.springboard.evidence.domain.Finding.Direction.POSITIVE;

class FindingWordsTests {

    private static final Metric POINTS = Metric.of("percentage points");

    @Test
    void aFallInReoffendingReadsAsPositive() {
        assertThat(FindingWords.direction(POSITIVE, "proven-reoffending", new BigDecimal("-4.3"), POINTS))
            .isEqualTo("Positive: fewer people reoffended");
        assertThat(FindingWords.direction(NEGATIVE, "reoffending-frequency", new BigDecimal("0.3"), Metric.of("offences per person")))
            .isEqualTo("Negative: more further offences");
        assertThat(FindingWords.direction(POSITIVE, "adjudications-and-behaviour-in-custody", new BigDecimal("0.72"),
                Metric.of("rate ratio"))).isEqualTo("Positive: fewer adjudications");
    }

    @Test
    void saysSoWhenTheStudyCountsAFallAsABenefitForAnotherOutcome() {
        assertThat(FindingWords.direction(POSITIVE, "mental-health", new BigDecimal("-0.4"), Metric.of("Cohen's d")))
            .isEqualTo("Positive: lower is better for this outcome");
        assertThat(FindingWords.direction(POSITIVE, "mental-health", new BigDecimal("0.8"), Metric.of("odds ratio")))
            .as("a ratio below 1 is a fall").isEqualTo("Positive: lower is better for this outcome");
        assertThat(FindingWords.direction(NEGATIVE, "mental-health", new BigDecimal("1.4"), Metric.of("odds ratio")))
            .isEqualTo("Negative: higher is worse for this outcome");
    }

    @Test
    void leavesPlainDirectionsPlain() {
        assertThat(FindingWords.direction(POSITIVE, "mental-wellbeing", new BigDecimal("0.31"), Metric.of("Cohen's d"))).isEqualTo("Positive");
        assertThat(FindingWords.direction(NEGATIVE, "relationships-with-staff", new BigDecimal("-0.14"), Metric.of("d")))
            .isEqualTo("Negative");
        assertThat(FindingWords.direction(NO_DIFFERENCE, "proven-reoffending", new BigDecimal("-1.2"), POINTS)).isEqualTo("No difference");
        assertThat(FindingWords.direction(MIXED, "hope", null, Metric.NONE)).isEqualTo("Mixed");
        assertThat(FindingWords.direction(POSITIVE, "teamwork", null, Metric.NONE)).isEqualTo("Positive");
    }
}
