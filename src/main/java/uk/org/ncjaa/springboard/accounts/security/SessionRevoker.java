package uk.org.ncjaa.springboard.accounts.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.org.ncjaa.springboard.accounts.domain.SessionsRevoked;

/** Ends an account's other sessions once a password, role or deletion change has committed. */
@Component
class SessionRevoker {

    private final AccountSessions sessions;

    SessionRevoker(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(SessionsRevoked event) {
        sessions.expireAll(event.accountId());
    }
}
