package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.mentoring.matching.Matcher;
import uk.org.ncjaa.springboard.mentoring.matching.Profile;
import uk.org.ncjaa.springboard.mentoring.matching.Scorer;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * A round's matching: the matcher proposes, staff review and change the proposals (each change
 * kept with its reason), and publishing offers each pair to both people. An offer holds one of the
 * mentor's places; the database refuses a second live match for a mentee or a place, so two staff
 * publishing at once, or a swap racing an offer, can never go past a limit.
 */
@Service
@Transactional
public class Matching {

    private static final EnumSet<Match.Status> LIVE = statuses(Match.Status::live);
    private static final EnumSet<Match.Status> HELD = statuses(Match.Status::held);

    private final Rounds rounds;
    private final ApplicationRepository applications;
    private final MatchRepository matches;
    private final JdbcTemplate jdbc;
    private final MentoringNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    Matching(Rounds rounds, ApplicationRepository applications, MatchRepository matches, JdbcTemplate jdbc, MentoringNotices notices,
            PlatformTransactionManager transactionManager, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.rounds = rounds;
        this.applications = applications;
        this.matches = matches;
        this.jdbc = jdbc;
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What a run of the matcher did, with the greedy alternative's figures beside it. */
    // shown on the next page, so kept in the session meanwhile: several nodes keep sessions serialised
    public record Run(int proposed, int menteesLeft, int placesLeft, long totalScore, long greedyScore, int greedyMatched, long millis,
            int solves) implements java.io.Serializable {
    }

    /**
     * Proposes pairs for every accepted mentee not yet in a live match, replacing earlier proposals.
     */
    public Run run(long roundId) {
        Round round = rounds.get(roundId);
        jdbc.update("delete from mentoring_match where round_id = ? and status = 'PROPOSED'", roundId);
        Pool pool = pool(round);
        Matcher.Comparison comparison = new Matcher(round.scorer(), round.objective()).compare(pool.mentees, pool.mentors, pool.excluded);
        Matcher.Result result = comparison.optimal();
        Matcher.Result greedy = comparison.greedy();
        Map<Long, Profile> byId = new HashMap<>();
        pool.mentees.forEach(p -> byId.put(p.id(), p));
        pool.mentors.forEach(p -> byId.put(p.id(), p));
        Scorer scorer = round.scorer();
        Integer[] weights = java.util.Arrays.stream(round.weights()).boxed().toArray(Integer[]::new);
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        // one batch of plain inserts: thousands of proposals would be thousands of round trips through JPA
        List<Matcher.Pair> pairs = result.pairs();
        jdbc.batchUpdate("insert into mentoring_match (round_id, mentee_id, mentor_id, status, origin, score, parts, weights, created_at)"
                + " values (?, ?, ?, 'PROPOSED', 'MATCHER', ?, ?, ?, ?)", new org.springframework.jdbc.core.BatchPreparedStatementSetter() {

            @Override
            public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                Matcher.Pair pair = pairs.get(i);
                Integer[] parts = java.util.Arrays.stream(scorer.parts(byId.get(pair.menteeId()), byId.get(pair.mentorId()))).boxed()
                    .toArray(Integer[]::new);
                ps.setLong(1, roundId);
                ps.setLong(2, pair.menteeId());
                ps.setLong(3, pair.mentorId());
                ps.setInt(4, pair.score());
                ps.setArray(5, ps.getConnection().createArrayOf("integer", parts));
                ps.setArray(6, ps.getConnection().createArrayOf("integer", weights));
                ps.setTimestamp(7, now);
            }

            @Override
            public int getBatchSize() {
                return pairs.size();
            }
        });
        int places = pool.mentors.stream().mapToInt(Profile::capacity).sum();
        return new Run(pairs.size(), pool.mentees.size() - pairs.size(), places - pairs.size(), result.totalScore(),
                greedy.totalScore(), greedy.matched(), result.millis(), result.solves());
    }

    @Transactional(readOnly = true)
    public List<Match> inRound(long roundId) {
        return matches.findByRoundIdOrderById(roundId);
    }

    @Transactional(readOnly = true)
    public Match get(long id) {
        return matches.findById(id).orElseThrow(() -> new NotFoundException("No match " + id));
    }

    /** Why this pair, or why not: each criterion's part, and any rule that keeps them apart. */
    @Transactional(readOnly = true)
    public Explanation explain(long menteeId, long mentorId) {
        Application mentee = applications.findById(menteeId).orElseThrow(() -> new NotFoundException("No application " + menteeId));
        Application mentor = applications.findById(mentorId).orElseThrow(() -> new NotFoundException("No application " + mentorId));
        Round round = rounds.get(mentee.roundId());
        Profiles profiles = new Profiles(List.of(mentee, mentor));
        Profile a = profiles.of(mentee, 0);
        Profile b = profiles.of(mentor, 1);
        Scorer scorer = round.scorer();
        boolean ruledOut = ruledOut(round.id()).getOrDefault(mentee.id(), Set.of()).contains(mentor.id())
                || namedIn(mentee.exclusions(), mentor) || namedIn(mentor.exclusions(), mentee);
        String barrier = ruledOut ? "They are excluded from being matched" : scorer.barrier(a, b);
        int score = scorer.score(a, b);
        if (barrier == null && score == Scorer.INELIGIBLE) {
            barrier = "Their score is below the round's minimum of " + round.minimumScore();
        }
        return new Explanation(barrier == null ? score : Scorer.INELIGIBLE, scorer.parts(a, b), round.weights(), barrier);
    }

    public record Explanation(int score, int[] parts, int[] weights, String barrier) {
    }

    /** Staff take a proposal out, with their reason. */
    public void remove(long matchId, String reason, String by) {
        Match match = get(matchId);
        if (match.status() != Match.Status.PROPOSED) {
            throw new MentoringException("Only a proposal can be taken out; this pair has been published.");
        }
        matches.delete(match);
        log(match.roundId(), "REMOVED", describe(match.menteeId(), match.mentorId()), reason, by);
    }

    /** Staff propose a pair of their own, within every hard rule, with their reason. */
    public Match add(long roundId, long menteeId, long mentorId, String reason, String by) {
        Round round = rounds.get(roundId);
        Application mentee = accepted(roundId, menteeId, Role.MENTEE);
        Application mentor = accepted(roundId, mentorId, Role.MENTOR);
        if (matches.countByMenteeIdAndStatusIn(menteeId, HELD) > 0) {
            throw new MentoringException(mentee.displayName() + " already has a proposed or live match in this round.");
        }
        if (matches.countByMentorIdAndStatusIn(mentorId, HELD) >= round.placesFor(mentor)) {
            throw new MentoringException(mentor.displayName() + " has no places left in this round.");
        }
        Explanation why = explain(menteeId, mentorId);
        if (why.barrier() != null) {
            throw new MentoringException("These two cannot be matched: " + lower(why.barrier()) + ".");
        }
        Match match = matches.save(new Match(roundId, menteeId, mentorId, why.score(), why.parts(), round.weights(), Match.Origin.STAFF,
                clock.instant()));
        log(roundId, "ADDED", describe(menteeId, mentorId), reason, by);
        return match;
    }

    /** Staff give two proposals each other's mentors, with their reason. */
    public void swap(long firstId, long secondId, String reason, String by) {
        Match first = get(firstId);
        Match second = get(secondId);
        if (first.roundId() != second.roundId() || firstId == secondId) {
            throw new MentoringException("Choose two different proposals from the same round.");
        }
        Explanation a = explain(first.menteeId(), second.mentorId());
        Explanation b = explain(second.menteeId(), first.mentorId());
        if (a.barrier() != null || b.barrier() != null) {
            throw new MentoringException("That swap would break a rule: " + lower(a.barrier() != null ? a.barrier() : b.barrier()) + ".");
        }
        long firstMentor = first.mentorId();
        first.changeMentor(second.mentorId(), a.score(), a.parts());
        second.changeMentor(firstMentor, b.score(), b.parts());
        log(first.roundId(), "SWAPPED", describe(first.menteeId(), firstMentor) + " and " + describe(second.menteeId(), second.mentorId())
                + " swapped mentors", reason, by);
    }

    /** Staff rule a pair out, with their reason; a proposal for the pair goes. */
    public void exclude(long menteeId, long mentorId, String reason, String by) {
        Application mentee = get(menteeId, Role.MENTEE);
        get(mentorId, Role.MENTOR);
        jdbc.update("""
                insert into mentoring_exclusion (mentee_id, mentor_id, reason, added_by, added_at) values (?, ?, ?, ?, ?)
                on conflict (mentee_id, mentor_id) do update set reason = excluded.reason""", menteeId, mentorId, reason, by,
                java.sql.Timestamp.from(clock.instant()));
        jdbc.update("delete from mentoring_match where mentee_id = ? and mentor_id = ? and status = 'PROPOSED'", menteeId, mentorId);
        log(mentee.roundId(), "REMOVED", describe(menteeId, mentorId) + " ruled out", reason, by);
    }

    /** How many meetings each published pair has logged, and when the last was: never what was said. */
    @Transactional(readOnly = true)
    public Map<Long, String> meetingCounts(long roundId) {
        Map<Long, String> counts = new HashMap<>();
        jdbc.query("""
                select m.id, count(g.id) as meetings, max(g.held_on) as last from mentoring_match m
                left join mentoring_meeting g on g.match_id = m.id where m.round_id = ? and m.status in ('ACTIVE', 'CLOSED') group by m.id""",
                rs -> {
                    long meetings = rs.getLong("meetings");
                    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
                    counts.put(rs.getLong("id"), meetings == 0 ? messages.getMessage("mentoring.admin.matching.meetings.none", null, locale)
                        : messages.getMessage("mentoring.admin.matching.meetings.count", new Object[] { String.valueOf(meetings),
                            rs.getDate("last").toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale)) },
                            locale));
                }, roundId);
        return counts;
    }

    public record Change(String action, String description, String reason, String madeBy, java.time.Instant madeAt) {
    }

    @Transactional(readOnly = true)
    public List<Change> overrides(long roundId) {
        return jdbc.query("select * from mentoring_override where round_id = ? order by made_at desc, id desc",
                (rs, n) -> new Change(rs.getString("action"), rs.getString("description"), rs.getString("reason"),
                        rs.getString("made_by"), rs.getTimestamp("made_at").toInstant()), roundId);
    }

    public record Published(int offered, List<String> notOffered) {
    }

    /**
     * Offers every proposal in the round to both people. Each offer is its own transaction, so one
     * that meets a full mentor or a mentee matched meanwhile stays a proposal, with the reason.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    public Published publish(long roundId) {
        List<Long> proposed = transactions.execute(status -> matches.findByRoundIdAndStatusOrderById(roundId, Match.Status.PROPOSED)
            .stream().map(Match::id).toList());
        int offered = 0;
        List<String> notOffered = new ArrayList<>();
        for (long id : proposed) {
            try {
                offer(id);
                offered++;
            }
            catch (MentoringException ex) {
                notOffered.add(ex.getMessage());
            }
        }
        return new Published(offered, notOffered);
    }

    /**
     * Offers one proposal: takes the mentor's lowest free place and tells both people. Two offers
     * racing for the last place both try to take it; the unique index lets one through, and the
     * other tries again, finds none, and says so.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    public void offer(long matchId) {
        for (int attempt = 0; attempt < 8; attempt++) {
            try {
                transactions.executeWithoutResult(status -> offerOnce(matchId));
                return;
            }
            catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
                // another offer took the place or the mentee first: look again
            }
        }
        throw new MentoringException("This pair could not be offered just now: try again.");
    }

    private void offerOnce(long matchId) {
        Match match = get(matchId);
        if (match.status() != Match.Status.PROPOSED) {
            throw new MentoringException("This pair has already been published.");
        }
        Application mentee = applications.findById(match.menteeId()).orElseThrow();
        Application mentor = applications.findById(match.mentorId()).orElseThrow();
        if (matches.countByMenteeIdAndStatusIn(mentee.id(), LIVE) > 0) {
            throw new MentoringException(mentee.displayName() + " already has a live match.");
        }
        List<Integer> free = jdbc.queryForList("""
                select p.place from mentoring_place p where p.application_id = ?
                and not exists (select 1 from mentoring_match m where m.mentor_id = p.application_id and m.mentor_place = p.place
                                and m.status in ('OFFERED', 'ACTIVE'))
                order by p.place limit 1""", Integer.class, mentor.id());
        if (free.isEmpty()) {
            throw new MentoringException(mentor.displayName() + " has no places left.");
        }
        match.offer(free.get(0), clock.instant());
        matches.saveAndFlush(match);
        Round round = rounds.get(match.roundId());
        String path = "/mentoring/matches/" + match.id();
        notices.tell(mentee.accountId(), "mentoring.mail.foundMentor", "", path, "mentoring.mail.link.answer", mentor.displayName(), round.name());
        notices.tell(mentor.accountId(), "mentoring.mail.foundMentee", "", path, "mentoring.mail.link.answer", mentee.displayName(), round.name());
    }

    /** Staff withdraw an offer still waiting for answers, freeing both people. */
    public void withdrawOffer(long matchId, String reason, String by) {
        Match match = get(matchId);
        match.lapse(clock.instant());
        log(match.roundId(), "REMOVED", describe(match.menteeId(), match.mentorId()) + " offer withdrawn", reason, by);
    }

    private Application accepted(long roundId, long id, Role role) {
        Application application = get(id, role);
        if (application.roundId() != roundId || application.status() != Application.Status.ACCEPTED) {
            throw new MentoringException(application.displayName() + "'s application is not accepted in this round.");
        }
        return application;
    }

    private Application get(long id, Role role) {
        return applications.findById(id).filter(a -> a.role() == role)
            .orElseThrow(() -> new MentoringException("Choose a " + role.label().toLowerCase() + " from the list."));
    }

    private String describe(long menteeId, long mentorId) {
        String mentee = applications.findById(menteeId).map(Application::displayName).orElse("a mentee");
        String mentor = applications.findById(mentorId).map(Application::displayName).orElse("a mentor");
        return mentee + " with " + mentor;
    }

    private void log(long roundId, String action, String description, String reason, String by) {
        jdbc.update("insert into mentoring_override (round_id, action, description, reason, made_by, made_at) values (?, ?, ?, ?, ?, ?)",
                roundId, action, description, reason, by, java.sql.Timestamp.from(clock.instant()));
    }

    private static EnumSet<Match.Status> statuses(java.util.function.Predicate<Match.Status> which) {
        EnumSet<Match.Status> chosen = EnumSet.noneOf(Match.Status.class);
        for (Match.Status status : Match.Status.values()) {
            if (which.test(status)) {
                chosen.add(status);
            }
        }
        return chosen;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Pairs of the round that may not be proposed, by mentee: those staff ruled out, and those
     * offered once that did not go ahead (declined, or withdrawn by staff). The matcher and the
     * "why not" explanation both ask here, so they never disagree.
     */
    private Map<Long, Set<Long>> ruledOut(long roundId) {
        Map<Long, Set<Long>> ruled = new HashMap<>();
        jdbc.query("""
                select e.mentee_id, e.mentor_id from mentoring_exclusion e join mentoring_application a on a.id = e.mentee_id
                where a.round_id = ?
                union
                select mentee_id, mentor_id from mentoring_match where round_id = ? and status in ('DECLINED', 'LAPSED')""",
                rs -> {
                    ruled.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                }, roundId, roundId);
        return ruled;
    }

    /** Someone named in the other's exclusions, by their name or their organisation's. */
    static boolean namedIn(String exclusions, Application other) {
        if (exclusions == null || exclusions.isBlank()) {
            return false;
        }
        String name = other.displayName().toLowerCase(Locale.ROOT);
        String organisation = other.organisation() == null ? "" : other.organisation().strip().toLowerCase(Locale.ROOT);
        for (String line : exclusions.split("[\\n,;]")) {
            String named = line.strip().toLowerCase(Locale.ROOT);
            if (named.length() >= 3 && (name.contains(named) || named.equals(organisation))) {
                return true;
            }
        }
        return false;
    }

    private record Pool(List<Profile> mentees, List<Profile> mentors, Map<Long, Set<Long>> excluded) {
    }

    private Pool pool(Round round) {
        long roundId = round.id();
        List<Application> accepted = new ArrayList<>(applications.findByRoundIdAndRoleAndStatus(roundId, Role.MENTEE, Application.Status.ACCEPTED));
        List<Application> mentors = applications.findByRoundIdAndRoleAndStatus(roundId, Role.MENTOR, Application.Status.ACCEPTED);
        List<Match> live = matches.inStatus(roundId, LIVE);
        Set<Long> matchedMentees = live.stream().map(Match::menteeId).collect(Collectors.toSet());
        Map<Long, Long> placesTaken = live.stream().collect(Collectors.groupingBy(Match::mentorId, Collectors.counting()));
        accepted.removeIf(a -> matchedMentees.contains(a.id()));
        List<Application> everyone = new ArrayList<>(accepted);
        everyone.addAll(mentors);
        Profiles profiles = new Profiles(everyone);
        List<Profile> menteeProfiles = accepted.stream().map(a -> profiles.of(a, 0)).toList();
        List<Profile> mentorProfiles = mentors.stream()
            .map(a -> profiles.of(a, (int) (round.placesFor(a) - placesTaken.getOrDefault(a.id(), 0L))))
            .filter(p -> p.capacity() > 0).toList();
        Map<Long, Set<Long>> excluded = ruledOut(roundId);
        for (Application mentee : accepted) {
            for (Application mentor : mentors) {
                if (namedIn(mentee.exclusions(), mentor) || namedIn(mentor.exclusions(), mentee)) {
                    excluded.computeIfAbsent(mentee.id(), id -> new HashSet<>()).add(mentor.id());
                }
            }
        }
        return new Pool(menteeProfiles, mentorProfiles, excluded);
    }

    /** Turns applications into bit masks, numbering each list's values in order of first sight. */
    static final class Profiles {

        private final Map<String, Integer> artForms = new LinkedHashMap<>();
        private final Map<String, Integer> settings = new LinkedHashMap<>();
        private final Map<String, Integer> regions = new LinkedHashMap<>();
        private final Map<String, Integer> times = new LinkedHashMap<>();
        private final Map<String, Integer> topics = new LinkedHashMap<>();

        Profiles(Collection<Application> applications) {
            for (Application a : applications) {
                Application.Details d = a.details();
                number(artForms, d.artForms());
                number(settings, d.settings());
                number(regions, d.region() == null ? List.of() : List.of(d.region()));
                number(times, d.availability());
                number(topics, d.topics());
            }
        }

        private static void number(Map<String, Integer> numbers, List<String> values) {
            values.forEach(v -> numbers.putIfAbsent(v, numbers.size()));
        }

        /** More than 64 values in one list share bits, which only ever overstates an overlap a little. */
        private static long mask(Map<String, Integer> numbers, List<String> values) {
            long mask = 0;
            for (String value : values) {
                mask |= 1L << (numbers.get(value) % 64);
            }
            return mask;
        }

        Profile of(Application a, int capacity) {
            Application.Details d = a.details();
            int formats = (d.formats().contains("IN_PERSON") ? Profile.IN_PERSON : 0) | (d.formats().contains("ONLINE") ? Profile.ONLINE : 0);
            Function<String, Integer> region = r -> r == null ? -1 : regions.get(r);
            return new Profile(a.id(), d.organisation(), mask(artForms, d.artForms()), mask(settings, d.settings()), region.apply(d.region()),
                    formats, mask(times, d.availability()), mask(topics, d.topics()), d.yearsInSector(), d.sharesLivedExperience(),
                    d.wantsLivedExperience(), capacity);
        }
    }
}
