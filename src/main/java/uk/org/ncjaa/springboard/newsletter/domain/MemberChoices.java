package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.EnumSet;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.members.NewsletterChosen;
import uk.org.ncjaa.springboard.newsletter.Topic;

/** Members' newsletter choices: a yes starts the double opt-in, a no unsubscribes them. */
@Component
class MemberChoices {

    private final Subscribers subscribers;

    MemberChoices(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @ApplicationModuleListener
    void on(NewsletterChosen choice) {
        if (choice.wanted()) {
            subscribers.subscribe(choice.email(), choice.name(), EnumSet.allOf(Topic.class), choice.region(), Subscriber.Source.MEMBER,
                    choice.accountId());
        }
        else {
            subscribers.unsubscribeAccount(choice.accountId(), choice.email());
        }
    }
}
