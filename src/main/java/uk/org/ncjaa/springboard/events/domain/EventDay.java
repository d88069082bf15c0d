package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.EventsProperties;

/** Running the day and after it: check-in, reminders beforehand, feedback afterwards. */
@Service
public class EventDay {

    static final String REMINDER = "before";

    private final AttendeeRepository attendees;
    private final Bookings bookings;
    private final JdbcTemplate jdbc;
    private final Notices notices;
    private final EventsProperties properties;
    private final Clock clock;

    EventDay(AttendeeRepository attendees, Bookings bookings, JdbcTemplate jdbc, Notices notices, EventsProperties properties,
            Clock clock) {
        this.attendees = attendees;
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a tap on the check-in page did. */
    public record CheckIn(String name, boolean first, Instant at) {
    }

    /** Checks an attendee in; a second tap on the same ticket says when it was first checked in. */
    @Transactional
    public Optional<CheckIn> checkIn(long eventId, long attendeeId) {
        return attendees.findById(attendeeId)
            .filter(a -> a.active() && a.booking().event().id() == eventId && a.booking().state().confirmed())
            .map(a -> {
                boolean first = a.checkIn(clock.instant());
                return new CheckIn(a.name(), first, a.checkedInAt());
            });
    }

    /**
     * Reminds confirmed attendees of events starting within the reminder time. The row for each
     * reminder and attendee is written before the email is asked for, in the same transaction, so a
     * second run finds it and sends nothing.
     */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("""
                select a.id from attendee a join booking b on b.id = a.booking_id join event e on e.id = a.event_id
                where a.active and b.state in ('PAID', 'PARTLY_REFUNDED') and e.status = 'PUBLISHED'
                  and e.starts_at > ? and e.starts_at <= ?
                  and not exists (select 1 from event_reminder r where r.attendee_id = a.id and r.kind = ?)
                order by a.id limit 500
                """, Long.class, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(properties.reminderBefore())), REMINDER);
        int sent = 0;
        for (long id : due) {
            int claimed = jdbc.update("insert into event_reminder (attendee_id, kind, sent_at) values (?, ?, ?) on conflict do nothing",
                    id, REMINDER, java.sql.Timestamp.from(now));
            if (claimed == 1) {
                Attendee attendee = attendees.findById(id).orElseThrow();
                notices.reminder(attendee, bookings.link(attendee.booking(), now));
                sent++;
            }
        }
        return sent;
    }

    /** Asks everyone who came (or was booked, when nobody was checked in) for feedback, once, after the event. */
    @Transactional
    public int askForFeedback() {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("""
                select a.id from attendee a join booking b on b.id = a.booking_id join event e on e.id = a.event_id
                where a.active and b.state in ('PAID', 'PARTLY_REFUNDED') and e.status in ('PUBLISHED', 'ARCHIVED')
                  and e.ends_at <= ? and e.ends_at > ? and a.feedback_token_hash is null
                  and (a.checked_in_at is not null
                       or not exists (select 1 from attendee c where c.event_id = e.id and c.checked_in_at is not null))
                order by a.id limit 500
                """, Long.class, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(14))));
        for (long id : due) {
            Attendee attendee = attendees.findById(id).orElseThrow();
            String token = Tokens.newToken();
            attendee.feedbackToken(Tokens.hash(token));
            notices.feedback(attendee, token);
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public Optional<Attendee> feedbackFor(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return attendees.findByFeedbackTokenHash(Tokens.hash(token)).map(a -> {
            a.booking().event().title();
            return a;
        });
    }

    @Transactional(readOnly = true)
    public boolean feedbackGiven(long attendeeId) {
        return jdbc.queryForObject("select count(*) from event_feedback where attendee_id = ?", Integer.class, attendeeId) > 0;
    }

    /** @return false when this person had already answered */
    @Transactional
    public boolean saveFeedback(Attendee attendee, int rating, String useful, String comments) {
        return jdbc.update("""
                insert into event_feedback (event_id, attendee_id, rating, useful, comments, created_at) values (?, ?, ?, ?, ?, ?)
                on conflict (attendee_id) do nothing
                """, attendee.booking().event().id(), attendee.id(), rating, blank(useful), blank(comments),
                java.sql.Timestamp.from(clock.instant())) == 1;
    }

    /** For staff: how many answered, the average, the spread of ratings, and the comments (without names). */
    public record FeedbackSummary(int asked, int answered, double average, int[] ratings, List<String> useful, List<String> comments) {
    }

    @Transactional(readOnly = true)
    public FeedbackSummary feedback(long eventId) {
        int asked = jdbc.queryForObject("select count(*) from attendee where event_id = ? and feedback_token_hash is not null",
                Integer.class, eventId);
        int[] ratings = new int[5];
        List<String> useful = new java.util.ArrayList<>();
        List<String> comments = new java.util.ArrayList<>();
        jdbc.query("select rating, useful, comments from event_feedback where event_id = ? order by created_at", rs -> {
            ratings[rs.getInt(1) - 1]++;
            if (rs.getString(2) != null) {
                useful.add(rs.getString(2));
            }
            if (rs.getString(3) != null) {
                comments.add(rs.getString(3));
            }
        }, eventId);
        int answered = java.util.Arrays.stream(ratings).sum();
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * ratings[i];
        }
        return new FeedbackSummary(asked, answered, answered == 0 ? 0 : sum / answered, ratings, useful, comments);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
