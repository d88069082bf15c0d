package uk.org.ncjaa.springboard.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * Every module's figures for a period, in the modules' order. Staff and the equality monitoring
 * analyst get different sections: special-category figures reach only the analyst.
 */
@Service
public class Dashboards {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Dashboards.class);

    private final List<InsightsSection> sections;

    Dashboards(List<InsightsSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(InsightsSection::order)).toList();
    }

    /** Who is looking decides which sections there are. */
    public enum Audience {
        STAFF, EQUALITY_ANALYST;

        boolean sees(InsightsSection section) {
            return section.specialCategory() == (this == EQUALITY_ANALYST);
        }
    }

    /** A section's figures for one period. */
    public record Computed(String id, String title, List<Figure> figures) {
    }

    public List<Computed> all(Audience audience, Period period) {
        List<Computed> computed = new ArrayList<>();
        for (InsightsSection section : sections) {
            if (audience.sees(section)) {
                long started = System.nanoTime();
                computed.add(new Computed(section.id(), section.title(), section.figures(period)));
                // what each section costs, for the benchmark to say which one to look at
                log.debug("insights section {} for {} to {}: {} ms", section.id(), period.from(), period.to(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return computed;
    }

    /** One figure, for its CSV download; empty when the audience has no such section or figure. */
    public Optional<Figure> figure(Audience audience, String sectionId, String figureId, Period period) {
        return sections.stream()
            .filter(section -> audience.sees(section) && section.id().equals(sectionId))
            .findFirst()
            .flatMap(section -> section.figures(period).stream().filter(figure -> figure.id().equals(figureId)).findFirst());
    }
}
