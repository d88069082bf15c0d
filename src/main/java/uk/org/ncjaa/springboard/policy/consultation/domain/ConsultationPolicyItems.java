package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    ConsultationPolicyItems(ConsultationRepository consultations, OutcomeRepository outcomes) {
        this.consultations = consultations;
        this.outcomes = outcomes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PolicyItem> published() {
        List<PolicyItem> items = new ArrayList<>();
        for (Consultation c : consultations.findByStatusOrderByResponsePublishedAtDesc(Consultation.Status.RESPONSE_PUBLISHED)) {
            items.add(new PolicyItem("Consultation response", "Our response: " + c.title(), c.path() + "/response",
                    c.responsePublishedAt(), summary(c)));
            if (!outcomes.findByConsultationIdOrderByPosition(c.id()).isEmpty()) {
                items.add(new PolicyItem("You said, we did", "You said, we did: " + c.title(), c.path() + "/you-said-we-did",
                        c.responsePublishedAt(), "What members told us in the consultation, and what we did about it."));
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
