package uk.org.ncjaa.springboard.events.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/**
 * A member's bookings, waiting-list places and remembered access needs, for their data download;
 * and their erasure, which anonymises bookings rather than deleting them, so that counts of places
 * and the invoice sequence stay right.
 */
@Component
@Order(5)
class EventsPersonalData implements PersonalData {

    private final BookingRepository bookings;
    private final JdbcTemplate jdbc;

    EventsPersonalData(BookingRepository bookings, JdbcTemplate jdbc) {
        this.bookings = bookings;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        List<Section> sections = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Booking booking : bookings.forAccount(accountId)) {
            for (Attendee attendee : booking.attendees()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("event", booking.event().title());
                row.put("reference", booking.reference());
                row.put("status", booking.state().label());
                row.put("booked at", text(booking.createdAt()));
                row.put("booked by", booking.bookerName());
                row.put("booker email", booking.bookerEmail());
                row.put("phone", booking.bookerPhone());
                row.put("organisation", booking.bookerOrg());
                row.put("attendee", attendee.name());
                row.put("attendee email", attendee.email());
                row.put("access needs", attendee.accessNeeds());
                row.put("dietary needs", attendee.dietaryNeeds());
                row.put("checked in", text(attendee.checkedInAt()));
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            sections.add(new Section("Event bookings", rows));
        }
        List<Map<String, String>> waiting = jdbc.query("""
                select e.title, w.name, w.email, w.places, w.state, w.created_at from waitlist_entry w join event e on e.id = w.event_id
                where w.account_id = ? order by w.created_at
                """, (rs, i) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("event", rs.getString(1));
                    row.put("name", rs.getString(2));
                    row.put("email", rs.getString(3));
                    row.put("places", rs.getString(4));
                    row.put("status", WaitlistEntry.State.valueOf(rs.getString(5)).label());
                    row.put("joined", text(rs.getTimestamp(6).toInstant()));
                    return row;
                }, accountId);
        if (!waiting.isEmpty()) {
            sections.add(new Section("Event waiting lists", waiting));
        }
        List<Map<String, String>> needs = jdbc.query("select access_needs, updated_at from attendee_preference where account_id = ?",
                (rs, i) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("access needs", rs.getString(1));
                    row.put("saved", text(rs.getTimestamp(2).toInstant()));
                    return row;
                }, accountId);
        if (!needs.isEmpty()) {
            sections.add(new Section("Access needs remembered for bookings", needs));
        }
        return sections;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        long id = deleted.accountId();
        jdbc.update("delete from attendee_preference where account_id = ?", id);
        jdbc.update("""
                update attendee set name = 'Erased', email = null, access_needs = null, dietary_needs = null
                where booking_id in (select id from booking where account_id = ?)
                """, id);
        jdbc.update("""
                update booking set booker_name = 'Erased', booker_email = 'erased@invalid', booker_phone = null, booker_org = null,
                  heard_about = null, account_id = null where account_id = ?
                """, id);
        jdbc.update("""
                update waitlist_entry set name = 'Erased', email = 'erased@invalid', account_id = null,
                  state = case when state in ('WAITING', 'OFFERED') then 'LEFT' else state end where account_id = ?
                """, id);
    }
}
