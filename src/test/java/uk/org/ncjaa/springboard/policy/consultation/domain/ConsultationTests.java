package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A consultation's own rules, without a database: its states, frozen questions, what counts as an answer, quotes. */
class ConsultationTests {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");

    static Consultation consultation() {
        Consultation c = new Consultation(new Consultation.Settings("Test", "", "", null, null, null, Consultation.Audience.MEMBERS, false,
                TODAY.minusDays(1), TODAY.plusDays(10)), NOW);
        ReflectionTestUtils.setField(c, "id", 7L);
        return c;
    }

    static Question add(Consultation c, Question.Kind kind, List<String> options, boolean required, long id) {
        Question q = c.addQuestion(kind, "Question " + id, "", options, required, false, NOW);
        ReflectionTestUtils.setField(q, "id", id);
        return q;
    }

    /** Ids as the database would give them. */
    static void persisted(Answer answer, long id) {
        ReflectionTestUtils.setField(answer, "id", id);
        answer.replies().forEach(r -> ReflectionTestUtils.setField(r, "id", id * 100 + r.questionId()));
    }

    @Test
    void movesOneWayFromDraftToPublishedAndRefusesEveryOtherStep() {
        Consultation c = consultation();
        assertThatThrownBy(() -> c.open(NOW)).hasMessageContaining("at least one question");
        add(c, Question.Kind.FREE_TEXT, List.of(), false, 1);
        assertThatThrownBy(() -> c.close(NOW)).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> c.publishResponse(NOW)).isInstanceOf(ConsultationException.class);
        c.open(NOW);
        assertThat(c.takingAnswers(TODAY)).isTrue();
        assertThat(c.takingAnswers(TODAY.plusDays(11))).isFalse();
        assertThatThrownBy(() -> c.open(NOW)).isInstanceOf(ConsultationException.class);
        c.close(NOW);
        assertThat(c.takingAnswers(TODAY)).isFalse();
        assertThatThrownBy(() -> c.publishResponse(NOW)).hasMessageContaining("Write the response");
        c.writeResponse("We listened.", NOW);
        c.publishResponse(NOW);
        assertThat(c.status()).isEqualTo(Consultation.Status.RESPONSE_PUBLISHED);
        assertThat(c.responsePublishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> c.publishResponse(NOW)).hasMessageContaining("already published");
        assertThatThrownBy(() -> c.close(NOW)).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> c.change(c.settings(), NOW)).isInstanceOf(ConsultationException.class);
    }

    @Test
    void questionsAreFrozenOnceAnyoneHasAnswered() {
        Consultation c = consultation();
        Question q = add(c, Question.Kind.FREE_TEXT, List.of(), false, 1);
        assertThatThrownBy(() -> c.addQuestion(Question.Kind.FREE_TEXT, "Another", "", List.of(), false, true, NOW))
            .hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> c.removeQuestion(q.id(), true, NOW)).hasMessageContaining("can no longer change");
        assertThat(c.questions()).hasSize(1);
        c.removeQuestion(q.id(), false, NOW);
        assertThat(c.questions()).isEmpty();
    }

    @Test
    void aRankingMustBeEveryItemOnceEach() {
        Consultation c = consultation();
        Question ranking = add(c, Question.Kind.RANKING, List.of("A", "B", "C"), false, 1);
        assertThat(ranking.interpret(List.of("2", "3", "1"))).containsExactly("C", "A", "B");
        assertThat(ranking.interpret(List.of("", "", ""))).isEmpty();
        assertThatThrownBy(() -> ranking.interpret(List.of("1", "1", "2"))).hasMessageContaining("different number from 1 to 3");
        assertThatThrownBy(() -> ranking.interpret(List.of("1", "2", ""))).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> ranking.interpret(List.of("1", "2", "4"))).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> ranking.interpret(List.of("1", "2", "99999999999999999999"))).isInstanceOf(ConsultationException.class);
        // kept values are checked too, not only the form's numbers
        assertThatThrownBy(() -> ranking.check(List.of("A", "A", "B"))).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> ranking.check(List.of("A", "B"))).isInstanceOf(ConsultationException.class);
        ranking.check(List.of("B", "C", "A"));
    }

    @Test
    void otherKindsTakeOnlyTheirOwnAnswers() {
        Consultation c = consultation();
        Question single = add(c, Question.Kind.SINGLE_CHOICE, List.of("Yes", "No"), false, 1);
        Question multi = add(c, Question.Kind.MULTIPLE_CHOICE, List.of("A", "B"), false, 2);
        Question scale = add(c, Question.Kind.AGREE_SCALE, List.of(), false, 3);
        assertThatThrownBy(() -> single.interpret(List.of("Maybe"))).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> single.interpret(List.of("Yes", "No"))).isInstanceOf(ConsultationException.class);
        assertThat(multi.interpret(List.of("A", "B"))).containsExactly("A", "B");
        assertThatThrownBy(() -> multi.interpret(List.of("A", "A"))).isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> scale.interpret(List.of("6"))).isInstanceOf(ConsultationException.class);
        assertThat(scale.label("5")).isEqualTo("Strongly agree");
        assertThatThrownBy(() -> c.addQuestion(Question.Kind.SINGLE_CHOICE, "Only one", "", List.of("One"), false, false, NOW))
            .hasMessageContaining("at least two options");
    }

    @Test
    void anAnswerIsRefusedWholeWhenOnePartIsWrongAndSendingNeedsTheRequiredQuestions() {
        Consultation c = consultation();
        Question text = add(c, Question.Kind.FREE_TEXT, List.of(), true, 1);
        Question ranking = add(c, Question.Kind.RANKING, List.of("A", "B"), false, 2);
        Answer answer = Answer.online(c, 5L, "Pat", null, NOW);
        Map<Long, String> problems = answer.fill(c, Map.of(text.id(), List.of("Kept"), ranking.id(), List.of("1", "1")),
                Answer.QuoteConsent.NAMED, NOW);
        assertThat(problems).containsOnlyKeys(ranking.id());
        assertThat(answer.replies()).isEmpty();
        assertThat(answer.quotable()).isFalse();

        assertThat(answer.fill(c, Map.of(ranking.id(), List.of("2", "1")), Answer.QuoteConsent.NAMED, NOW)).isEmpty();
        assertThat(answer.submit(c, NOW)).containsOnlyKeys(text.id());
        assertThat(answer.status()).isEqualTo(Answer.Status.DRAFT);
        answer.fill(c, Map.of(text.id(), List.of("Now answered")), Answer.QuoteConsent.NAMED, NOW);
        assertThat(answer.submit(c, NOW)).isEmpty();
        assertThat(answer.status()).isEqualTo(Answer.Status.SUBMITTED);
        assertThat(answer.values(ranking.id())).containsExactly("B", "A");
        assertThatThrownBy(() -> answer.fill(c, Map.of(), Answer.QuoteConsent.NONE, NOW)).isInstanceOf(ConsultationException.class);
        assertThat(answer.markNotified(NOW)).isTrue();
        assertThat(answer.markNotified(NOW)).isFalse();
    }

    @Test
    void aQuoteNeedsTheAuthorsConsent() {
        Consultation c = consultation();
        Question text = add(c, Question.Kind.FREE_TEXT, List.of(), false, 1);
        Answer no = Answer.online(c, 5L, "Pat", null, NOW);
        no.fill(c, Map.of(text.id(), List.of("Private words")), Answer.QuoteConsent.NONE, NOW);
        assertThatThrownBy(() -> new Quote(no, no.reply(text.id()).orElseThrow(), null, NOW)).hasMessageContaining("did not agree");

        Answer named = Answer.online(c, 6L, "Sam Example", null, NOW);
        named.fill(c, Map.of(text.id(), List.of("Public words")), Answer.QuoteConsent.NAMED, NOW);
        persisted(named, 20);
        Quote quote = new Quote(named, named.reply(text.id()).orElseThrow(), null, NOW);
        assertThat(quote.text()).isEqualTo("Public words");
        assertThat(quote.attribution()).isEqualTo("Sam Example");

        Answer paper = Answer.paper(c, "paper, HMP Example", "Jo", null, 1L, NOW);
        paper.fill(c, Map.of(text.id(), List.of("On paper")), Answer.QuoteConsent.ANONYMOUS, NOW);
        persisted(paper, 30);
        assertThat(new Quote(paper, paper.reply(text.id()).orElseThrow(), null, NOW).attribution()).isEqualTo("A respondent, on paper");
    }
}
