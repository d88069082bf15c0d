package uk.org.ncjaa.springboard.accounts;

/** An account was deleted at its owner's request: remove what belongs to it. */
public record AccountDeleted(long accountId) {
}
