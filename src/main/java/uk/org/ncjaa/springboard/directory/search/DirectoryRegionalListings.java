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
    public long count(String regionSlug) {
        return search.search(inRegion(regionSlug)).total();
    }

    @Override
    public List<Listing> first(String regionSlug, int limit) {
        return search.search(inRegion(regionSlug)).hits().stream().limit(limit)
            .map(hit -> new Listing(hit.name(), "/directory/" + hit.slug(), hit.summary())).toList();
    }

    private static DirectoryQuery inRegion(String regionSlug) {
        return new DirectoryQuery("", Map.of(DirectoryFacet.REGION, List.of(regionSlug)), DirectoryQuery.Sort.NAME, 1);
    }
}
