package uk.org.ncjaa.springboard.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;

/** Read access to the Evidence Library for other modules. */
@Service
@Transactional(readOnly = true)
public class EvidenceApi {

    private final EvidenceRepository entries;

    EvidenceApi(EvidenceRepository entries) {
        this.entries = entries;
    }

    public long publishedCount() {
        return entries.countByStatus(EvidenceStatus.PUBLISHED);
    }

    /** Entries published in a period, newest first, for the newsletter's digest. */
    public java.util.List<NewEntry> publishedBetween(java.time.Instant since, java.time.Instant until, int limit) {
        return entries.publishedBetween(since, until, org.springframework.data.domain.PageRequest.of(0, limit)).stream()
            .map(e -> new NewEntry(e.title(), "/evidence/" + e.slug(), e.summary() == null ? "" : e.summary(),
                    e.publisher() == null ? "" : e.publisher(), e.publishedAt()))
            .toList();
    }

    public record NewEntry(String title, String href, String summary, String publisher, java.time.Instant publishedAt) {
    }
}
