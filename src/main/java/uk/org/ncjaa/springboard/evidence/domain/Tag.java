package uk.org.ncjaa.springboard.evidence.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** A concept an entry is tagged with, held by its vocabulary and slug. */
@Embeddable
public record Tag(@Enumerated(EnumType.STRING) Vocabulary vocabulary, String slug) {
}
