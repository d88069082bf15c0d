package uk.org.ncjaa.springboard.members;

import java.util.List;

/**
 * Organisations working in a region, for the regional pages. The network's pages show them without
 * knowing where they come from: the directory provides them.
 */
public interface RegionalListings {

    /** An organisation as a regional page links to it. */
    record Listing(String name, String href, String summary) {
    }

    /** How many organisations serve or work from a region, and the first few by name. */
    record InRegion(long count, List<Listing> first) {
    }

    InRegion in(String regionSlug, int limit);
}
