package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the tokens of signed webhooks, so each is accepted once. The table's key decides: of two
 * nodes given the same request at once, one inserts and the other finds it there (it waits for the
 * first to commit or roll back), with no error to log either way.
 */
@Component
class WebhookTokens {

    private final EntityManager entities;

    WebhookTokens(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @return true the first time the token is seen; it then counts as used once the caller's
     *     transaction commits, so a report that failed on our side can still be sent again
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean firstUse(String token, Instant now) {
        return entities.createQuery("insert into WebhookToken (token, seenAt) values (:token, :now) on conflict do nothing")
            .setParameter("token", token).setParameter("now", now).executeUpdate() == 1;
    }

    /** Tokens seen before this can no longer come with a timestamp that would be accepted. */
    @Transactional(propagation = Propagation.MANDATORY)
    void forgetBefore(Instant cutoff) {
        entities.createQuery("delete from WebhookToken t where t.seenAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }
}
