package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.mentoring.matching.Objective;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * A demo round open for applications, with made-up mentors and mentees (addresses at example.org)
 * already accepted and pairs proposed, so staff can try the matching screens at once. Loaded once.
 */
@Service
public class DemoMentoring {

    private static final String ROUND = "Professional mentoring: spring 2027";
    private static final String PAST = "Professional mentoring: the first round";
    private static final String BY = "Demo content";

    private static final String[] MENTORS = { "Adaeze Okafor", "Bill Hartley", "Carys Pryce", "Dev Mistry", "Elin Rowlands", "Frank Osei" };
    private static final String[] MENTEES = { "Gemma Lowe", "Hamza Iqbal", "Iris Chen", "Jack Doyle", "Kezia Mensah", "Liam Walsh",
        "Maya Brooks", "Nadia Rahman", "Owen Price", "Priya Sharma" };

    private final Rounds rounds;
    private final Applications applications;
    private final Matching matching;
    private final RoundRepository roundRepository;
    private final AccountsApi accounts;
    private final TaxonomyApi taxonomy;
    private final Relationships relationships;
    private final JdbcTemplate jdbc;

    DemoMentoring(Rounds rounds, Applications applications, Matching matching, RoundRepository roundRepository, AccountsApi accounts,
            TaxonomyApi taxonomy, Relationships relationships, JdbcTemplate jdbc) {
        this.relationships = relationships;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.applications = applications;
        this.matching = matching;
        this.roundRepository = roundRepository;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
    }

    @Transactional
    public void load() {
        if (roundRepository.findAll().stream().anyMatch(r -> r.name().equals(ROUND))) {
            return;
        }
        java.time.LocalDate today = rounds.today();
        Round round = rounds.create(new Round.Settings(ROUND, """
                Six months of monthly conversations with an experienced practitioner, for artists and arts workers new to working \
                in prisons, probation and youth justice, and for justice staff starting to bring the arts into their work.""",
                today.minusDays(14), today.plusDays(30), today.plusDays(45), 6,
                List.of("What would make this mentoring a success for you?", "Is there anything we should know to make it accessible for you?"),
                Round.DEFAULT_WEIGHTS, Objective.TOTAL_SCORE, false, 200, 30, true, 3, 12));
        rounds.open(round.id());
        for (int i = 0; i < MENTORS.length; i++) {
            Optional<Long> account = account("demo-mentor", i, MENTORS[i]);
            if (account.isEmpty()) {
                continue;
            }
            Application application = applications.save(round.id(), account.get(), Role.MENTOR, mentor(i), true);
            applications.decide(application.id(), Application.Status.ACCEPTED, "Welcome to the scheme.", BY);
        }
        for (int i = 0; i < MENTEES.length; i++) {
            Optional<Long> account = account("demo-mentee", i, MENTEES[i]);
            if (account.isEmpty()) {
                continue;
            }
            Application application = applications.save(round.id(), account.get(), Role.MENTEE, mentee(i), true);
            applications.decide(application.id(), i == 9 ? Application.Status.WAITLISTED : Application.Status.ACCEPTED,
                    i == 9 ? "We have more mentees than mentors this round; you are first on the list." : "Welcome to the scheme.", BY);
        }
        matching.run(round.id());
    }

    private Application.Details mentor(int i) {
        return new Application.Details("Demo Arts Company " + (char) ('A' + i), "Artistic director", pick(slugs(Vocabulary.ART_FORM), i, 3),
                pick(slugs(Vocabulary.SETTING), i, 2), at(slugs(Vocabulary.REGION), i),
                i % 3 == 0 ? List.of("IN_PERSON") : List.of("IN_PERSON", "ONLINE"), pick(new ArrayList<>(Vocabularies.TIMES.keySet()), i, 2),
                pick(new ArrayList<>(Vocabularies.TOPICS.keySet()), i, 4), 8 + i * 3,
                "I have run arts projects in prisons and the community for years, and I would like to help people starting out.",
                false, i % 2 == 0, i % 2 == 0, "", 1 + i % 3, List.of("Someone I can help grow in confidence.", ""));
    }

    private Application.Details mentee(int i) {
        return new Application.Details(i % 4 == 0 ? "" : "Demo Arts Company " + (char) ('A' + i % 6), "Artist",
                pick(slugs(Vocabulary.ART_FORM), i + 1, 2), pick(slugs(Vocabulary.SETTING), i + 1, 1), at(slugs(Vocabulary.REGION), i + 2),
                i % 4 == 1 ? List.of("ONLINE") : List.of("IN_PERSON", "ONLINE"), pick(new ArrayList<>(Vocabularies.TIMES.keySet()), i + 1, 2),
                pick(new ArrayList<>(Vocabularies.TOPICS.keySet()), i + 2, 2), i % 3,
                "I am starting to run workshops in a prison and want advice on working safely and on finding funding.",
                i % 5 == 0, false, false, "", 1, List.of("Feeling ready to lead a project on my own.", ""));
    }

    /**
     * A round that ran most of a year ago with the same demo people, so the dashboards have applications,
     * matches and outcomes to show: run through the same steps as a real round (apply, decide, match,
     * publish, answer, close), then its dates moved back. Not one transaction, as answering an offer
     * takes its own. Loaded once.
     */
    public void history() {
        if (roundRepository.findAll().stream().anyMatch(r -> r.name().equals(PAST))) {
            return;
        }
        List<java.util.Map<String, Object>> people = jdbc.queryForList("select a.account_id, a.role from mentoring_application a"
                + " join mentoring_round r on r.id = a.round_id where r.name = ? and a.status <> 'DRAFT' order by a.id", ROUND);
        if (people.isEmpty()) {
            return;
        }
        java.time.LocalDate today = rounds.today();
        Round round = rounds.create(new Round.Settings(PAST, "Six months of monthly conversations with an experienced practitioner.",
                today, today.plusDays(1), today.plusDays(2), 6, List.of("What would make this mentoring a success for you?"),
                Round.DEFAULT_WEIGHTS, Objective.TOTAL_SCORE, false, 100, 30, true, 3, null));
        rounds.open(round.id());
        java.util.Map<Long, Long> accountOf = new java.util.HashMap<>();
        int mentors = 0;
        int mentees = 0;
        for (java.util.Map<String, Object> person : people) {
            long account = ((Number) person.get("account_id")).longValue();
            boolean mentor = Role.MENTOR.name().equals(person.get("role"));
            Application application = applications.save(round.id(), account, mentor ? Role.MENTOR : Role.MENTEE,
                    mentor ? mentor(mentors++) : mentee(mentees++), true);
            boolean declined = !mentor && mentees == 8;
            applications.decide(application.id(), declined ? Application.Status.DECLINED : Application.Status.ACCEPTED,
                    declined ? "We had more mentees than mentors this round." : "Welcome to the scheme.", BY);
            accountOf.put(application.id(), account);
        }
        matching.run(round.id());
        matching.publish(round.id());
        // one pair declined (null), and mostly goals met, as the scheme's own reports have it
        Match.Outcome[] outcomes = { Match.Outcome.GOALS_MET, Match.Outcome.GOALS_MET, null, Match.Outcome.GOALS_MET,
            Match.Outcome.PARTLY_MET, Match.Outcome.GOALS_MET, Match.Outcome.GOALS_MET, Match.Outcome.ENDED_EARLY, Match.Outcome.PARTLY_MET };
        List<Match> pairs = matching.inRound(round.id());
        for (int j = 0; j < pairs.size(); j++) {
            Match pair = pairs.get(j);
            if (pair.status() != Match.Status.OFFERED) {
                continue;
            }
            Match.Outcome outcome = outcomes[j % outcomes.length];
            relationships.answer(pair.id(), accountOf.get(pair.menteeId()), outcome != null);
            if (outcome != null) {
                relationships.answer(pair.id(), accountOf.get(pair.mentorId()), true);
                relationships.close(pair.id(), accountOf.get(pair.menteeId()), outcome, "");
            }
        }
        rounds.close(round.id());
        // the round's dates, then each step's time, moved back: early enough for the relationships to have ended,
        // late enough for the last twelve months' dashboard to show it all
        java.time.LocalDate opened = today.minusMonths(11).withDayOfMonth(3);
        jdbc.update("update mentoring_round set opens_on = ?, closes_on = ?, starts_on = ?, created_at = ?, updated_at = ?"
                + " where id = ?", opened, opened.plusDays(28), opened.plusDays(42), moment(opened.minusDays(7), 10),
                moment(opened.plusDays(42), 10), round.id());
        jdbc.update("update mentoring_application set created_at = cast(? as timestamp) + (id % 27) * interval '1 day',"
                + " submitted_at = cast(? as timestamp) + (id % 27) * interval '1 day' + interval '2 hours',"
                + " updated_at = cast(? as timestamp) + (id % 27) * interval '1 day' + interval '2 hours', decided_at = ?"
                + " where round_id = ?", moment(opened, 9), moment(opened, 9), moment(opened, 9), moment(opened.plusDays(30), 15),
                round.id());
        jdbc.update("update mentoring_match set created_at = ?,"
                + " offered_at = case when offered_at is null then null else cast(? as timestamp) end,"
                + " started_at = case when started_at is null then null else cast(? as timestamp) + (id % 9) * interval '1 day' end,"
                + " ended_at = case when ended_at is null then null"
                + " when outcome = 'ENDED_EARLY' then cast(? as timestamp) + interval '2 months'"
                + " else cast(? as timestamp) + interval '6 months' + (id % 21) * interval '1 day' end where round_id = ?",
                moment(opened.plusDays(33), 11), moment(opened.plusDays(35), 11), moment(opened.plusDays(37), 18),
                moment(opened.plusDays(42), 18), moment(opened.plusDays(42), 18), round.id());
    }

    private static java.sql.Timestamp moment(java.time.LocalDate day, int hour) {
        return java.sql.Timestamp.valueOf(day.atTime(hour, 0));
    }

    private Optional<Long> account(String prefix, int i, String name) {
        return accounts.createDemoMember(String.format("%s-%02d@example.org", prefix, i + 1), name);
    }

    private List<String> slugs(Vocabulary vocabulary) {
        return taxonomy.concepts(vocabulary).stream().map(ConceptView::slug).toList();
    }

    private static List<String> pick(List<String> values, int start, int count) {
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < count && !values.isEmpty(); k++) {
            String value = values.get((start * 2 + k) % values.size());
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    private static String at(List<String> values, int i) {
        return values.isEmpty() ? null : values.get(i % Math.min(4, values.size()));
    }
}
