package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.policy.PolicyItem;
import uk.org.ncjaa.springboard.policy.PolicyItems;
import uk.org.ncjaa.springboard.policy.consultation.ConsultationMother;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the database holds for consultations, and what publishing does, against the real schema. */
@SpringboardTest
class ConsultationDatabaseTests {

    @Autowired
    Consultations consultations;

    @Autowired
    Answering answering;

    @Autowired
    Analysis analysis;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Autowired
    List<PolicyItems> policyItems;

    private static Map<Long, List<String>> text(ConsultationMother.Made made, String words) {
        return Map.of(made.text().id(), List.of(words));
    }

    @Test
    void twoAnswersFromOneAccountAtOnceLeaveOneAndTheOtherIsToldItAlreadyAnswered() throws Exception {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Race", uk.org.ncjaa.springboard.policy.consultation.domain.Consultation.Audience.ANYONE, false);
        TestAccounts.Created member = accounts.create();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> send = () -> {
            start.await();
            try {
                answering.answer(made.id(), new Answering.Who(member.id(), "Racer", null), text(made, "Mine"), Answer.QuoteConsent.NONE, true);
                return "saved";
            }
            catch (ConsultationException ex) {
                return ex.getMessage();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(send));
            results.add(pool.submit(send));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("saved");
            assertThat(outcomes).contains("You have already answered this consultation.");
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from policy_consultation_answer where consultation_id = ? and account_id = ?",
                Long.class, made.id(), member.id())).isEqualTo(1);
        // the key itself, without the service: a second row for the account is refused by the database
        assertThatThrownBy(() -> jdbc.update("""
                insert into policy_consultation_answer (consultation_id, account_id, status, source, quote_consent, quotable, created_at,
                    updated_at) values (?, ?, 'DRAFT', 'ONLINE', 'NONE', false, now(), now())""", made.id(), member.id()))
            .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theDatabaseRefusesAQuoteFromSomeoneWhoDidNotAgreeAndQuestionsOnceAnswered() {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Quotes", Consultation.Audience.ANYONE, false);
        TestAccounts.Created no = accounts.create();
        TestAccounts.Created yes = accounts.create();
        Answer private_ = answering.answer(made.id(), new Answering.Who(no.id(), "Private", null), text(made, "Not for quoting"),
                Answer.QuoteConsent.NONE, true).answer();
        Answer public_ = answering.answer(made.id(), new Answering.Who(yes.id(), "Public Person", null), text(made, "Quote me"),
                Answer.QuoteConsent.NAMED, true).answer();
        long privateReply = jdbc.queryForObject("select id from policy_consultation_reply where answer_id = ?", Long.class, private_.id());
        long publicReply = jdbc.queryForObject("select id from policy_consultation_reply where answer_id = ?", Long.class, public_.id());

        assertThatThrownBy(() -> analysis.quote(made.id(), privateReply, null)).hasMessageContaining("did not agree");
        // below the entity: the database alone refuses the row
        assertThatThrownBy(() -> jdbc.update("""
                insert into policy_consultation_quote (consultation_id, reply_id, answer_id, text, attribution, chosen_at)
                values (?, ?, ?, 'sneaked', 'someone', now())""", made.id(), privateReply, private_.id()))
            .isInstanceOf(DataAccessException.class);
        assertThat(analysis.quote(made.id(), publicReply, null).attribution()).isEqualTo("Public Person");
        assertThat(analysis.quotes(made.id())).hasSize(1);

        // the questions are frozen: the service refuses, and the database refuses even a direct change
        assertThatThrownBy(() -> consultations.addQuestion(made.id(), Question.Kind.FREE_TEXT, "Late", "", List.of(), false))
            .hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> jdbc.update("update policy_consultation_question set text = 'Changed' where id = ?", made.single().id()))
            .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update policy_consultation set status = 'FINISHED' where id = ?", made.id()))
            .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aRankingThatIsNotEveryItemOnceIsNotStored() {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Ranking", Consultation.Audience.ANYONE, false);
        TestAccounts.Created member = accounts.create();
        Answering.Saved saved = answering.answer(made.id(), new Answering.Who(member.id(), "Ranker", null),
                Map.of(made.text().id(), List.of("Words"), made.ranking().id(), List.of("1", "1", "3")), Answer.QuoteConsent.NONE, true);
        assertThat(saved.problems()).containsKey(made.ranking().id());
        assertThat(answering.mine(made.id(), member.id())).isEmpty();
        answering.answer(made.id(), new Answering.Who(member.id(), "Ranker", null),
                Map.of(made.text().id(), List.of("Words"), made.ranking().id(), List.of("3", "1", "2")), Answer.QuoteConsent.NONE, true);
        assertThat(jdbc.queryForObject("select answer_values::text from policy_consultation_reply where question_id = ?", String.class,
                made.ranking().id())).isEqualTo("{Green,Blue,Red}");
    }

    @Test
    void publishingEmailsEachOnlineAnswererOnceAndPaperNobody() {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Publish once", Consultation.Audience.ANYONE, true);
        TestAccounts.Created member = accounts.create();
        String visitor = TestAccounts.uniqueEmail("visitor");
        answering.answer(made.id(), new Answering.Who(member.id(), "Member", null), text(made, "From a member"), Answer.QuoteConsent.NONE, true);
        answering.answer(made.id(), new Answering.Who(null, "Visitor", visitor), text(made, "From a visitor"), Answer.QuoteConsent.NONE, true);
        answering.answer(made.id(), new Answering.Who(null, "", null), text(made, "From nobody we can reach"), Answer.QuoteConsent.NONE, true);
        answering.paper(made.id(), "paper, HMP Example, via Example Arts", "", "london", text(made, "On paper"), Answer.QuoteConsent.NONE, member.id());
        TestAccounts.Created drafter = accounts.create();
        answering.answer(made.id(), new Answering.Who(drafter.id(), "Drafter", null), text(made, "Not sent"), Answer.QuoteConsent.NONE, false);
        consultations.close(made.id());
        consultations.writeResponse(made.id(), "We heard you.", "Test editor");
        assertThat(consultations.publishResponse(made.id())).isEqualTo(2);
        assertThatThrownBy(() -> consultations.publishResponse(made.id())).hasMessageContaining("already published");

        MimeMessage toMember = inbox.awaitOne(member.email(), "Our response: Publish once");
        assertThat(uk.org.ncjaa.springboard.support.TestMail.Inbox.body(toMember)).contains("/policy/consultations/" + made.id() + "/response");
        inbox.awaitOne(visitor, "Our response: Publish once");
        assertThat(inbox.to(member.email())).hasSize(1);
        assertThat(inbox.to(drafter.email())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from policy_consultation_answer where consultation_id = ? and notified_at is not null",
                Long.class, made.id())).isEqualTo(2);

        // the policy section lists the response, and the influence log can name the consultation
        List<PolicyItem> items = policyItems.stream().flatMap(p -> p.published().stream()).toList();
        assertThat(items).anyMatch(i -> i.path().equals("/policy/consultations/" + made.id() + "/response"));
        assertThat(policyItems.stream().flatMap(p -> p.source("consultation:" + made.id()).stream()).findFirst())
            .hasValueSatisfying(s -> assertThat(s.title()).isEqualTo("Publish once"));
    }

    @Test
    void theCsvMakesFormulasPlainAndCountsPaperApart() {
        ConsultationMother.Made made = ConsultationMother.open(consultations, "Csv", Consultation.Audience.ANYONE, true);
        answering.answer(made.id(), new Answering.Who(null, "", null), Map.of(made.text().id(), List.of("=cmd|' /C calc'!A0"),
                made.scale().id(), List.of("4")), Answer.QuoteConsent.NONE, true);
        answering.paper(made.id(), "paper, HMP Example", "", "", Map.of(made.text().id(), List.of("@SUM(1+1)")), Answer.QuoteConsent.NONE, 1L);
        String csv = analysis.csv(made.id());
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0\"").contains("\"'@SUM(1+1)\"").doesNotContain(",\"=cmd");
        assertThat(csv).contains("\"Agree\"").contains("\"PAPER\",\"paper, HMP Example\"");
        Analysis.Totals totals = analysis.totals(made.id());
        assertThat(totals.online()).isEqualTo(1);
        assertThat(totals.paper()).isEqualTo(1);
        Analysis.QuestionFigures scale = analysis.figures(made.id()).get(3);
        assertThat(scale.counts()).extracting(Analysis.Count::label, Analysis.Count::people).contains(org.assertj.core.groups.Tuple.tuple("Agree", 1L));
    }

    @Autowired
    DemoConsultations demo;

    @Test
    void theDemoHasAnOpenCallForEvidenceWithOnlineAndPaperAnswersAndAPublishedResponse() {
        demo.load();
        demo.load();
        List<Consultation> shown = consultations.shown();
        Consultation open = shown.stream().filter(c -> c.title().equals(DemoConsultations.OPEN_TITLE)).findFirst().orElseThrow();
        assertThat(open.takingAnswers(consultations.today())).isTrue();
        assertThat(open.governmentDeadline()).isAfter(consultations.today());
        Analysis.Totals totals = analysis.totals(open.id());
        assertThat(totals.online()).isEqualTo(10);
        assertThat(totals.paper()).isEqualTo(3);
        assertThat(shown).anyMatch(c -> c.status() == Consultation.Status.RESPONSE_PUBLISHED && !consultations.outcomes(c.id()).isEmpty());

        // who has answered: the paper answers count by the region they came from
        Analysis.Representation who = analysis.representation(open.id());
        assertThat(who.withoutProfile()).isGreaterThanOrEqualTo(3);
        assertThat(who.byDimension().get("Region")).anyMatch(s -> s.label().equals("Wales") && s.answers() >= 1);
        assertThat(who.byDimension().keySet()).containsExactly("Region", "Role", "Organisation type", "Setting");
    }
}
