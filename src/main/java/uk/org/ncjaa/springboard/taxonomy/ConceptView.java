package uk.org.ncjaa.springboard.taxonomy;

import java.util.List;

/**
 * A concept as other modules see it.
 *
 * @param extra a vocabulary-specific value, such as a study design's evidence-strength level
 */
public record ConceptView(long id, Vocabulary vocabulary, String slug, String label, List<String> alternativeLabels,
        String parentSlug, String extra, boolean retired) {
}
