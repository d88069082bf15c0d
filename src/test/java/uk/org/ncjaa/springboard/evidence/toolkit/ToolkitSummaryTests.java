package uk.org.ncjaa.springboard.evidence.toolkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolkitSummaryTests {

    private static final Clock MAY = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock JUNE = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void recordsWhoChangedTheWordsAndWhen() {
        ToolkitSummary summary = new ToolkitSummary(StrandKind.OUTCOMES, "wellbeing", "First words\r\n\r\nMore", "Ada", MAY);
        assertThat(summary.body()).isEqualTo("First words\n\nMore");
        assertThat(summary.changedBy()).isEqualTo("Ada");
        assertThat(summary.changedAt()).isEqualTo(MAY.instant());

        summary.rewrite("Better words", "Ben", JUNE);
        assertThat(summary.changedBy()).isEqualTo("Ben");
        assertThat(summary.changedAt()).isEqualTo(JUNE.instant());
        assertThat(summary.kind()).isEqualTo(StrandKind.OUTCOMES);
    }

    @Test
    void savingTheSameWordsAgainKeepsTheDateTheyLastChanged() {
        ToolkitSummary summary = new ToolkitSummary(StrandKind.ART_FORMS, "music", "Words", "Ada", MAY);
        summary.rewrite("  Words \n", "Ben", JUNE);
        assertThat(summary.changedAt()).isEqualTo(MAY.instant());
        assertThat(summary.changedBy()).isEqualTo("Ada");
    }

    @Test
    void refusesAnEmptyOrOverlongSummaryAndOneWithoutAnEditor() {
        assertThatThrownBy(() -> new ToolkitSummary(StrandKind.ART_FORMS, "music", " \n ", "Ada", MAY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolkitSummary(StrandKind.ART_FORMS, "music", "x".repeat(ToolkitSummary.MAX_LENGTH + 1), "Ada", MAY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolkitSummary(StrandKind.ART_FORMS, "music", "Words", " ", MAY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolkitSummary(StrandKind.ART_FORMS, " ", "Words", "Ada", MAY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(ToolkitSummary.normalise("a\u0000b")).isEqualTo("ab");
    }
}
