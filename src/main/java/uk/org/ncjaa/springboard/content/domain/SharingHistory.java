package uk.org.ncjaa.springboard.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.MemberHistory;

/** What a member shared for publication, and what the editors decided. */
@Component
class SharingHistory implements MemberHistory {

    private final ContentSubmissionRepository submissions;

    SharingHistory(ContentSubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        for (ContentSubmission submission : submissions.findByAccountIdOrderBySubmittedAtDesc(accountId)) {
            String link = "/admin/content/submissions/" + submission.id();
            moments.add(new Moment(submission.submittedAt(), Kind.CONTENT, "Shared for publication: " + submission.title(),
                    submission.kind().label(), link));
            if (submission.decidedAt() != null && submission.status() != ContentSubmission.Status.SUBMITTED) {
                moments.add(Moment.of(submission.decidedAt(), Kind.CONTENT, decision(submission.status()) + ": " + submission.title())
                    .link(link));
            }
        }
        return moments;
    }

    private static String decision(ContentSubmission.Status status) {
        switch (status) {
            case ACCEPTED:
                return "Share accepted";
            case RETURNED:
                return "Share returned with comments";
            case DECLINED:
                return "Share declined";
            default:
                return status.label().toLowerCase(Locale.ROOT);
        }
    }
}
