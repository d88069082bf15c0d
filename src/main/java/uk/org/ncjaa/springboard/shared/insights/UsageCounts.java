package uk.org.ncjaa.springboard.shared.insights;

/**
 * Day-by-day counts of what the site is used for (an entry's PDF downloaded, references exported,
 * an API call), kept as one number a day for each thing counted: nothing about who, from where or
 * at what time, so a count can never be traced back to a visit.
 */
public interface UsageCounts {

    /**
     * Adds one to today's count of {@code what} in {@code area} (such as "evidence", "pdf-download").
     * Never fails the request that calls it.
     */
    void count(String area, String what);
}
