package uk.org.ncjaa.springboard.evidence.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;

/**
 * One action on many entries, each in a transaction of its own through {@link Curation}, so that
 * an entry the rules refuse (no inclusion decision, no level to confirm) is reported by name and
 * the others still go ahead.
 */
@Service
public class BulkActions {

    /** What editors may do to several entries at once. */
    public enum Action {
        CONFIRM_RATING("Confirm their suggested levels"), PUBLISH("Publish"), WITHDRAW("Withdraw");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How it went: how many were done, and for each refused entry why. */
    public record Outcome(int done, List<String> refused) {
    }

    /** More than a page of the list is never acted on at once. */
    static final int MOST = EntryList.PAGE_SIZE;

    private final Curation curation;

    BulkActions(Curation curation) {
        this.curation = curation;
    }

    public Outcome apply(List<String> slugs, Action action, String reason, String editor) {
        if (action == Action.WITHDRAW && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Give the reason for withdrawing these entries.");
        }
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(slugs).stream().limit(MOST).toList()) {
            try {
                switch (action) {
                    case CONFIRM_RATING -> curation.confirmStrength(slug, editor);
                    case PUBLISH -> curation.publish(slug, editor);
                    case WITHDRAW -> curation.withdraw(slug, reason, editor);
                }
                done++;
            }
            catch (EvidenceNotFoundException missing) {
                refused.add("“" + slug + "”: no such entry.");
            }
            catch (IllegalStateException | IllegalArgumentException rule) {
                refused.add(curation.titleOf(slug) + ": " + rule.getMessage());
            }
        }
        return new Outcome(done, refused);
    }
}
