package uk.org.ncjaa.springboard.evidence;

/** Something the public sees in the Evidence Library changed: an entry was published, edited or withdrawn. */
public record EvidenceChanged(String slug) {
}
