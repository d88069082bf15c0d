package uk.org.ncjaa.springboard.evidence.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricTests {

    @Test
    void roundsToTwoDecimalsWithoutTrailingZeros() {
        assertThat(Metric.number(new BigDecimal("0.310"))).isEqualTo("0.31");
        assertThat(Metric.number(new BigDecimal("-4.300"))).isEqualTo("-4.3");
        assertThat(Metric.number(new BigDecimal("1.355"))).isEqualTo("1.36");
        assertThat(Metric.number(new BigDecimal("2.000"))).isEqualTo("2");
        assertThat(Metric.number(new BigDecimal("10.000"))).isEqualTo("10");
        assertThat(Metric.number(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Metric.number(new BigDecimal("-0.001"))).as("a tiny effect is not shown as nothing").isEqualTo("-0.001");
        assertThat(Metric.number(new BigDecimal("0.0042"))).isEqualTo("0.0042");
    }

    @Test
    void namesTheMetricInWords() {
        assertThat(Metric.of("Cohen's d").describe(new BigDecimal("0.310"))).isEqualTo("Cohen's d 0.31");
        assertThat(Metric.of("cohens d").describe(new BigDecimal("0.31"))).isEqualTo("Cohen's d 0.31");
        assertThat(Metric.of("OR").describe(new BigDecimal("0.960"))).isEqualTo("odds ratio 0.96");
        assertThat(Metric.of("rate ratio").describe(new BigDecimal("0.720"))).isEqualTo("rate ratio 0.72");
        assertThat(Metric.of("percentage points").describe(new BigDecimal("-4.300")))
            .isEqualTo("risk difference -4.3 percentage points");
        assertThat(Metric.of("offences per person").describe(new BigDecimal("-0.500"))).isEqualTo("-0.5 offences per person");
        assertThat(Metric.of(null).describe(new BigDecimal("0.250"))).isEqualTo("0.25");
    }

    @Test
    void knowsWhereNoEffectLies() {
        assertThat(Metric.of("Cohen's d").scale()).isEqualTo(Metric.Scale.DIFFERENCE);
        assertThat(Metric.of("percentage points").scale().noEffect()).isEqualByComparingTo("0");
        assertThat(Metric.of("odds ratio").scale()).isEqualTo(Metric.Scale.RATIO);
        assertThat(Metric.of("IRR").scale().noEffect()).isEqualByComparingTo("1");
        assertThat(Metric.of("adjusted hazard ratio").scale()).as("an unknown ratio is still a ratio").isEqualTo(Metric.Scale.RATIO);
        assertThat(Metric.of("offences per person").scale()).isEqualTo(Metric.Scale.DIFFERENCE);
    }

    @Test
    void givesAnIntervalTheDecimalsOfItsMostPreciseNumber() {
        assertThat(Metric.of("Cohen's d").describe(new BigDecimal("0.31"), new BigDecimal("0.12"), new BigDecimal("0.5"), 95))
            .isEqualTo("Cohen's d 0.31 (95% CI 0.12 to 0.50)");
        assertThat(Metric.of("percentage points").describe(new BigDecimal("-4.3"), new BigDecimal("-7.1"), new BigDecimal("-1.5"), 90))
            .isEqualTo("risk difference -4.3 percentage points (90% CI -7.1 to -1.5)");
        assertThat(Metric.interval(new BigDecimal("1.350"), new BigDecimal("1.020"), new BigDecimal("1.800"), null))
            .isEqualTo("95% CI 1.02 to 1.80");
    }
}
