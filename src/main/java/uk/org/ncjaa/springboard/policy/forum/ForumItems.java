package uk.org.ncjaa.springboard.policy.forum;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    ForumItems(Forum forum, Proposals proposals, MessageSource messages) {
        this.forum = forum;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** In the language of the page (or feed) asking. */
    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @Override
    public List<PolicyItem> published() {
        return forum.withPublishedMinutes().stream()
            .map(m -> new PolicyItem(message("policy.item.minutes.kind"), message("policy.item.minutes.title", m.title()), m.path(),
                    m.minutesPublishedAt(), message("policy.item.minutes.summary", m.when(), m.place(), m.chair())))
            .toList();
    }

    @Override
    public List<Source> sources() {
        return proposals.accepted().stream()
            .map(w -> new Source(SOURCE + w.proposal().id(), message("policy.item.forumSource", w.proposal().title()),
                    "/policy/arts-forum"))
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
