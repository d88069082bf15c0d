package uk.org.ncjaa.springboard.evidence.domain;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.evidence.domain.SampleSize.Bound;

import static org.assertj.core.api.Assertions.assertThat;

class SampleSizeTests {

    @Test
    void readsThousandsSeparatorsAsOneNumber() {
        assertThat(SampleSize.parse("1,234")).isEqualTo(new SampleSize(1234, null, Bound.EXACT));
        assertThat(SampleSize.parse("n = 1,234")).isEqualTo(new SampleSize(1234, null, Bound.EXACT));
        assertThat(SampleSize.parse("N=12,500 people")).isEqualTo(new SampleSize(12500, null, Bound.EXACT));
        assertThat(SampleSize.parse("1,234").display()).isEqualTo("1,234");
    }

    @Test
    void keepsThatAPlusIsALowerBound() {
        SampleSize fifty = SampleSize.parse("50+");
        assertThat(fifty).isEqualTo(new SampleSize(50, null, Bound.AT_LEAST));
        assertThat(fifty.display()).isEqualTo("50+");
        assertThat(fifty.note()).isEqualTo("at least");
        assertThat(SampleSize.parse("230+ participants (programme)")).isEqualTo(new SampleSize(230, null, Bound.AT_LEAST));
        assertThat(SampleSize.parse("1,000+").display()).isEqualTo("1,000+");
        assertThat(SampleSize.parse("over 70")).isEqualTo(new SampleSize(70, null, Bound.AT_LEAST));
    }

    @Test
    void readsApproximationsRangesAndUpperBounds() {
        assertThat(SampleSize.parse("c. 300")).isEqualTo(new SampleSize(300, null, Bound.ABOUT));
        assertThat(SampleSize.parse("circa 1,200 prisoners").display()).isEqualTo("c. 1,200");
        assertThat(SampleSize.parse("approx. 45")).isEqualTo(new SampleSize(45, null, Bound.ABOUT));
        assertThat(SampleSize.parse("70-80")).isEqualTo(new SampleSize(70, 80, Bound.RANGE));
        assertThat(SampleSize.parse("1,000 – 1,500").display()).isEqualTo("1,000–1,500");
        assertThat(SampleSize.parse("up to 50")).isEqualTo(new SampleSize(50, null, Bound.AT_MOST));
    }

    @Test
    void takesTheFirstNumberAndItsOwnQualifierOnly() {
        assertThat(SampleSize.parse("106 (of 223 participants)")).isEqualTo(new SampleSize(106, null, Bound.EXACT));
        assertThat(SampleSize.parse("48 studies")).isEqualTo(new SampleSize(48, null, Bound.EXACT));
        assertThat(SampleSize.parse("211 (recidivism review, over 300 approached)")).isEqualTo(new SampleSize(211, null, Bound.EXACT));
    }

    @Test
    void textWithoutANumberIsUnknownNotZero() {
        assertThat(SampleSize.parse("a handful")).isEqualTo(SampleSize.UNKNOWN);
        assertThat(SampleSize.parse("")).isEqualTo(SampleSize.UNKNOWN);
        assertThat(SampleSize.parse(null).known()).isFalse();
    }
}
