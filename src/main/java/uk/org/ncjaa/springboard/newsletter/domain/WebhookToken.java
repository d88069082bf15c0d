package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed webhook's token, once it has been used; see {@link WebhookTokens}. */
@Entity
@Table(name = "newsletter_webhook_token")
class WebhookToken {

    @Id
    private String token;

    private Instant seenAt;

    protected WebhookToken() {
    }

    String token() {
        return token;
    }

    Instant seenAt() {
        return seenAt;
    }
}
