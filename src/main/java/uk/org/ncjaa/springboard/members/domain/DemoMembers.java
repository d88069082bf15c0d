package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Fictional members for the demonstration site, so that the network's counts, consents and
 * equality totals have something to show. Every name is made up; addresses are at example.org.
 */
@Component
@Order(20)
class DemoMembers implements ApplicationRunner {

    static final int COUNT = 60;

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

    private static final String[] GIVEN = { "Imogen", "Tobias", "Priya", "Marisol", "Oduya", "Esme", "Kwabena", "Rhiannon", "Harriet",
        "Dev", "Lorna", "Ibrahim", "Siobhan", "Callum", "Aisha", "Gareth", "Niamh", "Tomasz", "Farah", "Owain" };
    private static final String[] FAMILY = { "Threlkeld", "Quennell", "Ellingham", "Penhaligon", "Brackett", "Ashdown", "Callow",
        "Marchetti", "Quayle", "Drummond", "Okonkwo", "Pryce", "Lindqvist", "Harrowby", "Trevelyan", "Szabo" };
    private static final String[] ROLES = { "Artist", "Drama facilitator", "Music leader", "Creative writing tutor",
        "Prison education manager", "Probation officer", "Researcher", "Arts programme manager", "Peer mentor", "Dance artist" };
    /** What each of those job titles would tick under "What you do", in the same order. */
    private static final String[] ROLE_SLUGS = { "artist-or-facilitator", "artist-or-facilitator", "artist-or-facilitator",
        "artist-or-facilitator", "prison-or-secure-setting", "probation-or-community-justice", "researcher", "arts-organisation",
        "volunteer", "artist-or-facilitator" };
    private static final String[] ORGANISATIONS = { "Larkhill Music Collective", "Kestrel Theatre Company", "Ashgrove Arts Trust",
        "Calderbrook University", "Saltmarsh Photography Project", "", "" };
    private static final String[] HEARD = { "colleague", "event", "newsletter", "social-media", "search", "prison-or-probation" };

    private final SpringboardProperties properties;
    private final AccountsApi accounts;
    private final MemberRepository members;
    private final ConsentRecordRepository consents;
    private final EqualityResponseRepository equality;
    private final TaxonomyApi taxonomy;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoMembers(SpringboardProperties properties, AccountsApi accounts, MemberRepository members, ConsentRecordRepository consents,
            EqualityResponseRepository equality, TaxonomyApi taxonomy, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.members = members;
        this.consents = consents;
        this.equality = equality;
        this.taxonomy = taxonomy;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoContent()) {
            return;
        }
        Random random = new Random(11);
        List<ConceptView> regions = taxonomy.concepts(Vocabulary.REGION);
        List<ConceptView> artForms = taxonomy.concepts(Vocabulary.ART_FORM);
        List<ConceptView> settings = taxonomy.concepts(Vocabulary.SETTING);
        int created = 0;
        for (int i = 1; i <= COUNT; i++) {
            String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
            String email = String.format("demo-member-%02d@example.org", i);
            int n = i;
            Random own = new Random(random.nextLong());
            Boolean made = transactions.execute(status -> accounts.createDemoMember(email, name).map(accountId -> {
                // joined over the last three years, so the network has a history
                java.time.Instant joined = clock.instant().minus(Duration.ofDays(60 + own.nextInt(3 * 365)));
                Member member = new Member(accountId, name, joined);
                List<Interest> interests = new ArrayList<>();
                int role = own.nextInt(ROLES.length);
                interests.add(new Interest(Vocabulary.ROLE, ROLE_SLUGS[role]));
                interests.add(new Interest(Vocabulary.ART_FORM, artForms.get(own.nextInt(artForms.size())).slug()));
                interests.add(new Interest(Vocabulary.SETTING, settings.get(own.nextInt(settings.size())).slug()));
                member.describe(ROLES[role], ORGANISATIONS[own.nextInt(ORGANISATIONS.length)],
                        regions.isEmpty() ? null : regions.get(own.nextInt(regions.size())).slug(), interests,
                        HEARD[own.nextInt(HEARD.length)]);
                if (n % 9 == 0) {
                    member.leave(joined.plus(Duration.ofDays(30)), "Moved on to other work");
                }
                members.save(member);
                consents.save(new ConsentRecord(member.id(), Consent.PRIVACY_NOTICE, true, ConsentRecord.Source.IMPORT, clock.instant(),
                        null));
                consents.save(new ConsentRecord(member.id(), Consent.NEWSLETTER, own.nextInt(3) > 0, ConsentRecord.Source.IMPORT,
                        clock.instant(), null));
                if (own.nextInt(3) > 0) {
                    consents.save(new ConsentRecord(member.id(), Consent.EQUALITY_MONITORING, true, ConsentRecord.Source.IMPORT,
                            clock.instant(), null));
                    EqualityResponse response = new EqualityResponse(member.id());
                    Map<EqualityQuestion, String> answers = new EnumMap<>(EqualityQuestion.class);
                    for (EqualityQuestion question : EqualityQuestion.values()) {
                        List<String> codes = new ArrayList<>(question.answers().keySet());
                        answers.put(question, codes.get(own.nextInt(codes.size())));
                    }
                    response.answer(answers, clock.instant());
                    equality.save(response);
                }
                return true;
            }).orElse(false));
            if (Boolean.TRUE.equals(made)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} fictional demo members", created);
        }
    }
}
