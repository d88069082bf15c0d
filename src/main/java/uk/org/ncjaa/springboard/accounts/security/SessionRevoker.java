package uk.org.ncjaa.springboard.accounts.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.org.ncjaa.springboard.accounts.domain.SessionsRevoked;

/** Ends an account's other sessions once a password, role or deletion change has committed. */
@Component
class SessionRevoker {

    private final SessionRegistry sessions;

    SessionRevoker(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(SessionsRevoked event) {
        sessions.getAllPrincipals().stream()
            .filter(principal -> principal instanceof AccountUser user && user.id() == event.accountId())
            .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
            .forEach(session -> session.expireNow());
    }
}
