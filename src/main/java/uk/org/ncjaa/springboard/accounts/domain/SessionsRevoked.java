package uk.org.ncjaa.springboard.accounts.domain;

/** The account's open sessions must end (password reset, roles changed, account deleted). */
public record SessionsRevoked(long accountId) {
}
