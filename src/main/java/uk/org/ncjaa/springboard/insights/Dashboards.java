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

    /** Sections computed at once for one dashboard: each reads its own tables, so they need not wait for each other. */
    private static final int AT_ONCE = 4;

    private final List<InsightsSection> sections;
    private final java.util.concurrent.ExecutorService workers;

    Dashboards(List<InsightsSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(InsightsSection::order)).toList();
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        this.workers = java.util.concurrent.Executors.newFixedThreadPool(AT_ONCE, task -> {
            Thread thread = new Thread(task, "insights-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        workers.shutdownNow();
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

    /**
     * Every section the audience sees, computed side by side (a dashboard takes as long as its
     * slowest section, not the sum of them), in the page's order.
     */
    public List<Computed> all(Audience audience, Period period) {
        List<java.util.concurrent.Future<Computed>> pending = new ArrayList<>();
        for (InsightsSection section : sections) {
            if (audience.sees(section)) {
                pending.add(workers.submit(() -> compute(section, period)));
            }
        }
        List<Computed> computed = new ArrayList<>();
        try {
            for (java.util.concurrent.Future<Computed> one : pending) {
                computed.add(one.get());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            pending.forEach(one -> one.cancel(true));
            throw new IllegalStateException("Interrupted while counting the dashboards' figures", ex);
        }
        catch (java.util.concurrent.ExecutionException ex) {
            pending.forEach(one -> one.cancel(true));
            if (ex.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(ex.getCause());
        }
        return computed;
    }

    private static Computed compute(InsightsSection section, Period period) {
        long started = System.nanoTime();
        Computed computed = new Computed(section.id(), section.title(), section.figures(period));
        // what each section costs, for the benchmark to say which one to look at
        log.debug("insights section {} for {} to {}: {} ms", section.id(), period.from(), period.to(),
                (System.nanoTime() - started) / 1_000_000);
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
