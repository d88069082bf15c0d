package uk.org.ncjaa.springboard.mentoring.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders to pairs who have not met for a while, and the mid-point survey, each sent once. */
@SpringboardTest
class MentoringJobsTests {

    @Autowired
    TestMentoring mentoring;

    @Autowired
    Matching matching;

    @Autowired
    Relationships relationships;

    @Autowired
    MentoringJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void aPairWithoutAMeetingIsRemindedOnceAndAskedHalfWayOnce() {
        Round round = mentoring.openRound("Nudge round");
        Applicant mentee = mentoring.accepted(round, Role.MENTEE, "Uma Quiet", "", "london", 1, "");
        Applicant mentor = mentoring.accepted(round, Role.MENTOR, "Vic Quiet", "", "london", 1, "");
        matching.run(round.id());
        matching.publish(round.id());
        long id = matching.inRound(round.id()).get(0).id();
        relationships.answer(id, mentee.account().id(), true);
        relationships.answer(id, mentor.account().id(), true);

        jobs.nudge();
        assertThat(matching.get(id).remindedAt()).isNull();

        // began long ago, and no meeting since: past the reminder and the half-way point, not yet the end
        jdbc.update("update mentoring_match set started_at = now() - interval '400 days' where id = ?", id);
        jobs.nudge();
        Match nudged = matching.get(id);
        assertThat(nudged.remindedAt()).isNotNull();
        assertThat(nudged.midAskedAt()).isNotNull();
        assertThat(nudged.endAskedAt()).isNull();
        inbox.awaitOne(mentee.account().email(), "Time for a mentoring meeting?");
        inbox.awaitOne(mentor.account().email(), "Half way");

        jobs.nudge();
        assertThat(matching.get(id).remindedAt()).isEqualTo(nudged.remindedAt());
        assertThat(relationships.view(id, mentee.account().id()).midDue()).isTrue();
    }
}
