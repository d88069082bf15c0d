package uk.org.ncjaa.springboard;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as it starts, with its history: every figure of the network, events, newsletter and
 * mentoring dashboards has something to show over the last twelve months, and the charts over time are not
 * a single spike.
 */
@SpringboardTest
// the demo is only ever loaded into the embedded database, never a configured server: an empty URL here outranks a
// SPRINGBOARD_DB_URL in the environment, so this context has a new embedded database of its own even when the rest of
// the suite runs against a server (shared with every other test's data, the demo's load-once checks saw other rows)
@TestPropertySource(properties = { "springboard.demo.enabled=true", "springboard.db.url=" })
class DemoHistoryTests {

    @Autowired
    List<InsightsSection> sections;

    @Autowired
    Clock clock;

    @Test
    void everyFigureOfTheDemoHasSomethingToShowOverTheLastTwelveMonths() {
        Map<String, InsightsSection> byId = sections.stream().collect(Collectors.toMap(InsightsSection::id, s -> s, (a, b) -> a));
        Period period = Period.lastTwelveMonths(clock);
        for (String id : List.of("network", "events", "newsletter", "mentoring")) {
            assertThat(byId).containsKey(id);
            for (Figure figure : byId.get(id).figures(period)) {
                assertThat(figure.rows().stream().flatMap(r -> r.values().stream()).anyMatch(v -> v != null && v > 0))
                    .as(id + " / " + figure.id() + ":\n" + figure.csv()).isTrue();
            }
        }
        // the main lines over time run through most of the year, not a single spike
        for (String id : List.of("events/places", "newsletter/subscribers", "newsletter/sends", "mentoring/applications")) {
            String[] parts = id.split("/");
            Figure figure = byId.get(parts[0]).figures(period).stream().filter(f -> f.id().equals(parts[1])).findFirst().orElseThrow();
            long monthsWithSomething = figure.rows().stream().filter(r -> r.values().stream().anyMatch(v -> v != null && v > 0)).count();
            assertThat(monthsWithSomething).as(id + ":\n" + figure.csv()).isGreaterThanOrEqualTo(id.startsWith("mentoring") ? 2 : 10);
        }
    }
}
