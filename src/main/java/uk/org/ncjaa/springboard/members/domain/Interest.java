package uk.org.ncjaa.springboard.members.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** A concept a member works in: an art form or a justice setting. */
@Embeddable
public record Interest(@Enumerated(EnumType.STRING) Vocabulary vocabulary, String slug) {
}
