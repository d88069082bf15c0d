package uk.org.ncjaa.springboard.policy.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owners of open actions, as a durable daily job, a week before each is due. One
 * reminder per action and due date: the database's primary key keeps it so, however often the job
 * runs and on however many nodes; a new due date earns a new reminder.
 */
@Service
public class ForumJobs {

    static final String REMINDERS = "forum-action-reminders";
    static final int DAYS_BEFORE = 7;

    private final Forum forum;
    private final ForumNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ForumJobs(Forum forum, ForumNotices notices, JdbcTemplate jdbc, Clock clock) {
        this.forum = forum;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many reminders it sent */
    @Transactional
    public int remind() {
        LocalDate today = forum.today();
        int sent = 0;
        for (Forum.ActionLine line : forum.actionLog(false)) {
            Action action = line.action();
            LocalDate due = line.due();
            if (action.status().closed() || action.ownerEmail() == null || due == null || due.isBefore(today)
                    || due.isAfter(today.plusDays(DAYS_BEFORE))) {
                continue;
            }
            int claimed = jdbc.update("insert into forum_action_reminder (action_id, due_on, sent_at) values (?, ?, ?) on conflict do nothing",
                    action.id(), due, java.sql.Timestamp.from(clock.instant()));
            if (claimed == 0) {
                continue;
            }
            // due on a day, or by a meeting: the day is written in the owner's language
            String byMeeting = action.dueOn() == null && action.dueMeetingId() != null ? forum.meeting(action.dueMeetingId()).title() : null;
            notices.send(action.ownerEmail(), action.owner(), words -> byMeeting != null
                    ? new ForumNotices.Notice(words.get("policy.mail.due.subject.by", byMeeting),
                            words.get("policy.mail.due.lead.by", line.origin().title(), byMeeting), action.description(),
                            "/policy/arts-forum/actions", words.get("policy.mail.due.link"))
                    : new ForumNotices.Notice(words.get("policy.mail.due.subject.on", words.day(due)),
                            words.get("policy.mail.due.lead.on", line.origin().title(), words.day(due)), action.description(),
                            "/policy/arts-forum/actions", words.get("policy.mail.due.link")));
            sent++;
        }
        return sent;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> forumActionReminders(ObjectProvider<ForumJobs> jobs) {
            return Tasks.recurring(REMINDERS, new Daily(java.time.ZoneId.of("Europe/London"), LocalTime.of(8, 0)))
                .execute((instance, context) -> jobs.getObject().remind());
        }
    }
}
