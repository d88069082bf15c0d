package uk.org.ncjaa.springboard.mentoring.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment against brute force on every small round a seeded generator makes, its hard rules
 * on larger ones, and its pricing against a solve over every pair.
 */
class MatcherTests {

    private static final int[] WEIGHTS = { 3, 2, 2, 1, 3, 1, 2 };

    @Test
    void findsTheBestTotalScoreThatBruteForceFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            Round r = Round.random(random, 1 + random.nextInt(5), 1 + random.nextInt(4));
            Scorer scorer = new Scorer(WEIGHTS, random.nextBoolean(), random.nextInt(400));
            Matcher.Result result = new Matcher(scorer, Objective.TOTAL_SCORE).assign(r.mentees, r.mentors, r.excluded);
            long[] best = bruteForce(r, scorer);
            assertThat(result.totalScore()).as("round %d", round).isEqualTo(best[0]);
            assertRulesHold(r, scorer, result);
        }
    }

    @Test
    void matchesAsManyAsBruteForceThenTheBestTotal() {
        Random random = new Random(11);
        for (int round = 0; round < 400; round++) {
            Round r = Round.random(random, 1 + random.nextInt(5), 1 + random.nextInt(4));
            Scorer scorer = new Scorer(WEIGHTS, random.nextBoolean(), random.nextInt(400));
            Matcher.Result result = new Matcher(scorer, Objective.MOST_MATCHED).assign(r.mentees, r.mentors, r.excluded);
            long[] best = bruteForce(r, scorer);
            assertThat(result.matched()).as("round %d", round).isEqualTo(best[1]);
            assertThat(result.totalScore()).as("round %d", round).isEqualTo(best[2]);
            assertRulesHold(r, scorer, result);
        }
    }

    @Test
    void pricingReachesTheSameTotalAsSolvingEveryPairAndBeatsOrEqualsGreedy() {
        Random random = new Random(3);
        int pricedAgain = 0;
        for (int round = 0; round < 12; round++) {
            Round r = Round.random(random, 40 + random.nextInt(40), 20 + random.nextInt(30));
            Scorer scorer = new Scorer(WEIGHTS, false, 100);
            for (Objective objective : Objective.values()) {
                Matcher matcher = new Matcher(scorer, objective);
                Matcher.Result priced = matcher.assign(r.mentees, r.mentors, r.excluded);
                Matcher.Result whole = matcher.assign(r.mentees, r.mentors, r.excluded, true);
                assertThat(priced.totalScore()).isEqualTo(whole.totalScore());
                assertThat(priced.matched()).isEqualTo(whole.matched());
                assertRulesHold(r, scorer, priced);
                if (objective == Objective.TOTAL_SCORE) {
                    assertThat(priced.totalScore()).isGreaterThanOrEqualTo(matcher.greedy(r.mentees, r.mentors, r.excluded).totalScore());
                }
                if (priced.solves() > 1) {
                    pricedAgain++;
                }
            }
        }
        // the generator is crowded enough that the first candidates were sometimes not enough
        assertThat(pricedAgain).isPositive();
    }

    @Test
    void keepsEveryHardRuleOnCrowdedRounds() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            Round r = Round.random(random, 100 + random.nextInt(100), 30 + random.nextInt(40));
            Scorer scorer = new Scorer(WEIGHTS, random.nextBoolean(), random.nextInt(500));
            Matcher.Result result = new Matcher(scorer, Objective.MOST_MATCHED).assign(r.mentees, r.mentors, r.excluded);
            assertRulesHold(r, scorer, result);
        }
    }

    @Test
    void explainsWhyAPairCannotBeMatched() {
        Profile mentee = new Profile(1, "Clean Break", 1, 1, 3, Profile.IN_PERSON, 1, 1, 0, false, false, 0);
        Profile farAway = new Profile(2, "Other", 1, 1, 4, Profile.IN_PERSON, 1, 1, 9, false, false, 1);
        Profile colleague = new Profile(3, " clean break ", 1, 1, 3, Profile.IN_PERSON | Profile.ONLINE, 1, 1, 9, false, false, 1);
        Scorer scorer = new Scorer(WEIGHTS, false, 0);
        assertThat(scorer.score(mentee, farAway)).isEqualTo(Scorer.INELIGIBLE);
        assertThat(scorer.barrier(mentee, farAway)).contains("cannot meet");
        assertThat(scorer.score(mentee, colleague)).isEqualTo(Scorer.INELIGIBLE);
        assertThat(scorer.barrier(mentee, colleague)).contains("same organisation");
        Scorer allowing = new Scorer(WEIGHTS, true, 0);
        assertThat(allowing.score(mentee, colleague)).isEqualTo(1000);
        assertThat(allowing.parts(mentee, colleague)).containsOnly(100);
    }

    @Test
    void weighsEachCriterionAsStaffSet() {
        Profile mentee = new Profile(1, "", 0b11, 0b1, 1, Profile.ONLINE, 0b1, 0b11, 1, false, true, 0);
        Profile mentor = new Profile(2, "", 0b01, 0b1, 2, Profile.ONLINE, 0b1, 0b00, 3, false, false, 1);
        int[] parts = new Scorer(WEIGHTS, false, 0).parts(mentee, mentor);
        // half the art forms, all settings, online suits the mentee, all times, no goals, two years more, no lived experience
        assertThat(parts).containsExactly(50, 100, 100, 100, 0, 40, 0);
        assertThat(new Scorer(new int[] { 1, 0, 0, 0, 0, 0, 0 }, false, 0).score(mentee, mentor)).isEqualTo(500);
        assertThat(new Scorer(new int[] { 1, 1, 0, 0, 0, 0, 0 }, false, 0).score(mentee, mentor)).isEqualTo(750);
        assertThat(new Scorer(new int[] { 1, 1, 0, 0, 0, 0, 0 }, false, 800).score(mentee, mentor)).isEqualTo(Scorer.INELIGIBLE);
    }

    private static void assertRulesHold(Round r, Scorer scorer, Matcher.Result result) {
        Set<Long> mentees = new HashSet<>();
        Map<Long, Integer> taken = new HashMap<>();
        Map<Long, Profile> menteesById = new HashMap<>();
        Map<Long, Profile> mentorsById = new HashMap<>();
        r.mentees.forEach(p -> menteesById.put(p.id(), p));
        r.mentors.forEach(p -> mentorsById.put(p.id(), p));
        for (Matcher.Pair pair : result.pairs()) {
            assertThat(mentees.add(pair.menteeId())).as("a mentee matched twice").isTrue();
            taken.merge(pair.mentorId(), 1, Integer::sum);
            assertThat(r.excluded.getOrDefault(pair.menteeId(), Set.of())).doesNotContain(pair.mentorId());
            int score = scorer.score(menteesById.get(pair.menteeId()), mentorsById.get(pair.mentorId()));
            assertThat(score).isNotNegative().isEqualTo(pair.score());
        }
        taken.forEach((mentor, count) -> assertThat(count).isLessThanOrEqualTo(mentorsById.get(mentor).capacity()));
    }

    /** Every way to give each mentee a mentor or nobody: {best total, most matched, best total among the most matched}. */
    private static long[] bruteForce(Round r, Scorer scorer) {
        long[] best = { 0, 0, 0 };
        int n = r.mentees.size();
        int m = r.mentors.size();
        int[] choice = new int[n];
        int combinations = (int) Math.pow(m + 1, n);
        for (int c = 0; c < combinations; c++) {
            int rest = c;
            for (int i = 0; i < n; i++) {
                choice[i] = rest % (m + 1) - 1;
                rest /= m + 1;
            }
            int[] used = new int[m];
            long total = 0;
            int matched = 0;
            boolean possible = true;
            for (int i = 0; i < n && possible; i++) {
                if (choice[i] < 0) {
                    continue;
                }
                Profile mentee = r.mentees.get(i);
                Profile mentor = r.mentors.get(choice[i]);
                int score = r.excluded.getOrDefault(mentee.id(), Set.of()).contains(mentor.id()) ? -1 : scorer.score(mentee, mentor);
                used[choice[i]]++;
                possible = score >= 0 && used[choice[i]] <= mentor.capacity();
                total += score;
                matched++;
            }
            if (possible) {
                best[0] = Math.max(best[0], total);
                if (matched > best[1] || (matched == best[1] && total > best[2])) {
                    best[1] = matched;
                    best[2] = total;
                }
            }
        }
        return best;
    }

    record Round(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded) {

        static Round random(Random random, int menteeCount, int mentorCount) {
            List<Profile> mentees = new ArrayList<>();
            List<Profile> mentors = new ArrayList<>();
            for (int i = 0; i < menteeCount; i++) {
                mentees.add(profile(random, i + 1, 0));
            }
            for (int j = 0; j < mentorCount; j++) {
                mentors.add(profile(random, 10_000 + j, 1 + random.nextInt(3)));
            }
            Map<Long, Set<Long>> excluded = new HashMap<>();
            for (Profile mentee : mentees) {
                for (Profile mentor : mentors) {
                    if (random.nextInt(20) == 0) {
                        excluded.computeIfAbsent(mentee.id(), id -> new HashSet<>()).add(mentor.id());
                    }
                }
            }
            return new Round(mentees, mentors, excluded);
        }

        private static Profile profile(Random random, long id, int capacity) {
            int formats = 1 + random.nextInt(3);
            return new Profile(id, "org " + random.nextInt(6), random.nextInt(1 << 8), random.nextInt(1 << 5), random.nextInt(4), formats,
                    1 + random.nextInt(15), random.nextInt(1 << 8), random.nextInt(15), random.nextInt(4) == 0, random.nextInt(5) == 0,
                    capacity);
        }
    }
}
