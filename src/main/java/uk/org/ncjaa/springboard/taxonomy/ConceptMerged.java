package uk.org.ncjaa.springboard.taxonomy;

/**
 * A curator merged one concept into another: modules that store tags move them to the target.
 */
public record ConceptMerged(Vocabulary vocabulary, String fromSlug, String intoSlug) {
}
