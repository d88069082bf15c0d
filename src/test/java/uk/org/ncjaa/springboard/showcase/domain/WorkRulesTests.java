package uk.org.ncjaa.springboard.showcase.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a work keeps for itself: what it must come with, its consent, moderation and withdrawal. */
class WorkRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final Work.Organisation ORG = new Work.Organisation(7, "open-door-print-studio", "Open Door Print Studio");

    /** A text work's details, as an organisation would send them; each test changes what it is about. */
    static WorkDetails text(String title) {
        return new WorkDetails(WorkKind.TEXT, title, CreditMode.FIRST_NAME, "Ruth", false, false, "creative-writing", "adult-prison-women",
                "east-midlands", 2026, "Writer in residence", "My words", "", "", null, "A poem\nof two lines", true, false, false, null, true,
                false, false, false);
    }

    static WorkDetails with(WorkDetails d, LocalDate until, boolean victims, boolean online) {
        return new WorkDetails(d.kind(), d.title(), d.creditMode(), d.creditName(), d.makerConfirmedFullName(), d.organisationConfirmedFullName(),
                d.artForm(), d.setting(), d.region(), d.year(), d.project(), d.makerWords(), d.description(), d.transcript(), d.videoAddress(),
                d.textBody(), online, d.consentNewsletter(), d.consentPrint(), until, d.consentHeldByOrganisation(), victims,
                d.involvesStaff(), d.involvesCurrentCase());
    }

    @Test
    void aWorkTouchingVictimsOrWithoutOnlineConsentIsRefusedWhenSent() {
        assertThatThrownBy(() -> new Work(with(text("A"), null, true, true), ORG, 1, "aa", TODAY, NOW))
            .hasMessageContaining("does not show works that involve victims");
        assertThatThrownBy(() -> new Work(with(text("A"), null, false, false), ORG, 1, "aa", TODAY, NOW))
            .hasMessageContaining("consent must cover showing the work online");
        assertThatThrownBy(() -> new Work(with(text("A"), TODAY, false, true), ORG, 1, "aa", TODAY, NOW))
            .hasMessageContaining("end date has passed");
    }

    @Test
    void eachKindComesWithWhatMakesItAccessible() {
        WorkDetails t = text("A picture");
        WorkDetails picture = new WorkDetails(WorkKind.IMAGE, "A picture", t.creditMode(), t.creditName(), false, false, t.artForm(), t.setting(),
                t.region(), 2026, "", "", " ", "", null, "", true, false, false, null, true, false, false, false);
        assertThatThrownBy(() -> new Work(picture, ORG, 1, "aa", TODAY, NOW)).hasMessageContaining("Describe the picture");
        WorkDetails recording = new WorkDetails(WorkKind.AUDIO, "A song", t.creditMode(), t.creditName(), false, false, t.artForm(), t.setting(),
                t.region(), 2026, "", "", "", "", null, "", true, false, false, null, true, false, false, false);
        assertThatThrownBy(() -> new Work(recording, ORG, 1, "aa", TODAY, NOW)).hasMessageContaining("transcript");
    }

    @Test
    void nothingIsPublishedUntilEveryPointOfTheChecklistIsConfirmed() {
        Work work = new Work(text("Kettle"), ORG, 1, "ab", TODAY, NOW);
        Set<Check> allButOne = EnumSet.allOf(Check.class);
        allButOne.remove(Check.NO_NAMES_OR_PLACES);
        assertThatThrownBy(() -> work.publish(allButOne, TODAY, NOW)).hasMessageContaining(Check.NO_NAMES_OR_PLACES.label());
        assertThat(work.shown(TODAY)).isFalse();
        work.publish(EnumSet.allOf(Check.class), TODAY, NOW);
        assertThat(work.shown(TODAY)).isTrue();
    }

    @Test
    void aWorkIsShownUntilTheEndOfItsConsentsLastDay() {
        Work work = new Work(with(text("Kettle"), TODAY.plusDays(3), false, true), ORG, 1, "ac", TODAY, NOW);
        work.publish(EnumSet.allOf(Check.class), TODAY, NOW);
        assertThat(work.shown(TODAY.plusDays(3))).isTrue();
        assertThat(work.shown(TODAY.plusDays(4))).isFalse();
    }

    @Test
    void aWithdrawnWorkKeepsNothingOfTheWorkAndCannotComeBack() {
        Work work = new Work(text("Kettle"), ORG, 1, "ad", TODAY, NOW);
        work.attachConsentForm("consent-1.pdf", "form.pdf");
        work.publish(EnumSet.allOf(Check.class), TODAY, NOW);
        work.feature(true, NOW);
        assertThat(work.withdraw(NOW)).containsExactly("consent-1.pdf");
        assertThat(work.status()).isEqualTo(WorkStatus.WITHDRAWN);
        assertThat(work.title()).isEqualTo("Withdrawn work");
        assertThat(work.textBody() + work.makerWords() + work.creditName() + work.project()).isEmpty();
        assertThat(work.featured()).isFalse();
        assertThat(work.shown(TODAY)).isFalse();
        assertThatThrownBy(() -> work.feature(true, NOW)).isInstanceOf(ShowcaseException.class);
        assertThatThrownBy(() -> work.revise(text("Again"), 1, TODAY, NOW)).isInstanceOf(ShowcaseException.class);
        assertThat(work.withdraw(NOW)).isEmpty();
    }
}
