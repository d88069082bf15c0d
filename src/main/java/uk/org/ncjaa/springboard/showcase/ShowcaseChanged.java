package uk.org.ncjaa.springboard.showcase;

/**
 * Something the public sees in the showcase changed: a work published, featured or withdrawn, or an
 * exhibition changed. Every kept page is forgotten, since the home page and searches show works too.
 *
 * @param slug the work's address, or null for an exhibition
 */
public record ShowcaseChanged(String slug) {
}
