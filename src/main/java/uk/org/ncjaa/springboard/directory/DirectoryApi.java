package uk.org.ncjaa.springboard.directory;

import java.util.Map;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.directory.search.DirectoryFacet;
import uk.org.ncjaa.springboard.directory.search.DirectorySearch;

/** Read access to the directory for other modules. */
@Service
public class DirectoryApi {

    private final Listings listings;
    private final DirectorySearch search;

    DirectoryApi(Listings listings, DirectorySearch search) {
        this.listings = listings;
        this.search = search;
    }

    /** Listings the public can see. */
    public long countPublished() {
        return listings.countPublished();
    }

    /**
     * The published listings of organisations with these names (compared without regard to case),
     * by the name as given, for linking to them from elsewhere.
     */
    public Map<String, String> slugsByName(java.util.Collection<String> names) {
        return listings.slugsByName(names);
    }

    /** Listings in search per region slug, whether they serve the region or work from it. */
    public Map<String, Long> listingsByRegion() {
        return search.countBy(DirectoryFacet.REGION);
    }
}
