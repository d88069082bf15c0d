package uk.org.ncjaa.springboard.showcase;

/**
 * A work left the showcase for good: withdrawn by its organisation or an editor, or its maker's consent
 * ended. Whatever else holds a copy of it (the newsletter's archived issues) lets it go in the same
 * transaction.
 *
 * @param href the address the work had, which copies link to
 */
public record WorkWithdrawn(String href) {
}
