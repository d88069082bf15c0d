package uk.org.ncjaa.springboard.mentoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A round from accepted applications to active pairs on the real database: proposals within the
 * hard rules, staff changes with reasons, offers that never pass a mentor's places or give a
 * mentee two live matches even when made at the same moment, and answers given at the same moment.
 */
@SpringboardTest
class MatchingTests {

    @Autowired
    TestMentoring mentoring;

    @Autowired
    Matching matching;

    @Autowired
    Relationships relationships;

    @Autowired
    MatchRepository matches;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Autowired
    Rounds rounds;

    @Autowired
    Applications applications;

    @Autowired
    uk.org.ncjaa.springboard.support.TestAccounts accounts;

    @Test
    void theRoundsCapacityRulesHold() {
        Round round = mentoring.openRound("Capacity round");
        Round.Settings s = round.settings();
        rounds.change(round.id(), new Round.Settings(s.name(), s.summary(), s.opensOn(), s.closesOn(), s.startsOn(), s.lengthMonths(),
                s.questions(), s.weights(), s.objective(), s.sameOrganisation(), s.minimumScore(), s.reminderDays(), s.certificates(), 2, 1));
        Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Wyn Generous", "", "london", 5, "");
        // offered five, but this round lets a mentor take two
        assertThat(jdbc.queryForObject("select count(*) from mentoring_place where application_id = ?", Integer.class,
                mentor.application().id())).isEqualTo(2);
        mentoring.accepted(round, Role.MENTEE, "Xan First", "", "london", 1, "");
        var member = accounts.createMember();
        Application late = applications.save(round.id(), member.id(), Role.MENTEE,
                TestMentoring.details("", "london", 1, "", List.of("music"), List.of("funding")), true);
        assertThatThrownBy(() -> applications.decide(late.id(), Application.Status.ACCEPTED, "", "Staff"))
            .isInstanceOf(MentoringException.class).hasMessageContaining("mentee places");
        applications.decide(late.id(), Application.Status.WAITLISTED, "The round is full; you are first in line.", "Staff");
        assertThat(applications.get(late.id()).status()).isEqualTo(Application.Status.WAITLISTED);
    }

    @Test
    void proposesWithinTheRulesAndKeepsEveryStaffChangeWithItsReason() {
        Round round = mentoring.openRound("Rules round");
        Applicant ana = mentoring.accepted(round, Role.MENTEE, "Ana Rules", "Clean Break", "london", 1, "Bea Barred");
        Applicant ben = mentoring.accepted(round, Role.MENTEE, "Ben Rules", "", "london", 1, "");
        Applicant bea = mentoring.accepted(round, Role.MENTOR, "Bea Barred", "Other", "london", 2, "");
        Applicant cal = mentoring.accepted(round, Role.MENTOR, "Cal Colleague", "Clean Break", "london", 2, "");
        Applicant dot = mentoring.accepted(round, Role.MENTOR, "Dot Free", "Somewhere", "london", 1, "");

        Matching.Run run = matching.run(round.id());
        assertThat(run.proposed()).isEqualTo(2);
        List<Match> proposed = matching.inRound(round.id());
        Match forAna = proposed.stream().filter(m -> m.menteeId() == ana.application().id()).findFirst().orElseThrow();
        // Ana named Bea, and Cal is from her own organisation: only Dot may mentor her
        assertThat(forAna.mentorId()).isEqualTo(dot.application().id());
        assertThat(forAna.parts()).hasSize(7);
        assertThat(forAna.status()).isEqualTo(Match.Status.PROPOSED);

        assertThat(matching.explain(ana.application().id(), bea.application().id()).barrier()).contains("excluded");
        assertThat(matching.explain(ana.application().id(), cal.application().id()).barrier()).contains("same organisation");
        assertThatThrownBy(() -> matching.swap(forAna.id(), proposed.stream().filter(m -> m != forAna).findFirst().orElseThrow().id(),
                "Try", "Staff")).isInstanceOf(MentoringException.class).hasMessageContaining("break a rule");

        Match forBen = proposed.stream().filter(m -> m.menteeId() == ben.application().id()).findFirst().orElseThrow();
        matching.remove(forBen.id(), "Ben asked to wait a month", "Staff One");
        assertThatThrownBy(() -> matching.add(round.id(), ana.application().id(), cal.application().id(), "Try", "Staff"))
            .isInstanceOf(MentoringException.class);
        matching.add(round.id(), ben.application().id(), cal.application().id(), "Ben and Cal met at the forum", "Staff Two");
        matching.exclude(ben.application().id(), bea.application().id(), "Conflict of interest", "Staff Three");
        assertThat(matching.overrides(round.id())).extracting(Matching.Change::reason)
            .containsExactly("Conflict of interest", "Ben and Cal met at the forum", "Ben asked to wait a month");

        // running again keeps every rule, including the pair staff ruled out
        matching.run(round.id());
        assertThat(matching.inRound(round.id())).noneMatch(m -> m.menteeId() == ben.application().id() && m.mentorId() == bea.application().id());
    }

    @Test
    void publishingOffersBothPeopleAndTheSecondAcceptanceStartsTheMentoring() {
        Round round = mentoring.openRound("Answer round");
        Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Eve Mentee", "", "london", 1, "");
        Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Fay Mentor", "", "london", 1, "");
        matching.run(round.id());
        Matching.Published published = matching.publish(round.id());
        assertThat(published.offered()).isEqualTo(1);
        Match match = matching.inRound(round.id()).get(0);
        assertThat(match.status()).isEqualTo(Match.Status.OFFERED);
        inbox.awaitOne(mentee.account().email(), "found you a mentor");
        inbox.awaitOne(mentor.account().email(), "found you a mentee");

        // neither sees the other's email before both accept; nobody else sees the match at all
        assertThat(relationships.view(match.id(), mentee.account().id()).theirEmail()).isNull();
        assertThatThrownBy(() -> relationships.view(match.id(), -1)).isInstanceOf(uk.org.ncjaa.springboard.shared.NotFoundException.class);

        assertThat(relationships.answer(match.id(), mentee.account().id(), true).status()).isEqualTo(Match.Status.OFFERED);
        assertThat(relationships.answer(match.id(), mentor.account().id(), true).status()).isEqualTo(Match.Status.ACTIVE);
        inbox.awaitOne(mentee.account().email(), "has begun");
        assertThat(relationships.view(match.id(), mentee.account().id()).theirEmail()).isEqualTo(mentor.account().email());
    }

    @Test
    void aDeclineFreesBothToBeMatchedAgain() {
        Round round = mentoring.openRound("Decline round");
        Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Gus Mentee", "", "london", 1, "");
        Applicant first = mentoring.accepted(round, Role.MENTOR, "Hal Mentor", "", "london", 1, "");
        matching.run(round.id());
        matching.publish(round.id());
        Match offer = matching.inRound(round.id()).get(0);
        relationships.answer(offer.id(), first.account().id(), false);
        assertThat(matching.get(offer.id()).status()).isEqualTo(Match.Status.DECLINED);
        assertThat(matching.get(offer.id()).mentorPlace()).isNull();
        assertThat(Inbox.body(inbox.awaitOne(mentee.account().email(), "About your mentoring match"))).contains("will not go ahead");

        // with nobody else, nothing is proposed: a declined pair is never proposed again
        assertThat(matching.run(round.id()).proposed()).isZero();
        Applicant second = mentoring.accepted(round, Role.MENTOR, "Ida Mentor", "", "london", 1, "");
        assertThat(matching.run(round.id()).proposed()).isEqualTo(1);
        assertThat(matching.inRound(round.id())).filteredOn(m -> m.status() == Match.Status.PROPOSED)
            .singleElement().extracting(Match::mentorId).isEqualTo(second.application().id());
    }

    @Test
    void offersMadeAtTheSameMomentNeverPassAMentorsPlaces() throws Exception {
        Round round = mentoring.openRound("Race round");
        Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Jo Busy", "", "london", 2, "");
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Racer " + i, "", "london", 1, "");
            // as if staff on two screens had each proposed pairs for the same mentor
            proposals.add(matches.save(new Match(round.id(), mentee.application().id(), mentor.application().id(), 500, new int[7],
                    Round.DEFAULT_WEIGHTS, Match.Origin.STAFF, java.time.Instant.now())).id());
        }
        List<Boolean> outcomes = race(proposals.stream().map(id -> (Callable<Boolean>) () -> {
            try {
                matching.offer(id);
                return true;
            }
            catch (MentoringException ex) {
                assertThat(ex.getMessage()).contains("no places left");
                return false;
            }
        }).toList());
        assertThat(outcomes).filteredOn(ok -> ok).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from mentoring_match where mentor_id = ? and status in ('OFFERED', 'ACTIVE')",
                Integer.class, mentor.application().id())).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesASecondLiveMatchForAPlaceOrAMenteeWhateverTheCodeDoes() {
        Round round = mentoring.openRound("Guard round");
        Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Lou Guarded", "", "london", 1, "");
        Applicant one = mentoring.accepted(round, Role.MENTEE, "One", "", "london", 1, "");
        Applicant two = mentoring.accepted(round, Role.MENTEE, "Two", "", "london", 1, "");
        String insert = """
                insert into mentoring_match (round_id, mentee_id, mentor_id, mentor_place, status, origin, score, parts, weights, created_at)
                values (?, ?, ?, ?, 'OFFERED', 'STAFF', 500, '{0,0,0,0,0,0,0}', '{1,1,1,1,1,1,1}', now())""";
        jdbc.update(insert, round.id(), one.application().id(), mentor.application().id(), 1);
        assertThatThrownBy(() -> jdbc.update(insert, round.id(), two.application().id(), mentor.application().id(), 1))
            .isInstanceOf(DataIntegrityViolationException.class);
        // nor a place the mentor never offered
        assertThatThrownBy(() -> jdbc.update(insert, round.id(), two.application().id(), mentor.application().id(), 2))
            .isInstanceOf(DataIntegrityViolationException.class);
        // nor a mentee in the mentor's seat
        assertThatThrownBy(() -> jdbc.update(insert, round.id(), two.application().id(), one.application().id(), 1))
            .isInstanceOf(DataIntegrityViolationException.class);
        // nor a second live match for a mentee, with another mentor's free place
        Applicant other = mentoring.accepted(round, Role.MENTOR, "Max Other", "", "london", 1, "");
        assertThatThrownBy(() -> jdbc.update(insert, round.id(), one.application().id(), other.application().id(), 1))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void bothAcceptingAtTheSameMomentStartsTheMentoringOnce() throws Exception {
        Round round = mentoring.openRound("Both at once round");
        for (int i = 0; i < 5; i++) {
            Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Quick mentee " + i, "", "london", 1, "");
            Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Quick mentor " + i, "", "london", 1, "");
            Match match = matches.save(new Match(round.id(), mentee.application().id(), mentor.application().id(), 500, new int[7],
                    Round.DEFAULT_WEIGHTS, Match.Origin.STAFF, java.time.Instant.now()));
            matching.offer(match.id());
            race(List.of(() -> relationships.answer(match.id(), mentee.account().id(), true),
                    () -> relationships.answer(match.id(), mentor.account().id(), true)));
            Match after = matching.get(match.id());
            assertThat(after.status()).isEqualTo(Match.Status.ACTIVE);
            assertThat(after.answers()).isEqualTo("Mentee accepted, mentor accepted");
        }
    }

    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
