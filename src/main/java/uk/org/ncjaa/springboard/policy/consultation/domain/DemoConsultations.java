package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;

/**
 * A consultation open now, answering a made-up government call for evidence, with answers from
 * made-up members (addresses at example.org) and three typed in from paper; and a closed one with
 * its response and "you said, we did" published. Loaded once.
 */
@Service
public class DemoConsultations {

    static final String OPEN_TITLE = "Creative approaches to rehabilitation: call for evidence";
    private static final String CLOSED_TITLE = "Our priorities for 2027: what should the alliance focus on?";

    private static final String[] PEOPLE = { "Aled Morgan", "Bethan Lloyd", "Chidi Nwosu", "Dana Whitfield", "Esme Garland", "Farid Haddad",
        "Grace Ibekwe", "Harriet Moss", "Imran Patel", "Joanna Reyes" };

    private final Consultations consultations;
    private final Answering answering;
    private final ConsultationRepository repository;
    private final AccountsApi accounts;

    DemoConsultations(Consultations consultations, Answering answering, ConsultationRepository repository, AccountsApi accounts) {
        this.consultations = consultations;
        this.answering = answering;
        this.repository = repository;
        this.accounts = accounts;
    }

    @Transactional
    public void load() {
        if (repository.existsByTitle(OPEN_TITLE)) {
            return;
        }
        LocalDate today = consultations.today();
        Consultation open = consultations.create(new Consultation.Settings(OPEN_TITLE,
                "The Ministry of Justice asks for evidence on how creative approaches help rehabilitation. Tell us what you see in "
                        + "your work, and we will put it in the alliance's answer.",
                """
                The (fictional) Ministry of Justice has opened a **call for evidence** on creative approaches to rehabilitation \
                in prisons, probation and youth justice.

                We will answer it for the sector, and we want your experience in it: what works, what gets in the way, and what \
                would help. Your answers shape ours; we will publish what we send and tell you what happened.""",
                "Creative approaches to rehabilitation: call for evidence", "https://www.gov.uk/government/calls-for-evidence/example",
                today.plusMonths(1), Consultation.Audience.ANYONE, true, today.minusDays(10), today.plusDays(21)));
        Question works = consultations.addQuestion(open.id(), Question.Kind.FREE_TEXT, "What difference have you seen creative work make?",
                "An example from your own work helps most.", List.of(), true);
        Question barrier = consultations.addQuestion(open.id(), Question.Kind.SINGLE_CHOICE, "What gets in the way most?", "",
                List.of("Funding", "Access to prisons", "Staff time", "Security rules"), false);
        Question scale = consultations.addQuestion(open.id(), Question.Kind.AGREE_SCALE,
                "Creative work should be part of every sentence plan.", "", List.of(), false);
        Question ranking = consultations.addQuestion(open.id(), Question.Kind.RANKING, "Put these in order of what would help most",
                "1 is the most helpful.", List.of("Longer funding", "Training for prison staff", "Evidence of impact", "Space to work in"), false);
        Question settings = consultations.addQuestion(open.id(), Question.Kind.MULTIPLE_CHOICE, "Where do you work?", "",
                List.of("Prisons", "Probation", "Youth justice", "Community"), false);
        consultations.open(open.id());
        String[] said = { "People who had not spoken in groups for months read their poems aloud.",
            "Music sessions gave men on the wing a reason to get up in the morning.",
            "Drama let young people rehearse difficult conversations before they happened.",
            "Our textile group became the one place women felt trusted.",
            "Families came to the exhibition and saw their sons differently.",
            "Staff told us the wing was calmer on the days we ran workshops.",
            "Creative writing helped people put their story in their own words for parole.",
            "Several people went on to arts courses after release.",
            "Dance gave people a way to manage anger that did not involve words.",
            "It is hard to say: our sessions were cancelled too often to judge." };
        for (int i = 0; i < PEOPLE.length; i++) {
            Optional<Long> account = accounts.createDemoMember(String.format("demo-consultee-%02d@example.org", i + 1), PEOPLE[i]);
            if (account.isEmpty()) {
                continue;
            }
            Map<Long, List<String>> values = new LinkedHashMap<>();
            values.put(works.id(), List.of(said[i]));
            values.put(barrier.id(), List.of(barrier.options().get(i % 4)));
            values.put(scale.id(), List.of(String.valueOf(3 + i % 3)));
            values.put(ranking.id(), i % 2 == 0 ? List.of("1", "2", "3", "4") : List.of("2", "4", "1", "3"));
            values.put(settings.id(), i % 3 == 0 ? List.of("Prisons", "Community") : List.of("Prisons"));
            Answer.QuoteConsent consent = Answer.QuoteConsent.values()[i % 3];
            answering.answer(open.id(), new Answering.Who(account.get(), PEOPLE[i], null), values, consent, true);
        }
        String[] paper = { "paper, HMP Example Hill, via Demo Arts Company A", "paper, HMP Example Hill, via Demo Arts Company A",
            "paper, HMP Imaginary Vale, via Demo Writers in Residence" };
        String[] paperSaid = { "Art class is the only time I feel like me and not a number.",
            "I learnt guitar here. I want to teach my kids when I get out.",
            "Writing letters home got easier after the poetry group." };
        for (int i = 0; i < paper.length; i++) {
            Map<Long, List<String>> values = new LinkedHashMap<>();
            values.put(works.id(), List.of(paperSaid[i]));
            values.put(scale.id(), List.of("5"));
            answering.paper(open.id(), paper[i], "", i < 2 ? "south-west" : "wales", values,
                    i == 1 ? Answer.QuoteConsent.NONE : Answer.QuoteConsent.ANONYMOUS, 0L);
        }

        Consultation closed = consultations.create(new Consultation.Settings(CLOSED_TITLE,
                "We asked members where the alliance should put its effort next year.",
                "The alliance is planning its work for 2027. Tell us what matters most to you.", null, null, null,
                // anyone with an account: the demo accounts' member profiles are made a moment after them
                Consultation.Audience.ANYONE, false, today.minusDays(60), today));
        Question focus = consultations.addQuestion(closed.id(), Question.Kind.SINGLE_CHOICE, "What should we focus on first?", "",
                List.of("Funding advocacy", "Training", "Research", "Networking events"), true);
        Question why = consultations.addQuestion(closed.id(), Question.Kind.FREE_TEXT, "Why?", "", List.of(), false);
        consultations.open(closed.id());
        for (int i = 0; i < PEOPLE.length; i++) {
            Optional<Long> account = accounts.createDemoMember(String.format("demo-priorities-%02d@example.org", i + 1), PEOPLE[i]);
            if (account.isEmpty()) {
                continue;
            }
            Map<Long, List<String>> values = new LinkedHashMap<>();
            values.put(focus.id(), List.of(focus.options().get(i % 3 == 0 ? 1 : 0)));
            values.put(why.id(), List.of("Without steady money, nothing else lasts."));
            answering.answer(closed.id(), new Answering.Who(account.get(), PEOPLE[i], null), values, Answer.QuoteConsent.ANONYMOUS, true);
        }
        Consultation.Settings dates = closed.settings();
        consultations.change(closed.id(), new Consultation.Settings(dates.title(), dates.summary(), dates.introduction(), null, null, null,
                dates.audience(), false, today.minusDays(60), today.minusDays(10)));
        consultations.close(closed.id());
        consultations.writeResponse(closed.id(), """
                Thank you to everyone who answered. Most of you asked us to put **funding advocacy** first, and training second.

                In 2027 we will campaign for longer funding for arts in criminal justice, and run a new training programme for \
                artists starting out in prisons.""", "Demo content");
        consultations.addOutcome(closed.id(), "Most of you said short funding cycles stop good work lasting.",
                "We made longer funding the first ask in our letter to the Ministry of Justice.");
        consultations.addOutcome(closed.id(), "Many of you asked for training for artists new to prisons.",
                "We are starting a training programme in spring 2027.");
        consultations.publishResponse(closed.id());
    }
}
