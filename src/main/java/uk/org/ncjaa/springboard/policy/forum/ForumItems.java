package uk.org.ncjaa.springboard.policy.forum;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.policy.PolicyItem;
import uk.org.ncjaa.springboard.policy.PolicyItems;

/**
 * What the forum contributes to the policy section: published minutes, and as sources for the
 * influence log the issues members raised that the secretariat accepted ({@code forum-item:{id}}).
 */
@Component
class ForumItems implements PolicyItems {

    static final String SOURCE = "forum-item:";

    private final Forum forum;
    private final Proposals proposals;

    ForumItems(Forum forum, Proposals proposals) {
        this.forum = forum;
        this.proposals = proposals;
    }

    @Override
    public List<PolicyItem> published() {
        return forum.withPublishedMinutes().stream()
            .map(m -> new PolicyItem("Forum minutes", "Minutes of the Arts Forum: " + m.title(), m.path(), m.minutesPublishedAt(),
                    m.when() + ", " + m.place() + ". Chair: " + m.chair() + "."))
            .toList();
    }

    @Override
    public List<Source> sources() {
        return proposals.accepted().stream()
            .map(w -> new Source(SOURCE + w.proposal().id(), "Arts Forum item: " + w.proposal().title(), "/policy/arts-forum"))
            .toList();
    }

    @Override
    public Optional<Source> source(String reference) {
        if (reference == null || !reference.matches(SOURCE + "\\d{1,18}")) {
            return Optional.empty();
        }
        return sources().stream().filter(s -> s.reference().equals(reference)).findFirst();
    }
}
