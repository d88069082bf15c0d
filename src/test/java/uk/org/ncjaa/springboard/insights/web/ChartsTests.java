package uk.org.ncjaa.springboard.insights.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.shared.insights.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTests {

    private static Document svg(Figure figure) {
        return Jsoup.parse(Charts.svg(figure, "c"), "", Parser.xmlParser());
    }

    @Test
    void linesAreToldApartByDashAndMarkerAndAHiddenNumberBreaksTheLine() {
        Figure figure = new Figure("f", "Places", "How.", Figure.Shape.OVER_TIME, "Month", List.of("Booked", "Attended"), List.of(
                Figure.Row.of("Nov 2025", 10L, 8L), Figure.Row.of("Dec 2025", 12L, null), Figure.Row.of("Jan 2026", 9L, 7L)));
        Document chart = svg(figure);
        assertThat(chart.select("svg").attr("role")).isEqualTo("img");
        assertThat(chart.select("title").text()).isEqualTo("Places");
        assertThat(chart.select("desc").text()).isEqualTo("A line chart by month from Nov 2025 to Jan 2026. Booked: highest 12 in"
                + " Dec 2025; Attended: highest 8 in Nov 2025. Every figure is in the table that follows.");
        // the first line is whole; the second is broken where its number is hidden, and dashed
        var series = chart.select("g.series");
        assertThat(series.get(0).select("polyline")).hasSize(1);
        assertThat(series.get(1).select("polyline")).hasSize(2);
        assertThat(series.get(1).select("polyline").attr("stroke-dasharray")).isEqualTo("8 4");
        assertThat(series.get(0).select("circle")).hasSize(3);
        assertThat(series.get(1).select("rect")).hasSize(2);
        // months in three letters, the year under the first month and under January
        assertThat(chart.select("text").eachText()).containsSubsequence("Nov", "2025", "Dec", "Jan", "2026");
        assertThat(chart.select("text").eachText()).doesNotContain("Nov 2025");
    }

    @Test
    void regionsAreTilesWithTheirNumbersAndRegionsWithNoPlaceAreLeftToTheTable() {
        Figure figure = new Figure("r", "Members by region", "How.", Figure.Shape.REGIONS, "Region", List.of("Members"), List.of(
                Figure.Row.keyed("london", "London", 12L), Figure.Row.keyed("wales", "Wales", (Long) null),
                Figure.Row.keyed(null, "Not given", 30L)));
        Document chart = svg(figure);
        assertThat(chart.select("rect")).hasSize(2);
        assertThat(chart.select("text").eachText()).contains("London", "12", "Wales", "hidden").doesNotContain("Not given", "30");
        assertThat(chart.select("desc").text()).contains("the largest is London with 12");
    }

    @Test
    void barsNameTheirCategoryAndNumberAndATableOnlyFigureHasNoPicture() {
        Figure bars = new Figure("b", "Income", "How.", Figure.Shape.BY_CATEGORY, "Ticket", List.of("Income (£)"), List.of(
                Figure.Row.of("Standard", 1_200L), Figure.Row.of("Concession", 0L), Figure.Row.of("Bursary", (Long) null)));
        Document chart = svg(bars);
        assertThat(chart.select("rect")).hasSize(2);
        assertThat(chart.select("text").eachText()).contains("Standard", "1,200", "Concession", "0", "Bursary",
                "hidden (fewer than 5)");
        assertThat(Charts.svg(new Figure("t", "Words", "How.", Figure.Shape.TABLE, "Words", List.of("Searches"),
                List.of(Figure.Row.of("music", 3L))), "t")).isEmpty();
        assertThat(Charts.svg(new Figure("e", "Nothing", "How.", Figure.Shape.OVER_TIME, "Month", List.of("Joined"), List.of()), "e"))
            .isEmpty();
    }
}
