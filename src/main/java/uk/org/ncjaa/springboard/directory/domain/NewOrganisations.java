package uk.org.ncjaa.springboard.directory.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.members.OrganisationRegistered;

/** Someone who joins for an organisation starts its listing, as a draft they look after. */
@Component
class NewOrganisations {

    private final Listings listings;

    NewOrganisations(Listings listings) {
        this.listings = listings;
    }

    // in the joining transaction: the member, their account and the draft listing are kept together or not at all
    @EventListener
    void on(OrganisationRegistered registered) {
        listings.create(registered.accountId(), ListingContent.named(registered.organisation()));
    }
}
