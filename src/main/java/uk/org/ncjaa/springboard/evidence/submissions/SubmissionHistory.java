package uk.org.ncjaa.springboard.evidence.submissions;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;
import uk.org.ncjaa.springboard.shared.MemberHistory;

/**
 * The evaluations a member sent to the Evidence Library: when each was started, where it stands
 * (with the editors' inclusion decision once made) and when it was published.
 */
@Component
class SubmissionHistory implements MemberHistory {

    private final EvidenceRepository entries;

    SubmissionHistory(EvidenceRepository entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        for (EvidenceEntry entry : entries.findBySubmittedByOrderByUpdatedAtDesc(accountId)) {
            String link = "/admin/evidence/" + entry.slug();
            moments.add(Moment.of(entry.createdAt(), Kind.EVIDENCE, "Started an Evidence Library submission: " + entry.title()).link(link));
            if (entry.status() == EvidenceStatus.PUBLISHED && entry.publishedAt() != null) {
                moments.add(Moment.of(entry.publishedAt(), Kind.EVIDENCE, "Submission published: " + entry.title()).link(link));
            }
            else if (entry.status() != EvidenceStatus.DRAFT || entry.curatorComments() != null) {
                // the entry keeps its latest change, not each step, so this is where it stands now
                String decision = entry.inclusionDecision() == null ? null : entry.inclusionDecision().label();
                String now = entry.status() == EvidenceStatus.DRAFT ? "returned to the member, a draft again" : entry.status().label();
                moments.add(new Moment(entry.updatedAt(), Kind.EVIDENCE, "Submission " + now + ": " + entry.title(),
                        decision, link));
            }
        }
        return moments;
    }
}
