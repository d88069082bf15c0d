package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.policy.PolicyItem;
import uk.org.ncjaa.springboard.policy.PolicyItems;
import uk.org.ncjaa.springboard.shared.text.Markdown;

/** Consultations' part of the policy section: each published response and its "you said, we did", and every consultation as a source. */
@Component
class ConsultationPolicyItems implements PolicyItems {

    private final ConsultationRepository consultations;
    private final OutcomeRepository outcomes;
    private final MessageSource messages;

    ConsultationPolicyItems(ConsultationRepository consultations, OutcomeRepository outcomes, MessageSource messages) {
        this.consultations = consultations;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    /** In the language of the page (or feed) asking. */
    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PolicyItem> published() {
        List<PolicyItem> items = new ArrayList<>();
        for (Consultation c : consultations.findByStatusOrderByResponsePublishedAtDesc(Consultation.Status.RESPONSE_PUBLISHED)) {
            items.add(new PolicyItem(message("policy.item.response.kind"), message("policy.response.heading", c.title()),
                    c.path() + "/response",
                    c.responsePublishedAt(), summary(c)));
            if (!outcomes.findByConsultationIdOrderByPosition(c.id()).isEmpty()) {
                items.add(new PolicyItem(message("policy.ysWd.title"), message("policy.ysWd.heading", c.title()),
                        c.path() + "/you-said-we-did", c.responsePublishedAt(), message("policy.item.ysWd.summary")));
            }
        }
        items.sort(Comparator.comparing(PolicyItem::published).reversed());
        return items;
    }

    private static String summary(Consultation c) {
        String text = c.summary().isBlank() ? Markdown.toText(c.response()) : c.summary();
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Source> sources() {
        return consultations.findByStatusNotOrderByClosesOnDescIdDesc(Consultation.Status.DRAFT).stream()
            .map(c -> new Source("consultation:" + c.id(), c.title(), c.path()))
            .toList();
    }
}
