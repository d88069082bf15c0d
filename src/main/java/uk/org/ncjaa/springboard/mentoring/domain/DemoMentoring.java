package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    DemoMentoring(Rounds rounds, Applications applications, Matching matching, RoundRepository roundRepository, AccountsApi accounts,
            TaxonomyApi taxonomy) {
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
        List<String> artForms = slugs(Vocabulary.ART_FORM);
        List<String> settings = slugs(Vocabulary.SETTING);
        List<String> regions = slugs(Vocabulary.REGION);
        List<String> topics = new ArrayList<>(Vocabularies.TOPICS.keySet());
        List<String> times = new ArrayList<>(Vocabularies.TIMES.keySet());
        for (int i = 0; i < MENTORS.length; i++) {
            Optional<Long> account = account("demo-mentor", i, MENTORS[i]);
            if (account.isEmpty()) {
                continue;
            }
            Application.Details details = new Application.Details("Demo Arts Company " + (char) ('A' + i), "Artistic director",
                    pick(artForms, i, 3), pick(settings, i, 2), at(regions, i), i % 3 == 0 ? List.of("IN_PERSON") : List.of("IN_PERSON", "ONLINE"),
                    pick(times, i, 2), pick(topics, i, 4), 8 + i * 3,
                    "I have run arts projects in prisons and the community for years, and I would like to help people starting out.",
                    false, i % 2 == 0, i % 2 == 0, "", 1 + i % 3, List.of("Someone I can help grow in confidence.", ""));
            Application application = applications.save(round.id(), account.get(), Role.MENTOR, details, true);
            applications.decide(application.id(), Application.Status.ACCEPTED, "Welcome to the scheme.", BY);
        }
        for (int i = 0; i < MENTEES.length; i++) {
            Optional<Long> account = account("demo-mentee", i, MENTEES[i]);
            if (account.isEmpty()) {
                continue;
            }
            Application.Details details = new Application.Details(i % 4 == 0 ? "" : "Demo Arts Company " + (char) ('A' + i % 6), "Artist",
                    pick(artForms, i + 1, 2), pick(settings, i + 1, 1), at(regions, i + 2), i % 4 == 1 ? List.of("ONLINE") : List.of("IN_PERSON", "ONLINE"),
                    pick(times, i + 1, 2), pick(topics, i + 2, 2), i % 3,
                    "I am starting to run workshops in a prison and want advice on working safely and on finding funding.",
                    i % 5 == 0, false, false, "", 1, List.of("Feeling ready to lead a project on my own.", ""));
            Application application = applications.save(round.id(), account.get(), Role.MENTEE, details, true);
            applications.decide(application.id(), i == 9 ? Application.Status.WAITLISTED : Application.Status.ACCEPTED,
                    i == 9 ? "We have more mentees than mentors this round; you are first on the list." : "Welcome to the scheme.", BY);
        }
        matching.run(round.id());
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
