package uk.org.ncjaa.springboard.newsletter.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.AccountVerified;
import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.members.NewsletterChosen;

/**
 * Members' newsletter choices: a yes subscribes them once their account's address is verified (at
 * once if it already is), a no unsubscribes them.
 */
@Component
class MemberChoices {

    private final Subscribers subscribers;
    private final AccountsApi accounts;

    MemberChoices(Subscribers subscribers, AccountsApi accounts) {
        this.subscribers = subscribers;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(NewsletterChosen choice) {
        if (choice.wanted()) {
            subscribers.subscribeMember(choice.accountId(), choice.email(), choice.name(), choice.region(),
                    accounts.verified(choice.accountId()));
        }
        else {
            subscribers.unsubscribeAccount(choice.accountId(), choice.email());
        }
    }

    @ApplicationModuleListener
    void on(AccountVerified verified) {
        subscribers.accountVerified(verified.accountId());
    }
}
