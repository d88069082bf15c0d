package uk.org.ncjaa.springboard.directory;

import java.util.List;

import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.directory.domain.Logos;
import uk.org.ncjaa.springboard.shared.Images;

/** Test data: listings taken through the real steps (created, sent for review, approved). */
public final class Publish {

    private Publish() {
    }

    public static ListingContent content(String name, String description, List<String> artForms, List<String> regions, boolean led) {
        return new ListingContent(name, null, description, "hello@example.org", "https://example.org", null, artForms,
                List.of("workshops"), List.of("adult-prison-men"), List.of(), List.of(), regions, null, null, null, null, null, led,
                null, null, List.of("English"),
                List.of(new ListingContent.Service("Weekly workshops", "Sessions in custody", null, "Free", null, null)),
                List.of(new ListingContent.Location("Studio", "1 Test Street", "Leeds", "LS1 1AA", "yorkshire-and-the-humber")),
                List.of(new ListingContent.Contact("Ada Example", "Director", "ada@example.org", null)));
    }

    /** A published listing looked after by {@code accountId}. */
    public static Listing listing(Listings listings, long accountId, ListingContent content) {
        Listing listing = listings.create(accountId, content);
        listings.save(accountId, listing.id(), content);
        listings.submit(accountId, listing.id());
        listings.approve(listing.id(), "Test editor");
        return listing;
    }

    /** The same, with a logo sent before review, so it goes live with the listing. */
    public static Listing listingWithLogo(Listings listings, Logos logos, long accountId, ListingContent content, byte[] logo)
            throws Images.Rejected {
        Listing listing = listings.create(accountId, content);
        listings.save(accountId, listing.id(), content);
        logos.upload(listing, logo);
        listings.submit(accountId, listing.id());
        listings.approve(listing.id(), "Test editor");
        return listing;
    }
}
