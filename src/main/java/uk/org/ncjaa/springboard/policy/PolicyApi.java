package uk.org.ncjaa.springboard.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.policy.forum.Forum;
import uk.org.ncjaa.springboard.policy.forum.Meeting;
import uk.org.ncjaa.springboard.policy.forum.Proposals;
import uk.org.ncjaa.springboard.shared.text.Markdown;
import uk.org.ncjaa.springboard.shared.text.SearchWords;

/** Read access to the policy section for other modules: the site search and the sitemap. */
@Service
@Transactional(readOnly = true)
public class PolicyApi {

    private final Forum forum;
    private final Proposals proposals;
    private final Consultations consultations;

    PolicyApi(Forum forum, Proposals proposals, Consultations consultations) {
        this.forum = forum;
        this.proposals = proposals;
        this.consultations = consultations;
    }

    /**
     * Public forum meetings (their published minutes included), the issues accepted for the forum and
     * consultations open or closed (with their published response) whose words hold every word of
     * {@code text}, case ignored, newest first.
     */
    public Found search(String text, int page, int size) {
        List<String> words = Arrays.stream(SearchWords.limit(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> w.length() > 1).distinct().toList();
        if (words.isEmpty() || size < 1) {
            return new Found(0, List.of());
        }
        List<Hit> hits = new ArrayList<>();
        for (Meeting m : forum.meetings()) {
            String minutes = m.minutesPublic() ? Markdown.toText(m.minutes()) : "";
            String haystack = String.join(" ", m.title(), m.place(), m.chair(), minutes).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(haystack::contains)) {
                hits.add(new Hit(m.minutesPublic() ? "Forum minutes" : "Forum meeting", "Arts Forum: " + m.title(), m.path(),
                        minutes.isEmpty() ? m.when() + ", " + m.place() : snippet(minutes), m.heldAt()));
            }
        }
        for (Proposals.WithRaisers w : proposals.accepted()) {
            String haystack = (w.proposal().title() + " " + w.proposal().why()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(haystack::contains)) {
                hits.add(new Hit("Forum item", w.proposal().title(), "/policy/arts-forum", snippet(w.proposal().why()),
                        w.proposal().decidedAt()));
            }
        }
        for (Consultation c : consultations.shown()) {
            String response = c.responsePublishedAt() != null && c.response() != null ? Markdown.toText(c.response()) : "";
            String haystack = String.join(" ", c.title(), c.summary() == null ? "" : c.summary(),
                    c.governmentTitle() == null ? "" : c.governmentTitle(), Markdown.toText(c.introduction() == null ? "" : c.introduction()),
                    response).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(haystack::contains)) {
                hits.add(new Hit(response.isEmpty() ? "Consultation" : "Consultation response", c.title(), c.path(),
                        snippet(c.summary() == null || c.summary().isBlank() ? Markdown.toText(c.introduction() == null ? "" : c.introduction())
                                : c.summary()),
                        c.responsePublishedAt() != null ? c.responsePublishedAt() : c.updatedAt()));
            }
        }
        hits.sort(Comparator.comparing(Hit::when, Comparator.nullsLast(Comparator.reverseOrder())));
        long from = (long) Math.max(0, page - 1) * size;
        return new Found(hits.size(), hits.stream().skip(from).limit(size).toList());
    }

    /** Every public forum meeting and consultation page and when it last changed, for the sitemap. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>(forum.meetings().stream().map(m -> new Page(m.path(), m.updatedAt())).toList());
        consultations.shown().forEach(c -> pages.add(new Page(c.path(), c.updatedAt())));
        return pages;
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    public record Found(long total, List<Hit> hits) {
    }

    /** @param kind a label a reader understands, such as "Forum minutes" */
    public record Hit(String kind, String title, String href, String summary, Instant when) {
    }

    public record Page(String href, Instant lastModified) {
    }
}
