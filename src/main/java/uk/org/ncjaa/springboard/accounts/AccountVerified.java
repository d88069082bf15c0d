package uk.org.ncjaa.springboard.accounts;

/** Someone proved they own the email address they joined with. */
public record AccountVerified(long accountId) {
}
