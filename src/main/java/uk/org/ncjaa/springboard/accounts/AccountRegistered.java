package uk.org.ncjaa.springboard.accounts;

/** Someone created an account (its email is not yet verified). */
public record AccountRegistered(long accountId, String displayName) {
}
