package uk.org.ncjaa.springboard.directory.search;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.members.RegionalListings;

/** The directory's listings for the network's regional pages: those in search, serving or working from the region. */
@Component
class DirectoryRegionalListings implements RegionalListings {

    private final DirectorySearch search;

    DirectoryRegionalListings(DirectorySearch search) {
        this.search = search;
    }

    @Override
    public InRegion in(String regionSlug, int limit) {
        DirectoryResults found = search.search(new DirectoryQuery("", Map.of(DirectoryFacet.REGION, List.of(regionSlug)),
                DirectoryQuery.Sort.NAME, 1));
        return new InRegion(found.total(), found.hits().stream().limit(limit)
            .map(hit -> new Listing(hit.name(), "/directory/" + hit.slug(), hit.summary())).toList());
    }
}
