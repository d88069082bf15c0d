package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.i18n.RecipientLanguage;

/**
 * The emails about a subscription come in the language of the page the subscriber asked from. A
 * member's own choice, on their account, comes first.
 */
@Component
@Order(2)
class SubscriberLanguage implements RecipientLanguage {

    private final Subscribers subscribers;

    SubscriberLanguage(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public Locale of(String email) {
        String code = subscribers.languageOf(email);
        return code == null ? null : Languages.locale(code);
    }
}
