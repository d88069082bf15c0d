package uk.org.ncjaa.springboard.mentoring.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The whole round's assignment: the set of pairs, within every hard rule and each mentor's places,
 * with the largest total score (or the most pairs, then the largest total score).
 * <p>
 * It is a minimum-cost flow (source → mentee → mentor → sink, with a bypass arc for anyone left
 * unmatched), solved by JGraphT. Two thousand mentees against two thousand mentors is four million
 * pairs, too many arcs to solve at once, so the flow is solved on each person's strongest
 * candidates and then <em>priced</em>: the dual solution gives every left-out pair a reduced cost,
 * and a pair with a negative one could improve the answer, so it is added and the flow solved
 * again. When no left-out pair has a negative reduced cost, the answer is optimal for all pairs,
 * not only for the candidates.
 */
public final class Matcher {

    /** Candidates kept at first for each mentee, and for each mentor place. */
    static final int CANDIDATES = 12;

    private static final double EPSILON = 1e-6;

    public record Pair(long menteeId, long mentorId, int score) {
    }

    public record Result(List<Pair> pairs, long totalScore, long eligiblePairs, int arcs, int solves, long millis) {

        public int matched() {
            return pairs.size();
        }
    }

    private final Scorer scorer;
    private final Objective objective;

    public Matcher(Scorer scorer, Objective objective) {
        this.scorer = scorer;
        this.objective = objective;
    }

    /**
     * @param excluded for a mentee's id, the ids of mentors they must not be matched with
     */
    public Result assign(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded) {
        return assign(mentees, mentors, excluded, false);
    }

    /** With {@code everyPair}, the flow starts from all eligible pairs: slower, and only for checking the pricing. */
    Result assign(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded, boolean everyPair) {
        long started = System.nanoTime();
        return assign(mentees, mentors, scores(mentees, mentors, excluded), everyPair, started);
    }

    /** The optimal assignment and the greedy one beside it, scoring every pair once for both. */
    public Comparison compare(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded) {
        long started = System.nanoTime();
        short[] scores = scores(mentees, mentors, excluded);
        Result optimal = assign(mentees, mentors, scores, false, started);
        return new Comparison(optimal, greedy(mentees, mentors, scores, System.nanoTime()));
    }

    public record Comparison(Result optimal, Result greedy) {
    }

    private Result assign(List<Profile> mentees, List<Profile> mentors, short[] scores, boolean everyPair, long started) {
        int n = mentees.size();
        int m = mentors.size();
        long eligible = 0;
        for (short score : scores) {
            if (score >= 0) {
                eligible++;
            }
        }
        boolean[] candidate = everyPair ? eligibleOnly(scores) : candidates(scores, n, m, mentors);
        int solves = 0;
        while (true) {
            solves++;
            Flow flow = solve(scores, candidate, n, m, mentors);
            int added = price(flow, scores, candidate, n, m);
            if (added == 0) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                return result(flow, mentees, mentors, eligible, solves, millis);
            }
        }
    }

    /**
     * The simple alternative the optimal answer is compared with: the best-scoring pair first,
     * then the next that still fits, and so on.
     */
    public Result greedy(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded) {
        long started = System.nanoTime();
        return greedy(mentees, mentors, scores(mentees, mentors, excluded), started);
    }

    private static Result greedy(List<Profile> mentees, List<Profile> mentors, short[] scores, long started) {
        int n = mentees.size();
        int m = mentors.size();
        // each eligible pair as one long, the score above its index, so that one primitive sort orders them best first
        long[] keyed = new long[scores.length];
        int eligible = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= 0) {
                keyed[eligible++] = ((long) (1000 - scores[i]) << 32) | i;
            }
        }
        long[] order = Arrays.copyOf(keyed, eligible);
        Arrays.sort(order);
        boolean[] menteeTaken = new boolean[n];
        int[] placesLeft = new int[m];
        for (int j = 0; j < m; j++) {
            placesLeft[j] = mentors.get(j).capacity();
        }
        List<Pair> pairs = new ArrayList<>();
        long total = 0;
        for (long key : order) {
            int pair = (int) key;
            int i = pair / m;
            int j = pair % m;
            if (!menteeTaken[i] && placesLeft[j] > 0) {
                menteeTaken[i] = true;
                placesLeft[j]--;
                pairs.add(new Pair(mentees.get(i).id(), mentors.get(j).id(), scores[pair]));
                total += scores[pair];
            }
        }
        return new Result(pairs, total, eligible, 0, 0, (System.nanoTime() - started) / 1_000_000);
    }

    private short[] scores(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded) {
        int n = mentees.size();
        int m = mentors.size();
        short[] scores = new short[n * m];
        for (int i = 0; i < n; i++) {
            Profile mentee = mentees.get(i);
            Set<Long> barred = excluded.getOrDefault(mentee.id(), Set.of());
            for (int j = 0; j < m; j++) {
                Profile mentor = mentors.get(j);
                int score = mentor.capacity() <= 0 || barred.contains(mentor.id()) ? Scorer.INELIGIBLE : scorer.score(mentee, mentor);
                scores[i * m + j] = (short) score;
            }
        }
        return scores;
    }

    private static boolean[] eligibleOnly(short[] scores) {
        boolean[] candidate = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            candidate[i] = scores[i] >= 0;
        }
        return candidate;
    }

    /** Each mentee's strongest mentors and each mentor's strongest mentees, by a score threshold found from counts. */
    private static boolean[] candidates(short[] scores, int n, int m, List<Profile> mentors) {
        boolean[] candidate = new boolean[n * m];
        int[] counts = new int[1002];
        for (int i = 0; i < n; i++) {
            Arrays.fill(counts, 0);
            for (int j = 0; j < m; j++) {
                counts[scores[i * m + j] + 1]++;
            }
            int threshold = threshold(counts, CANDIDATES);
            for (int j = 0; j < m; j++) {
                int score = scores[i * m + j];
                candidate[i * m + j] = score >= 0 && score >= threshold;
            }
        }
        for (int j = 0; j < m; j++) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[scores[i * m + j] + 1]++;
            }
            int threshold = threshold(counts, CANDIDATES * Math.max(1, mentors.get(j).capacity()));
            for (int i = 0; i < n; i++) {
                int score = scores[i * m + j];
                if (score >= 0 && score >= threshold) {
                    candidate[i * m + j] = true;
                }
            }
        }
        return candidate;
    }

    /** The lowest score that keeps at least {@code wanted} eligible pairs, counting down from the top. */
    private static int threshold(int[] counts, int wanted) {
        int kept = 0;
        for (int score = 1000; score >= 0; score--) {
            kept += counts[score + 1];
            if (kept >= wanted) {
                return score;
            }
        }
        return 0;
    }

    private final class Flow {

        final Graph<Integer, Arc> graph = new SimpleDirectedWeightedGraph<>(null, null);
        final int n;
        final int m;
        Map<Arc, Double> flows;
        Map<Integer, Double> potentials;
        final double unmatchedCost;

        Flow(int n, int m) {
            this.n = n;
            this.m = m;
            this.unmatchedCost = objective == Objective.MOST_MATCHED ? 1001.0 * (n + 1) : 1001.0;
        }

        int source() {
            return n + m;
        }

        int sink() {
            return n + m + 1;
        }

        double cost(int score) {
            return 1001 - score;
        }
    }

    private record Arc(int from, int to, int capacity, double cost) {
    }

    private Flow solve(short[] scores, boolean[] candidate, int n, int m, List<Profile> mentors) {
        Flow flow = new Flow(n, m);
        Graph<Integer, Arc> graph = flow.graph;
        for (int v = 0; v < n + m + 2; v++) {
            graph.addVertex(v);
        }
        int source = flow.source();
        int sink = flow.sink();
        add(graph, new Arc(source, sink, Math.max(n, 1), flow.unmatchedCost));
        for (int i = 0; i < n; i++) {
            add(graph, new Arc(source, i, 1, 0));
            for (int j = 0; j < m; j++) {
                if (candidate[i * m + j]) {
                    add(graph, new Arc(i, n + j, 1, flow.cost(scores[i * m + j])));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            add(graph, new Arc(n + j, sink, Math.max(0, mentors.get(j).capacity()), 0));
        }
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                v -> v == source ? n : v == sink ? -n : 0, Arc::capacity, arc -> 0, Arc::cost);
        CapacityScalingMinimumCostFlow<Integer, Arc> algorithm = new CapacityScalingMinimumCostFlow<>();
        flow.flows = algorithm.getMinimumCostFlow(problem).getFlowMap();
        flow.potentials = algorithm.getDualSolution();
        return flow;
    }

    /** JGraphT's solver reads an arc's cost from the graph's edge weight. */
    private static void add(Graph<Integer, Arc> graph, Arc arc) {
        graph.addEdge(arc.from(), arc.to(), arc);
        graph.setEdgeWeight(arc, arc.cost());
    }

    /**
     * Adds every left-out eligible pair whose reduced cost, cost + potential(mentor) −
     * potential(mentee), is negative; returns how many.
     */
    private static int price(Flow flow, short[] scores, boolean[] candidate, int n, int m) {
        double[] mentee = new double[n];
        double[] mentor = new double[m];
        for (int i = 0; i < n; i++) {
            mentee[i] = flow.potentials.get(i);
        }
        for (int j = 0; j < m; j++) {
            mentor[j] = flow.potentials.get(n + j);
        }
        int added = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int pair = i * m + j;
                if (!candidate[pair] && scores[pair] >= 0 && flow.cost(scores[pair]) + mentor[j] - mentee[i] < -EPSILON) {
                    candidate[pair] = true;
                    added++;
                }
            }
        }
        return added;
    }

    private static Result result(Flow flow, List<Profile> mentees, List<Profile> mentors, long eligible, int solves, long millis) {
        List<Pair> pairs = new ArrayList<>();
        long total = 0;
        int arcs = 0;
        for (Arc arc : flow.graph.edgeSet()) {
            boolean pairArc = arc.from() < flow.n && arc.to() >= flow.n && arc.to() < flow.n + flow.m;
            if (pairArc) {
                arcs++;
                if (flow.flows.getOrDefault(arc, 0.0) > 0.5) {
                    int score = (int) Math.round(1001 - arc.cost());
                    pairs.add(new Pair(mentees.get(arc.from()).id(), mentors.get(arc.to() - flow.n).id(), score));
                    total += score;
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::menteeId));
        return new Result(pairs, total, eligible, arcs, solves, millis);
    }
}
