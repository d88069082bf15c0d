package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nudges for active pairs, as a durable job: a reminder when no meeting has been logged for the
 * round's chosen number of days, and the mid-point and end-of-round surveys, each sent once.
 */
@Service
public class MentoringJobs {

    static final String NUDGES = "mentoring-nudges";

    private final MatchRepository matches;
    private final ApplicationRepository applications;
    private final Rounds rounds;
    private final MentoringNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MentoringJobs(MatchRepository matches, ApplicationRepository applications, Rounds rounds, MentoringNotices notices, JdbcTemplate jdbc, Clock clock) {
        this.matches = matches;
        this.applications = applications;
        this.rounds = rounds;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many emails it asked for */
    @Transactional
    public int nudge() {
        Instant now = clock.instant();
        LocalDate today = rounds.today();
        int sent = 0;
        for (Match match : matches.active()) {
            Round round = rounds.get(match.roundId());
            List<Long> pair = List.of(applications.findById(match.menteeId()).orElseThrow().accountId(),
                    applications.findById(match.mentorId()).orElseThrow().accountId());
            String path = "/mentoring/matches/" + match.id();
            java.sql.Timestamp held = jdbc.queryForObject("select max(held_on)::timestamptz from mentoring_meeting where match_id = ?",
                    java.sql.Timestamp.class, match.id());
            Instant lastMeeting = held == null ? null : held.toInstant();
            Instant since = latest(latest(lastMeeting, match.startedAt()), match.remindedAt());
            if (since.plus(Duration.ofDays(round.reminderDays())).isBefore(now)) {
                pair.forEach(account -> notices.tell(account, "mentoring.mail.reminder", "", path, "mentoring.mail.link.page",
                        String.valueOf(round.reminderDays())));
                match.reminded(now);
                sent += 2;
            }
            LocalDate started = match.startedAt().atZone(Rounds.LONDON).toLocalDate();
            LocalDate midPoint = started.plusDays(java.time.temporal.ChronoUnit.DAYS.between(started, round.endsOn()) / 2);
            if (match.midAskedAt() == null && !today.isBefore(midPoint)) {
                pair.forEach(account -> notices.tell(account, "mentoring.mail.halfWay", "", path, "mentoring.mail.link.survey"));
                match.askedMidPoint(now);
                sent += 2;
            }
            if (match.endAskedAt() == null && !today.isBefore(round.endsOn())) {
                pair.forEach(account -> notices.tell(account, "mentoring.mail.ended", "", path, "mentoring.mail.link.page"));
                match.askedAtEnd(now);
                sent += 2;
            }
        }
        return sent;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> mentoringNudges(ObjectProvider<MentoringJobs> jobs) {
            return Tasks.recurring(NUDGES, FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> jobs.getObject().nudge());
        }
    }
}
