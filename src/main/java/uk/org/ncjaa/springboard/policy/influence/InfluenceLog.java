package uk.org.ncjaa.springboard.policy.influence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.policy.PolicyItems;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/** The influence log: staff record asks and outcomes; the public reads the entries marked public. */
@Service
@Transactional
public class InfluenceLog {

    private final InfluenceEntryRepository entries;
    private final List<PolicyItems> parts;
    private final Clock clock;

    InfluenceLog(InfluenceEntryRepository entries, List<PolicyItems> parts, Clock clock) {
        this.entries = entries;
        this.parts = parts;
        this.clock = clock;
    }

    /** A source as an entry shows it: with its title and page when it still exists, as plain text when not. */
    public record SourceLine(String reference, String title, String path) {
    }

    public record Line(InfluenceEntry entry, List<SourceLine> sources) {
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
    }

    @Transactional(readOnly = true)
    public List<Line> entries(boolean publicOnly) {
        return entries.findAllByOrderByAskedOnDescIdDesc().stream().filter(e -> !publicOnly || e.shown())
            .map(e -> new Line(e, sources(e))).toList();
    }

    @Transactional(readOnly = true)
    public InfluenceEntry get(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("No influence-log entry " + id));
    }

    /** Every source the policy module's parts offer, to choose from. */
    @Transactional(readOnly = true)
    public List<PolicyItems.Source> available() {
        List<PolicyItems.Source> all = new ArrayList<>();
        for (PolicyItems part : parts) {
            all.addAll(part.sources());
        }
        return all;
    }

    public InfluenceEntry record(String ask, String body, LocalDate askedOn, String outcome, InfluenceEntry.Status status, boolean shown,
            List<String> sources) {
        return entries.save(new InfluenceEntry(ask, body, askedOn, outcome, status, shown, sources, clock.instant()));
    }

    public void change(long id, String ask, String body, LocalDate askedOn, String outcome, InfluenceEntry.Status status, boolean shown,
            List<String> sources) {
        get(id).change(ask, body, askedOn, outcome, status, shown, sources, clock.instant());
    }

    private List<SourceLine> sources(InfluenceEntry entry) {
        return entry.sourceReferences().stream().map(this::resolve).toList();
    }

    private SourceLine resolve(String reference) {
        for (PolicyItems part : parts) {
            Optional<PolicyItems.Source> found;
            try {
                found = part.source(reference);
            }
            catch (RuntimeException ex) {
                // a part that cannot answer leaves the reference as text, as a source that has gone would
                found = Optional.empty();
            }
            if (found.isPresent()) {
                return new SourceLine(reference, found.get().title(), found.get().path());
            }
        }
        return new SourceLine(reference, reference, null);
    }
}

interface InfluenceEntryRepository extends JpaRepository<InfluenceEntry, Long> {

    List<InfluenceEntry> findAllByOrderByAskedOnDescIdDesc();
}
