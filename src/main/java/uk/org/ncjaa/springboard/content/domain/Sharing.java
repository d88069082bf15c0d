package uk.org.ncjaa.springboard.content.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * "Share your work": members send news, case studies, events and opportunities; editors are told,
 * and accept (as a draft of their own to edit and publish), return with comments, or decline; the
 * member is emailed at each step, and again when what they sent is published.
 */
@Service
@Transactional
public class Sharing {

    private final ContentSubmissionRepository submissions;
    private final Contents contents;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sharing(ContentSubmissionRepository submissions, Contents contents, AccountsApi accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.submissions = submissions;
        this.contents = contents;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public ContentSubmission submit(long accountId, ContentSubmission.Details details) {
        ContentSubmission submission = submissions.save(new ContentSubmission(accountId, details, clock.instant()));
        tellEditors(submission);
        tellMember(submission, "We have your submission", "content-received", Map.of());
        return submission;
    }

    public ContentSubmission resubmit(long id, long accountId, ContentSubmission.Details details) {
        ContentSubmission submission = mine(id, accountId);
        submission.resubmit(details, clock.instant());
        tellEditors(submission);
        return submission;
    }

    @Transactional(readOnly = true)
    public List<ContentSubmission> mine(long accountId) {
        return submissions.findByAccountIdOrderBySubmittedAtDesc(accountId);
    }

    /** A member's own submission; anyone else's is "not found", so that ids reveal nothing. */
    @Transactional(readOnly = true)
    public ContentSubmission mine(long id, long accountId) {
        return submissions.findById(id).filter(s -> s.accountId() == accountId)
            .orElseThrow(() -> new NotFoundException("No submission " + id + " of this member"));
    }

    @Transactional(readOnly = true)
    public List<ContentSubmission> queue() {
        return submissions.queue(PageRequest.of(0, 200));
    }

    @Transactional(readOnly = true)
    public long waiting() {
        return submissions.countByStatus(ContentSubmission.Status.SUBMITTED);
    }

    @Transactional(readOnly = true)
    public ContentSubmission get(long id) {
        return submissions.findById(id).orElseThrow(() -> new NotFoundException("No submission " + id));
    }

    @Transactional(readOnly = true)
    public String memberName(ContentSubmission submission) {
        return accounts.find(submission.accountId()).map(AccountsApi.AccountSummary::displayName).orElse("A former member");
    }

    /**
     * Accepts it. News, case studies and opportunities become a draft for the editors to edit and
     * publish; an event needs a date, times and tickets only staff can set, so it is marked accepted
     * and the editors go on to the events admin's new event form, filled in with it.
     */
    public ContentSubmission accept(long id, String by) {
        ContentSubmission submission = get(id);
        Long itemId = null;
        if (submission.kind() != ContentSubmission.Kind.EVENT) {
            ContentKind kind = switch (submission.kind()) {
                case CASE_STUDY -> ContentKind.CASE_STUDY;
                case OPPORTUNITY -> ContentKind.OPPORTUNITY;
                default -> ContentKind.NEWS;
            };
            String slug = uk.org.ncjaa.springboard.shared.Slugs.of(submission.title());
            if (slug.isBlank() || contents.slugTaken(kind, slug, null)) {
                slug = (slug.isBlank() ? "shared" : slug) + "-" + submission.id();
            }
            String name = memberName(submission);
            ContentFields fields = ContentFields.titled(submission.title(), slug).written("", submission.body(), name);
            if (kind == ContentKind.CASE_STUDY) {
                fields = fields.caseStudy(blankToNull(submission.organisation()), null, null, null, null, List.of(), false);
            }
            if (kind == ContentKind.OPPORTUNITY) {
                ContentSubmission.Details d = submission.details();
                fields = fields.opportunity(null, blankToNull(submission.organisation()), null, false, d.closesOn(), d.howToApply());
            }
            itemId = contents.create(kind, fields, by + " (shared by " + name + ")").id();
        }
        submission.accept(itemId, by, clock.instant());
        tellMember(submission, "Your submission is accepted", "content-accepted", Map.of());
        return submission;
    }

    public ContentSubmission returnWith(long id, String comments, String by) {
        ContentSubmission submission = get(id);
        submission.returnWith(comments.strip(), by, clock.instant());
        tellMember(submission, "Your submission needs some changes", "content-returned", Map.of("comments", comments.strip()));
        return submission;
    }

    public ContentSubmission decline(long id, String comments, String by) {
        ContentSubmission submission = get(id);
        submission.decline(comments.strip(), by, clock.instant());
        tellMember(submission, "About your submission", "content-declined", Map.of("comments", comments.strip()));
        return submission;
    }

    /** What a member shared is now on the site: they hear so, once, at its first publication. */
    @EventListener
    void on(Contents.FirstPublished published) {
        submissions.findByItemId(published.itemId()).ifPresent(submission ->
                tellMember(submission, "What you shared is published", "content-published", Map.of("href", published.href())));
    }

    private void tellEditors(ContentSubmission submission) {
        String name = memberName(submission);
        for (AccountsApi.AccountSummary editor : accounts.editorsAndAdmins()) {
            events.publishEvent(new MailRequested(editor.email(), "Shared with the alliance: " + submission.title(), "content-submitted",
                    Map.of("name", editor.displayName(), "member", name, "title", submission.title(), "kind",
                            submission.kind().label(), "id", String.valueOf(submission.id()))));
        }
    }

    private void tellMember(ContentSubmission submission, String subject, String template, Map<String, String> extra) {
        accounts.find(submission.accountId()).ifPresent(member -> {
            Map<String, String> model = new LinkedHashMap<>(extra);
            model.put("name", member.displayName());
            model.put("title", submission.title());
            model.put("id", String.valueOf(submission.id()));
            events.publishEvent(new MailRequested(member.email(), subject, template, model));
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
