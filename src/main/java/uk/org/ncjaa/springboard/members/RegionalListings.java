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

    /** How many organisations serve or work from the region. */
    long count(String regionSlug);

    /** The first few organisations serving or working from the region, by name. */
    List<Listing> first(String regionSlug, int limit);
}
