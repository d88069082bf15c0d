package uk.org.ncjaa.springboard.shared.insights;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallNumbersTests {

    @Test
    void hidesCountsFromOneToFourAndShowsZeroAndFiveUp() {
        assertThat(SmallNumbers.shown(0)).isEqualTo(0L);
        assertThat(SmallNumbers.shown(1)).isNull();
        assertThat(SmallNumbers.shown(4)).isNull();
        assertThat(SmallNumbers.shown(5)).isEqualTo(5L);
    }

    @Test
    void aLoneHiddenCountTakesTheNextSmallestWithItSoTheTotalCannotGiveItAway() {
        assertThat(SmallNumbers.column(List.of(12L, 3L, 0L, 7L, 9L))).containsExactly(12L, null, 0L, null, 9L);
    }

    @Test
    void twoHiddenCountsAreEnoughOnTheirOwn() {
        assertThat(SmallNumbers.column(List.of(12L, 3L, 1L, 7L))).containsExactly(12L, null, null, 7L);
    }

    @Test
    void aColumnWithNothingSmallIsLeftAlone() {
        assertThat(SmallNumbers.column(List.of(0L, 5L, 20L))).containsExactly(0L, 5L, 20L);
    }

    @Test
    void rowsAreHiddenColumnByColumn() {
        List<Figure.Row> rows = SmallNumbers.rows(List.of(Figure.Row.of("North", 2L, 10L), Figure.Row.of("South", 6L, 11L),
                Figure.Row.of("East", 8L, 0L)));
        assertThat(rows).extracting(Figure.Row::label).containsExactly("North", "South", "East");
        assertThat(rows.get(0).values()).isEqualTo(Arrays.asList(null, 10L));
        assertThat(rows.get(1).values()).isEqualTo(Arrays.asList(null, 11L));
        assertThat(rows.get(2).values()).isEqualTo(Arrays.asList(8L, 0L));
    }
}
