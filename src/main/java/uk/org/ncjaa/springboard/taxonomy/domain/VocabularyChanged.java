package uk.org.ncjaa.springboard.taxonomy.domain;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** An editor added, changed, retired, reinstated or merged a concept of this vocabulary. */
public record VocabularyChanged(Vocabulary vocabulary) {
}
