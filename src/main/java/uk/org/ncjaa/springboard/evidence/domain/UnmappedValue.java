package uk.org.ncjaa.springboard.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Catalogue text that no concept matched, kept beside the entry for a curator to map. */
@Embeddable
public record UnmappedValue(String field, @Column(name = "value") String value) {
}
