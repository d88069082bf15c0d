package uk.org.ncjaa.springboard.policy.briefings;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.content.PublicationTypes;
import uk.org.ncjaa.springboard.policy.PolicyItem;
import uk.org.ncjaa.springboard.policy.PolicyItems;

/**
 * The alliance's briefings, position statements and policy responses: publications the content module keeps and
 * editors write as any other, which the policy section lists and feeds beside the forum's minutes and consultations'
 * responses, and which an influence-log entry can name as where an ask came from.
 */
@Component
class Briefings implements PolicyItems {

    private static final int LIMIT = 50;

    private final ContentApi content;

    Briefings(ContentApi content) {
        this.content = content;
    }

    @Override
    public List<PolicyItem> published() {
        return content.publications(PublicationTypes.POLICY, LIMIT).stream()
            .map(p -> new PolicyItem(p.typeLabel(), p.item().title(), p.item().href(), p.item().publishedAt(), p.item().summary()))
            .toList();
    }

    @Override
    public List<Source> sources() {
        return content.publications(PublicationTypes.POLICY, LIMIT).stream()
            .map(p -> new Source("publication:" + p.item().href(), p.typeLabel() + ": " + p.item().title(), p.item().href()))
            .toList();
    }
}
