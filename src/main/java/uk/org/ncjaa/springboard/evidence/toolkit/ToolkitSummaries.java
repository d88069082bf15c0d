package uk.org.ncjaa.springboard.evidence.toolkit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.EvidenceChanged;
import uk.org.ncjaa.springboard.shared.text.Markdown;

/** The editors' summaries of the toolkit's strands: read for the pages, written by editors. */
@Service
@Transactional
public class ToolkitSummaries {

    private final ToolkitSummaryRepository summaries;
    private final Toolkit toolkit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToolkitSummaries(ToolkitSummaryRepository summaries, Toolkit toolkit, ApplicationEventPublisher events, Clock clock) {
        this.summaries = summaries;
        this.toolkit = toolkit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(StrandKind kind, String slug) {
        return summaries.findByVocabularyAndConceptSlug(kind.vocabulary(), slug).map(Summary::of);
    }

    /** Every summary of one kind of strand, by concept slug. */
    @Transactional(readOnly = true)
    public Map<String, Summary> all(StrandKind kind) {
        return summaries.findByVocabulary(kind.vocabulary()).stream()
            .collect(Collectors.toMap(ToolkitSummary::conceptSlug, Summary::of));
    }

    /**
     * Writes a strand's summary, or removes it when the text is blank. {@code expectedVersion} is
     * the version the editor started from (null for a strand that had none): if a colleague saved
     * since, nothing is written and {@link Conflict} says so. The database has the last word on
     * races between the check and the write: the version column and the unique strand.
     */
    public Outcome write(StrandKind kind, String slug, String body, Long expectedVersion, String editor) {
        toolkit.concept(kind, slug);
        Optional<ToolkitSummary> existing = summaries.findByVocabularyAndConceptSlug(kind.vocabulary(), slug);
        Long current = existing.map(ToolkitSummary::version).orElse(null);
        if (!java.util.Objects.equals(current, expectedVersion)) {
            throw new Conflict(existing.map(Summary::of).orElse(null));
        }
        String text = ToolkitSummary.normalise(body);
        Outcome outcome;
        if (text.isEmpty()) {
            if (existing.isEmpty()) {
                return Outcome.UNCHANGED;
            }
            summaries.delete(existing.get());
            summaries.flush();
            outcome = Outcome.REMOVED;
        }
        else if (existing.isPresent()) {
            ToolkitSummary summary = existing.get();
            if (text.equals(summary.body())) {
                return Outcome.UNCHANGED;
            }
            summary.rewrite(text, editor, clock);
            summaries.saveAndFlush(summary);
            outcome = Outcome.SAVED;
        }
        else {
            summaries.saveAndFlush(new ToolkitSummary(kind, slug, text, editor, clock));
            outcome = Outcome.SAVED;
        }
        // the strand's page and the toolkit's index are rendered afresh for everyone
        events.publishEvent(new EvidenceChanged("toolkit/" + kind.path() + "/" + slug));
        return outcome;
    }

    public enum Outcome {
        SAVED, REMOVED, UNCHANGED
    }

    /** A summary as pages show it: the Markdown and its sanitised HTML. */
    public record Summary(String body, String html, Instant changedAt, String changedBy, long version) {

        static Summary of(ToolkitSummary summary) {
            return new Summary(summary.body(), Markdown.toHtml(summary.body()), summary.changedAt(), summary.changedBy(),
                    summary.version());
        }
    }

    /** A colleague saved (or removed) the summary after the editor opened it; {@code current} is what is there now. */
    public static class Conflict extends RuntimeException {

        private final transient Summary current;

        Conflict(Summary current) {
            super("The summary changed since it was opened");
            this.current = current;
        }

        public Summary current() {
            return current;
        }
    }
}
