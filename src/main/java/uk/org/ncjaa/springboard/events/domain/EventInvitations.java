package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Personal invitations to an invitation-only event such as the Arts Forum: staff paste a list of
 * people, each is emailed their own link, and each link books once. The event's shared code still
 * works for people invited some other way.
 */
@Service
@Transactional
public class EventInvitations {

    /** "name@example.org" or "Ann Example <name@example.org>", one per line. */
    private static final Pattern LINE = Pattern.compile("\\s*(?:(.+?)\\s*<\\s*([^<>\\s]+@[^<>\\s]+\\.[^<>\\s]+)\\s*>|([^<>\\s]+@[^<>\\s]+\\.[^<>\\s]+))\\s*");

    private final EventRepository events;
    private final JdbcTemplate jdbc;
    private final Notices notices;
    private final Clock clock;

    EventInvitations(EventRepository events, JdbcTemplate jdbc, Notices notices, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    /** What a list of people led to: who was invited now, who had been already, and lines that are not addresses. */
    public record Sent(int invited, int already, List<String> notUnderstood) {
    }

    public record Invitation(String name, String email, Instant invitedAt, String bookingReference) {
    }

    public Sent invite(long eventId, String list, long staffId) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("No such event"));
        Instant now = clock.instant();
        int invited = 0;
        int already = 0;
        List<String> notUnderstood = new ArrayList<>();
        for (String line : (list == null ? "" : list).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || line.length() > 320) {
                notUnderstood.add(line.length() > 80 ? line.substring(0, 80) + "…" : line.strip());
                continue;
            }
            String name = m.group(1) == null ? null : m.group(1).replace("\"", "").strip();
            String email = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
            String token = Tokens.newToken();
            int added = jdbc.update("""
                    insert into event_invitation (event_id, name, email, token_hash, invited_at, invited_by) values (?, ?, ?, ?, ?, ?)
                    on conflict (event_id, lower(email)) do nothing
                    """, eventId, name, email, Tokens.hash(token), java.sql.Timestamp.from(now), staffId);
            if (added == 0) {
                already++;
                continue;
            }
            invited++;
            notices.invited(event, name, email, token);
        }
        return new Sent(invited, already, notUnderstood);
    }

    /** The unused personal invitation to this event that a link carries. */
    @Transactional(readOnly = true)
    public Optional<Long> open(long eventId, String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return jdbc.queryForList("select id from event_invitation where event_id = ? and token_hash = ? and booking_id is null",
                Long.class, eventId, Tokens.hash(token)).stream().findFirst();
    }

    /** Marks the invitation used by this booking; false if another booking used it first. */
    boolean use(long invitationId, long bookingId) {
        return jdbc.update("update event_invitation set booking_id = ? where id = ? and booking_id is null", bookingId, invitationId) == 1;
    }

    @Transactional(readOnly = true)
    public List<Invitation> forEvent(long eventId) {
        return jdbc.query("""
                select i.name, i.email, i.invited_at, b.reference from event_invitation i left join booking b on b.id = i.booking_id
                where i.event_id = ? order by i.invited_at, i.id
                """, (rs, n) -> new Invitation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), eventId);
    }
}
