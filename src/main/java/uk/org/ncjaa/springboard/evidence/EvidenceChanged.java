package uk.org.ncjaa.springboard.evidence;

/**
 * Something the public sees in the Evidence Library changed: an entry was published, edited or
 * withdrawn, or an editor changed a toolkit strand's summary.
 *
 * @param slug the entry's slug, or for another page its address under /evidence/ ("toolkit/art-forms/music")
 */
public record EvidenceChanged(String slug) {
}
