package uk.org.ncjaa.springboard.policy;

import java.util.List;
import java.util.Optional;

/**
 * What one part of the policy module contributes to the policy section, its feed and the influence
 * log, so the section lists the forum, consultations and briefings without knowing their tables.
 */
public interface PolicyItems {

    /** Published items, newest first. */
    List<PolicyItem> published();

    /**
     * Things an influence-log entry can say it came from (a forum item, a consultation), each with a
     * reference that stays stable, such as {@code "consultation:12"}.
     */
    default List<Source> sources() {
        return List.of();
    }

    /** The source a reference names, if this part knows it. */
    default Optional<Source> source(String reference) {
        return sources().stream().filter(s -> s.reference().equals(reference)).findFirst();
    }

    /** @param reference {@code kind:id}, unique across the module */
    record Source(String reference, String title, String path) {
    }
}
