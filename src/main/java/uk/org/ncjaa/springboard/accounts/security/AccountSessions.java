package uk.org.ncjaa.springboard.accounts.security;

/** Where an account's sessions are found, to end them: this node's memory, or the sessions every node shares. */
interface AccountSessions {

    /** Marks every session of the account expired: its next request is sent to log in again. */
    void expireAll(long accountId);
}
