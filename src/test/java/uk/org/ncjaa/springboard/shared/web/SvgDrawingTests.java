package uk.org.ncjaa.springboard.shared.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgDrawingTests {

    @Test
    void coordinatesHaveOneDecimalPlaceAndAPointWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            assertThat(SvgDrawing.coordinate(0)).isEqualTo("0.0");
            assertThat(SvgDrawing.coordinate(12.34)).isEqualTo("12.3");
            assertThat(SvgDrawing.coordinate(12.36)).isEqualTo("12.4");
            assertThat(SvgDrawing.coordinate(699.96)).isEqualTo("700.0");
            assertThat(SvgDrawing.coordinate(-3.21)).isEqualTo("-3.2");
            assertThat(SvgDrawing.coordinate(-0.3)).isEqualTo("-0.3");
            assertThat(SvgDrawing.coordinate(-0.04)).isEqualTo("0.0");
        }
        finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void stepsAreRoundNumbersCuttingARangeIntoAboutSoManyParts() {
        assertThat(SvgDrawing.step(BigDecimal.valueOf(100), 4)).isEqualByComparingTo("50");
        assertThat(SvgDrawing.step(BigDecimal.valueOf(7), 4)).isEqualByComparingTo("2");
        assertThat(SvgDrawing.step(new BigDecimal("0.8"), 4)).isEqualByComparingTo("0.2");
        assertThat(SvgDrawing.step(BigDecimal.ZERO, 4)).isEqualByComparingTo("1");
    }
}
