package uk.org.ncjaa.springboard.mentoring.matching;

/**
 * Scores a mentee and a mentor: each criterion from 0 to 100, then their weighted mean scaled to
 * 0 to 1,000. Pure arithmetic on bit masks, the same for the round's matcher, the "why this match"
 * breakdown and the benchmark.
 */
public final class Scorer {

    /** Marks a pair that may not be matched at all. */
    public static final int INELIGIBLE = -1;

    private final int[] weights;
    private final int weightTotal;
    private final boolean sameOrganisationAllowed;
    private final int minimumScore;

    public Scorer(int[] weights, boolean sameOrganisationAllowed, int minimumScore) {
        if (weights.length != Criterion.values().length) {
            throw new IllegalArgumentException("One weight for each criterion");
        }
        this.weights = weights.clone();
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        this.weightTotal = total;
        this.sameOrganisationAllowed = sameOrganisationAllowed;
        this.minimumScore = minimumScore;
    }

    /** The pair's score, or {@link #INELIGIBLE} when a hard rule keeps them apart. */
    public int score(Profile mentee, Profile mentor) {
        if (!canMeet(mentee, mentor) || sameOrganisationBarred(mentee, mentor)) {
            return INELIGIBLE;
        }
        long sum = 0;
        sum += (long) weights[0] * cover(mentee.artForms(), mentor.artForms());
        sum += (long) weights[1] * cover(mentee.settings(), mentor.settings());
        sum += (long) weights[2] * place(mentee, mentor);
        sum += (long) weights[3] * cover(mentee.availability(), mentor.availability());
        sum += (long) weights[4] * cover(mentee.topics(), mentor.topics());
        sum += (long) weights[5] * experience(mentee, mentor);
        sum += (long) weights[6] * preferences(mentee, mentor);
        int score = weightTotal == 0 ? 0 : (int) ((sum * 10 + weightTotal / 2) / weightTotal);
        return score < minimumScore ? INELIGIBLE : score;
    }

    /** Each criterion's 0 to 100, in {@link Criterion} order: the "why this match". */
    public int[] parts(Profile mentee, Profile mentor) {
        return new int[] { cover(mentee.artForms(), mentor.artForms()), cover(mentee.settings(), mentor.settings()),
            place(mentee, mentor), cover(mentee.availability(), mentor.availability()), cover(mentee.topics(), mentor.topics()),
            experience(mentee, mentor), preferences(mentee, mentor) };
    }

    /** Why a pair is ineligible, in words for staff; null when it is not. */
    public String barrier(Profile mentee, Profile mentor) {
        if (!canMeet(mentee, mentor)) {
            return "They cannot meet: one wants only to meet in person and they are in different regions, or their ways of meeting differ";
        }
        if (sameOrganisationBarred(mentee, mentor)) {
            return "They work for the same organisation, which this round does not allow";
        }
        return null;
    }

    private boolean sameOrganisationBarred(Profile mentee, Profile mentor) {
        return !sameOrganisationAllowed && !mentee.organisation().isEmpty() && mentee.organisation().equals(mentor.organisation());
    }

    static boolean canMeet(Profile mentee, Profile mentor) {
        int both = mentee.formats() & mentor.formats();
        if ((both & Profile.ONLINE) != 0) {
            return true;
        }
        return (both & Profile.IN_PERSON) != 0 && mentee.region() == mentor.region();
    }

    /** The share of what the mentee asked for that the mentor has; full marks if they asked for nothing. */
    static int cover(long wanted, long offered) {
        int asked = Long.bitCount(wanted);
        return asked == 0 ? 100 : 100 * Long.bitCount(wanted & offered) / asked;
    }

    static int place(Profile mentee, Profile mentor) {
        int both = mentee.formats() & mentor.formats();
        if ((both & Profile.IN_PERSON) != 0 && mentee.region() == mentor.region()) {
            return 100;
        }
        if ((both & Profile.ONLINE) != 0) {
            return mentee.formats() == Profile.ONLINE ? 100 : 60;
        }
        return 0;
    }

    static int experience(Profile mentee, Profile mentor) {
        int gap = mentor.years() - mentee.years();
        return Math.max(0, Math.min(100, gap * 20));
    }

    static int preferences(Profile mentee, Profile mentor) {
        return !mentee.wantsLivedExperience() || mentor.livedExperience() ? 100 : 0;
    }
}
