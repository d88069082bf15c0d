package uk.org.ncjaa.springboard.shared.insights;

/**
 * Where a search that found nothing is counted, so editors see what people look for and the site
 * lacks. Only the words and the day are kept: never who searched, from where, or when in the day.
 */
public interface SearchGaps {

    /**
     * Counts one search of {@code area} ("evidence", "directory", "site") whose words found nothing.
     * Words that are empty, or that look like an address, a number or other personal detail, are
     * not kept. Never fails the search that calls it.
     */
    void nothingFound(String area, String words);
}
