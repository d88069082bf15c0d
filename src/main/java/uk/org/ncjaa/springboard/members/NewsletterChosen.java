package uk.org.ncjaa.springboard.members;

/**
 * A member said yes or no to the newsletter, when joining or later on their consent page. The
 * newsletter starts its double opt-in on a yes, and unsubscribes them on a no.
 */
public record NewsletterChosen(long accountId, String email, String name, String region, boolean wanted) {
}
