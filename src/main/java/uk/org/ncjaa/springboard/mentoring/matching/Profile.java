package uk.org.ncjaa.springboard.mentoring.matching;

/**
 * One application as the matcher sees it: sets as bit masks, so that millions of pairs can be
 * scored in well under a second. For a mentor, {@code capacity} is the number of places left.
 *
 * @param formats bit 0 in person, bit 1 online
 */
public record Profile(long id, String organisation, long artForms, long settings, int region, int formats, long availability,
        long topics, int years, boolean livedExperience, boolean wantsLivedExperience, int capacity) {

    public static final int IN_PERSON = 1;
    public static final int ONLINE = 2;

    public Profile {
        organisation = organisation == null ? "" : organisation.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
