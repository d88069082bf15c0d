package uk.org.ncjaa.springboard.directory.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of directory results, and every facet's counts. */
public record DirectoryResults(long total, List<Hit> hits, Map<DirectoryFacet, List<FacetValue>> facets, int page) {

    public int totalPages() {
        return (int) Math.min(DirectoryQuery.MAX_PAGE, (total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
    }

    /** A listing as a result shows it; {@code regions} and {@code artForms} are labels. */
    public record Hit(String slug, String name, String summary, List<String> towns, List<String> regions, List<String> artForms,
            boolean livedExperienceLed, Instant verifiedAt) {
    }

    public record FacetValue(String slug, String label, long count, boolean chosen) {
    }
}
