package uk.org.ncjaa.springboard.policy.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The forum's entities guard their own rules: minutes, actions, proposals and papers. */
class ForumRulesTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Meeting meeting(long id, Instant heldAt) {
        Meeting m = new Meeting("Meeting " + id, heldAt, "London", "Chair", null, NOW);
        ReflectionTestUtils.setField(m, "id", id);
        return m;
    }

    @Test
    void minutesAreDraftedThenApprovedAtALaterHeldMeetingThenPublished() {
        Meeting autumn = meeting(1, NOW.minus(Duration.ofDays(120)));
        Meeting winter = meeting(2, NOW.minus(Duration.ofDays(1)));
        assertThat(autumn.minutesPublic()).isFalse();
        assertThatThrownBy(() -> autumn.approveMinutes(winter, CLOCK)).hasMessageContaining("Write the minutes");
        autumn.draftMinutes("## Minutes", NOW);
        assertThatThrownBy(() -> autumn.publishMinutes(CLOCK)).hasMessageContaining("only once the forum has approved");
        assertThatThrownBy(() -> autumn.approveMinutes(autumn, CLOCK)).hasMessageContaining("later meeting");
        autumn.approveMinutes(winter, CLOCK);
        assertThat(autumn.minutesStatus()).isEqualTo(Meeting.MinutesStatus.APPROVED);
        assertThat(autumn.minutesPublic()).isFalse();
        assertThatThrownBy(() -> autumn.draftMinutes("changed", NOW)).isInstanceOf(ForumException.class);
        autumn.publishMinutes(CLOCK);
        assertThat(autumn.minutesPublic()).isTrue();
        assertThatThrownBy(() -> autumn.publishMinutes(CLOCK)).hasMessageContaining("already published");
    }

    @Test
    void minutesAreNotApprovedAtAMeetingStillToCome() {
        Meeting autumn = meeting(1, NOW.minus(Duration.ofDays(120)));
        Meeting spring = meeting(2, NOW.plus(Duration.ofDays(30)));
        autumn.draftMinutes("text", NOW);
        assertThatThrownBy(() -> autumn.approveMinutes(spring, CLOCK)).hasMessageContaining("has not taken place");
        Meeting coming = meeting(3, NOW.plus(Duration.ofDays(3)));
        coming.draftMinutes("written early", NOW);
        assertThatThrownBy(() -> coming.approveMinutesByCorrespondence(CLOCK)).hasMessageContaining("after the meeting");
        autumn.approveMinutesByCorrespondence(CLOCK);
        assertThat(autumn.approvedByCorrespondence()).isTrue();
    }

    @Test
    void aDroppedActionNeedsAReasonAndClearsItWhenReopened() {
        Action action = new Action(1, "Do it", "HMPPS", null, null, LocalDate.of(2027, 1, 1), NOW);
        assertThatThrownBy(() -> action.moveTo(Action.Status.DROPPED, "  ", CLOCK)).hasMessageContaining("Say why");
        assertThat(action.status()).isEqualTo(Action.Status.OPEN);
        action.moveTo(Action.Status.DROPPED, "Overtaken by events", CLOCK);
        assertThat(action.status()).isEqualTo(Action.Status.DROPPED);
        assertThat(action.reason()).isEqualTo("Overtaken by events");
        action.moveTo(Action.Status.IN_PROGRESS, "", CLOCK);
        assertThat(action.reason()).isEmpty();
        assertThatThrownBy(() -> new Action(1, "Do it", "HMPPS", null, null, null, NOW)).hasMessageContaining("due date");
    }

    @Test
    void anActionIsCarriedToEveryLaterMeetingUntilClosedThenReportedOnce() {
        Instant first = NOW.minus(Duration.ofDays(240));
        Instant second = NOW.minus(Duration.ofDays(120));
        Instant third = NOW.plus(Duration.ofDays(10));
        Action action = new Action(1, "Report back", "HMPPS", null, null, LocalDate.of(2027, 1, 1), first);
        assertThat(action.showsAt(first, first, null)).isTrue();
        assertThat(action.showsAt(first, first.minus(Duration.ofDays(100)), null)).isFalse();
        assertThat(action.showsAt(first, second, first)).isTrue();
        assertThat(action.showsAt(first, third, second)).isTrue();

        // closed between the second and third meetings: the third reports it; a fourth does not
        action.moveTo(Action.Status.DONE, "", Clock.fixed(second.plus(Duration.ofDays(5)), ZoneOffset.UTC));
        assertThat(action.showsAt(first, second, first)).isTrue();
        assertThat(action.showsAt(first, third, second)).isTrue();
        assertThat(action.showsAt(first, third.plus(Duration.ofDays(120)), third)).isFalse();
    }

    @Test
    void anOpenActionPastItsDayIsOverdueAndAClosedOneNever() {
        Action action = new Action(1, "Do it", "HMPPS", null, null, LocalDate.of(2026, 11, 1), NOW);
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(action.overdue(action.dueDay(null), today)).isTrue();
        assertThat(action.overdue(action.dueDay(null), LocalDate.of(2026, 10, 1))).isFalse();
        action.moveTo(Action.Status.DONE, "", CLOCK);
        assertThat(action.overdue(action.dueDay(null), today)).isFalse();
        Action byMeeting = new Action(1, "Do it", "HMPPS", null, 7L, null, NOW);
        assertThat(byMeeting.dueDay(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    private static Proposal proposal(long id, long account, String name, boolean named) {
        Proposal p = new Proposal(account, name, named, "Issue " + id, "Why", "", "", NOW);
        ReflectionTestUtils.setField(p, "id", id);
        return p;
    }

    @Test
    void mergingAddsTheRaisersAndNamesOnlyThoseWhoAgreed() {
        Proposal jo = proposal(1, 10, "Jo", true);
        Proposal kit = proposal(2, 11, "Kit", true);
        Proposal anon = proposal(3, 12, "Anon", false);
        Proposal lee = proposal(4, 13, "Lee", true);
        List<Proposal> all = List.of(jo, kit, anon, lee);
        assertThat(Proposal.raisers(jo, all).count()).isEqualTo(1);

        // Lee joins Kit's proposal, which is later joined with Jo's: Lee's raising follows
        lee.mergeInto(kit, CLOCK);
        kit.mergeInto(jo, CLOCK);
        anon.mergeInto(jo, CLOCK);
        jo.accept(null, CLOCK);
        Proposal.Raisers raisers = Proposal.raisers(jo, all);
        assertThat(raisers.count()).isEqualTo(4);
        assertThat(raisers.names()).containsExactlyInAnyOrder("Jo", "Kit", "Lee");
        assertThatThrownBy(() -> kit.decline("late", CLOCK)).isInstanceOf(ForumException.class);
    }

    @Test
    void aProposalIsNotMergedIntoItselfNorIntoADeclinedOneAndADeclineNeedsAReason() {
        Proposal a = proposal(1, 10, "A", true);
        Proposal b = proposal(2, 11, "B", true);
        assertThatThrownBy(() -> a.mergeInto(a, CLOCK)).hasMessageContaining("another proposal");
        assertThatThrownBy(() -> b.decline(" ", CLOCK)).hasMessageContaining("reason");
        b.decline("Not for the forum", CLOCK);
        assertThatThrownBy(() -> a.mergeInto(b, CLOCK)).hasMessageContaining("waiting or accepted");
        assertThat(b.reason()).isEqualTo("Not for the forum");
    }

    @Test
    void aPaperIsPublicFromItsDateUnlessForMembersOnly() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Paper open = new Paper(1, "Open", "a.pdf", "k1", 10, day, false, "", NOW);
        Paper members = new Paper(1, "Members", "b.pdf", "k2", 10, day.minusDays(30), true, "", NOW);
        assertThat(open.isPublic(day.minusDays(1))).isFalse();
        assertThat(open.isPublic(day)).isTrue();
        assertThat(members.isPublic(day)).isFalse();
        assertThat(members.isPublic(day.plusYears(5))).isFalse();
    }
}
