package uk.org.ncjaa.springboard.events.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.MemberHistory;

/** Bookings (made, paid, cancelled), each place checked in, and places on waiting lists. */
@Component
class EventsHistory implements MemberHistory {

    private final BookingRepository bookings;
    private final WaitlistRepository waitlist;

    EventsHistory(BookingRepository bookings, WaitlistRepository waitlist) {
        this.bookings = bookings;
        this.waitlist = waitlist;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        for (Booking booking : bookings.withAttendeesForAccount(accountId)) {
            Event event = booking.event();
            String link = "/admin/events/" + event.id() + "/bookings";
            moments.add(new Moment(booking.createdAt(), Kind.EVENTS, "Booked " + places(booking.places()) + ": " + event.title(),
                    "Booking " + booking.reference() + ", now " + booking.state().label().toLowerCase(java.util.Locale.ROOT), link));
            if (booking.paidAt() != null) {
                moments.add(Moment.of(booking.paidAt(), Kind.EVENTS, "Paid for booking " + booking.reference() + ": " + event.title())
                    .link(link));
            }
            if (booking.cancelledAt() != null) {
                moments.add(Moment.of(booking.cancelledAt(), Kind.EVENTS, "Booking " + booking.reference() + " cancelled: " + event.title())
                    .link(link));
            }
            for (Attendee attendee : booking.attendees()) {
                if (attendee.checkedInAt() != null) {
                    moments.add(new Moment(attendee.checkedInAt(), Kind.EVENTS, "Attended: " + event.title(),
                            "Checked in: " + attendee.name(), link));
                }
            }
        }
        for (WaitlistEntry entry : waitlist.forAccount(accountId)) {
            Event event = entry.event();
            String link = "/admin/events/" + event.id() + "/bookings";
            moments.add(new Moment(entry.createdAt(), Kind.EVENTS, "Joined the waiting list for " + places(entry.places()) + ": "
                    + event.title(), "Now: " + entry.state().label().toLowerCase(java.util.Locale.ROOT), link));
            if (entry.offeredAt() != null) {
                moments.add(Moment.of(entry.offeredAt(), Kind.EVENTS, "Offered places from the waiting list: " + event.title()).link(link));
            }
        }
        return moments;
    }

    private static String places(int places) {
        return places == 1 ? "1 place" : places + " places";
    }
}
