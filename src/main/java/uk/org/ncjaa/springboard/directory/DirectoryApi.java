package uk.org.ncjaa.springboard.directory;

import java.util.Map;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.directory.domain.Listings;

/** Read access to the directory for other modules. */
@Service
public class DirectoryApi {

    private final Listings listings;

    DirectoryApi(Listings listings) {
        this.listings = listings;
    }

    /**
     * The published listings of organisations with these names (compared without regard to case),
     * by the name as given, for linking to them from elsewhere.
     */
    public Map<String, String> slugsByName(java.util.Collection<String> names) {
        return listings.slugsByName(names);
    }
}
