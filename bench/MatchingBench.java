import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import uk.org.ncjaa.springboard.mentoring.matching.Matcher;
import uk.org.ncjaa.springboard.mentoring.matching.Objective;
import uk.org.ncjaa.springboard.mentoring.matching.Profile;
import uk.org.ncjaa.springboard.mentoring.matching.Scorer;

/**
 * The round's assignment on generated applicants: MENTEES mentees, MENTORS mentors with one to
 * three places each, EXCLUDED per cent of pairs excluded. Times RUNS runs after one warm-up and
 * compares the optimal total score with the greedy one. Prints figures; asserts nothing.
 */
public class MatchingBench {

    public static void main(String[] args) {
        int mentees = Integer.getInteger("mentees", 2000);
        int mentors = Integer.getInteger("mentors", 2000);
        int excludedPercent = Integer.getInteger("excluded", 5);
        int runs = Integer.getInteger("runs", 5);
        int minimum = Integer.getInteger("minimum", 200);
        Random random = new Random(42);
        List<Profile> menteeList = new ArrayList<>();
        List<Profile> mentorList = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            menteeList.add(profile(random, i + 1, 0, false));
        }
        for (int j = 0; j < mentors; j++) {
            mentorList.add(profile(random, 1_000_000 + j, 1 + random.nextInt(3), true));
        }
        Map<Long, Set<Long>> excluded = new HashMap<>();
        long excludedPairs = 0;
        for (Profile mentee : menteeList) {
            Set<Long> barred = new HashSet<>();
            for (Profile mentor : mentorList) {
                if (random.nextInt(100) < excludedPercent) {
                    barred.add(mentor.id());
                }
            }
            excludedPairs += barred.size();
            excluded.put(mentee.id(), barred);
        }
        int places = mentorList.stream().mapToInt(Profile::capacity).sum();
        System.out.printf("%,d mentees, %,d mentors with %,d places, %,d pairs excluded (%d%%), lowest score proposed %d%n", mentees,
                mentors, places, excludedPairs, excludedPercent, minimum);
        Scorer scorer = new Scorer(new int[] { 3, 2, 2, 1, 3, 1, 2 }, false, minimum);
        for (Objective objective : Objective.values()) {
            Matcher matcher = new Matcher(scorer, objective);
            matcher.assign(menteeList, mentorList, excluded);
            long[] millis = new long[runs];
            Matcher.Result result = null;
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                result = matcher.assign(menteeList, mentorList, excluded);
                millis[run] = (System.nanoTime() - started) / 1_000_000;
            }
            Arrays.sort(millis);
            Matcher.Result greedy = matcher.greedy(menteeList, mentorList, excluded);
            System.out.printf("%s: %,d ms min, %,d ms median, %,d ms max over %d runs (target <= 3,000 ms: %s)%n", objective,
                    millis[0], millis[runs / 2], millis[runs - 1], runs, millis[runs / 2] <= 3000 ? "met" : "NOT met");
            System.out.printf("  optimal: %,d matched, total score %,d, mean %.1f; %,d eligible pairs, %,d arcs in the last solve, %d solves%n",
                    result.matched(), result.totalScore(), (double) result.totalScore() / Math.max(1, result.matched()),
                    result.eligiblePairs(), result.arcs(), result.solves());
            System.out.printf("  greedy:  %,d matched, total score %,d, mean %.1f, %,d ms%n", greedy.matched(), greedy.totalScore(),
                    (double) greedy.totalScore() / Math.max(1, greedy.matched()), greedy.millis());
            System.out.printf("  optimal / greedy: total score %.4f, matched %.4f%n", (double) result.totalScore() / greedy.totalScore(),
                    (double) result.matched() / greedy.matched());
        }
    }

    private static Profile profile(Random random, long id, int capacity, boolean mentor) {
        int formats = random.nextInt(10) < 6 ? Profile.IN_PERSON | Profile.ONLINE : random.nextBoolean() ? Profile.ONLINE : Profile.IN_PERSON;
        return new Profile(id, "organisation " + random.nextInt(600), bits(random, 20, mentor ? 3 : 2), bits(random, 12, mentor ? 3 : 2),
                random.nextInt(12), formats, bits(random, 6, 3), bits(random, 10, mentor ? 4 : 2),
                mentor ? 3 + random.nextInt(25) : random.nextInt(5), mentor && random.nextInt(6) == 0, !mentor && random.nextInt(8) == 0,
                capacity);
    }

    /** About {@code count} of {@code of} values, the first few likelier, as interests are. */
    private static long bits(Random random, int of, int count) {
        long bits = 0;
        for (int k = 0; k < count; k++) {
            int value = (int) Math.min(of - 1, Math.abs(random.nextGaussian()) * of / 2.5);
            bits |= 1L << value;
        }
        return bits;
    }
}
