package uk.org.ncjaa.springboard.policy.consultation;

import java.time.LocalDate;
import java.util.List;

import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.policy.consultation.domain.Question;

/** Consultations for tests: open today, with one question of each kind. */
public final class ConsultationMother {

    private ConsultationMother() {
    }

    /** The questions in order: free text (needed), single choice, multiple choice, scale, ranking of three. */
    public record Made(Consultation consultation, Question text, Question single, Question multi, Question scale, Question ranking) {

        public long id() {
            return consultation.id();
        }
    }

    public static Made open(Consultations consultations, String title, Consultation.Audience audience, boolean anonymous) {
        Made made = draft(consultations, title, audience, anonymous);
        consultations.open(made.id());
        return made;
    }

    public static Made draft(Consultations consultations, String title, Consultation.Audience audience, boolean anonymous) {
        LocalDate today = consultations.today();
        Consultation c = consultations.create(new Consultation.Settings(title, "A test consultation", "Tell us **what you think**.", null,
                null, null, audience, anonymous, today.minusDays(1), today.plusDays(10)));
        Question text = consultations.addQuestion(c.id(), Question.Kind.FREE_TEXT, "What works?", "", List.of(), true);
        Question single = consultations.addQuestion(c.id(), Question.Kind.SINGLE_CHOICE, "Pick one", "", List.of("Yes", "No"), false);
        Question multi = consultations.addQuestion(c.id(), Question.Kind.MULTIPLE_CHOICE, "Pick any", "", List.of("A", "B", "C"), false);
        Question scale = consultations.addQuestion(c.id(), Question.Kind.AGREE_SCALE, "Agree?", "", List.of(), false);
        Question ranking = consultations.addQuestion(c.id(), Question.Kind.RANKING, "Order these", "", List.of("Red", "Green", "Blue"),
                false);
        return new Made(consultations.get(c.id()), text, single, multi, scale, ranking);
    }
}
