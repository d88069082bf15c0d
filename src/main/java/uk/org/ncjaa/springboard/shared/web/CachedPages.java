package uk.org.ncjaa.springboard.shared.web;

/**
 * A module's public pages that look the same to every anonymous visitor, which the page cache may
 * serve from memory for a few seconds. Each module names its own addresses here and forgets them
 * through {@link PageCache} when what they show changes, so the cache itself knows no module.
 */
public interface CachedPages {

    /** Whether the page at this path (without its query string) may be kept. */
    boolean keeps(String path);

    /** Whether this path is a search, kept by its whole query string as well. */
    default boolean keepsSearch(String path) {
        return false;
    }

    /**
     * Whether the page changes only when an editor publishes, which forgets it at once, so it may
     * be kept for long: the time limit then only bounds what a missed change could leave behind.
     */
    default boolean keepsLong(String path) {
        return false;
    }
}
