package uk.org.ncjaa.springboard.events.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.events.EventsProperties;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * The emails bookings send, each once its transaction commits. An email is written in its
 * recipient's language when it is sent, so its model holds what changes with the language both
 * ways: the English ({@code when}) and the Welsh ({@code whenCy}), whatever page the booking came
 * from.
 */
@Component
class Notices {

    private final ApplicationEventPublisher events;
    private final Calendars calendars;
    private final EventsProperties properties;
    private final String baseUrl;
    private MessageSource messages;

    @org.springframework.beans.factory.annotation.Autowired
    void setMessages(MessageSource messages) {
        this.messages = messages;
    }

    Notices(ApplicationEventPublisher events, Calendars calendars, EventsProperties properties,
            @Value("${springboard.base-url:http://localhost:8080}") String baseUrl) {
        this.events = events;
        this.calendars = calendars;
        this.properties = properties;
        this.baseUrl = baseUrl;
    }

    /**
     * Places confirmed: with the calendar file, and joining details for online events. The booker
     * is told, and so is each person booked for who gave an address of their own (once an address),
     * so that nobody depends on the booker passing the details on. Only the booker's email carries
     * the booking's link, which can change or cancel every place.
     */
    void confirmed(Booking booking, String token) {
        Event event = booking.event();
        Map<String, String> model = model(booking, token);
        List<MailRequested.Attachment> calendar = List.of(new MailRequested.Attachment("event.ics",
                "text/calendar; charset=UTF-8; method=PUBLISH",
                calendars.event(event, event.delivery().online() ? event.joiningDetails() : null).getBytes(StandardCharsets.UTF_8)));
        model.putAll(joining(event));
        events.publishEvent(new MailRequested(booking.bookerEmail(), "Booking confirmed: " + event.title(), "event-booking-confirmed",
                model, calendar));
        java.util.Set<String> told = new java.util.HashSet<>();
        told.add(booking.bookerEmail().toLowerCase(java.util.Locale.ROOT));
        for (Attendee attendee : booking.attendees()) {
            if (attendee.active() && attendee.email() != null && told.add(attendee.email().toLowerCase(java.util.Locale.ROOT))) {
                Map<String, String> own = model(booking, null);
                own.put("name", attendee.name());
                own.put("booker", booking.bookerName());
                own.putAll(joining(event));
                events.publishEvent(new MailRequested(attendee.email(), "Place confirmed: " + event.title(), "event-place-confirmed", own,
                        calendar));
            }
        }
    }

    /** What a confirmation says about getting there, besides where: the calendar links, and how to join online. */
    private Map<String, String> joining(Event event) {
        Map<String, String> model = new HashMap<>();
        model.put("google", calendars.googleLink(event));
        model.put("outlook", calendars.outlookLink(event));
        if (event.delivery().online() && event.joiningDetails() != null) {
            model.put("joining", event.joiningDetails());
        }
        return model;
    }

    /** Booked, but waiting for payment or for our approval of a bursary. */
    void received(Booking booking, String token) {
        Map<String, String> model = model(booking, token);
        model.put("bankDetails", properties.organisation().howToPay(baseUrl));
        if (booking.expiresAt() != null) {
            model.put("payBy", Dates.day(booking.expiresAt(), java.util.Locale.UK));
            model.put("payByCy", Dates.day(booking.expiresAt(), Languages.WELSH));
        }
        String subject = booking.state() == BookingState.AWAITING_APPROVAL ? "Bursary request received: " : "Booking received, payment due: ";
        // the subject differs with what is awaited: the English as it was, the Welsh from the bundle
        model.put("receivedSubject", subject + booking.event().title());
        model.put("receivedSubjectCy", welsh(booking.state() == BookingState.AWAITING_APPROVAL ? "events.mail.subject.bursary"
                : "events.mail.subject.payment", model.get("eventCy"), subject + booking.event().title()));
        events.publishEvent(new MailRequested(booking.bookerEmail(), subject + booking.event().title(), "event-booking-received", model));
    }

    void cancelled(Booking booking, String why) {
        Map<String, String> model = model(booking, null);
        model.put("why", why);
        whyKey(why, model);
        events.publishEvent(new MailRequested(booking.bookerEmail(), "Booking cancelled: " + booking.event().title(),
                "event-booking-cancelled", model));
    }

    void eventCancelled(Booking booking) {
        Map<String, String> model = model(booking, null);
        model.put("reason", booking.event().cancelReason());
        events.publishEvent(new MailRequested(booking.bookerEmail(), "Event cancelled: " + booking.event().title(),
                "event-cancelled", model));
    }

    /** A personal invitation to an invitation-only event, with its own link. */
    void invited(Event event, String name, String email, String token) {
        Map<String, String> model = new HashMap<>();
        model.put("name", name == null ? "" : name);
        model.putAll(languages(event));
        model.put("slug", event.slug());
        model.put("token", token);
        events.publishEvent(new MailRequested(email, "Invitation: " + event.title(), "event-invitation", model));
    }

    void eventCancelled(WaitlistEntry entry) {
        Map<String, String> model = waitlistModel(entry, "");
        model.put("reason", entry.event().cancelReason());
        events.publishEvent(new MailRequested(entry.email(), "Event cancelled: " + entry.event().title(), "event-cancelled", model));
    }

    void waitlisted(WaitlistEntry entry, String token, int position) {
        Map<String, String> model = waitlistModel(entry, token);
        model.put("position", String.valueOf(position));
        events.publishEvent(new MailRequested(entry.email(), "On the waiting list: " + entry.event().title(), "event-waitlist-joined", model));
    }

    void offered(WaitlistEntry entry, String token) {
        Map<String, String> model = waitlistModel(entry, token);
        model.put("until", Dates.dayAndTime(entry.offerExpiresAt(), java.util.Locale.UK));
        model.put("untilCy", Dates.dayAndTime(entry.offerExpiresAt(), Languages.WELSH));
        events.publishEvent(new MailRequested(entry.email(), "Places for you: " + entry.event().title(), "event-waitlist-offer", model));
    }

    void reminder(Attendee attendee, String token) {
        Booking booking = attendee.booking();
        Map<String, String> model = model(booking, token);
        model.put("name", attendee.name());
        if (booking.event().delivery().online() && booking.event().joiningDetails() != null) {
            model.put("joining", booking.event().joiningDetails());
        }
        events.publishEvent(new MailRequested(attendee.contactEmail(), "Reminder: " + booking.event().title(), "event-reminder", model));
    }

    void feedback(Attendee attendee, String token) {
        Map<String, String> model = model(attendee.booking(), null);
        model.put("name", attendee.name());
        model.put("feedbackToken", token);
        events.publishEvent(new MailRequested(attendee.contactEmail(), "How was it? " + attendee.booking().event().title(),
                "event-feedback", model));
    }

    private static Map<String, String> model(Booking booking, String token) {
        Event event = booking.event();
        Map<String, String> model = new HashMap<>();
        model.put("name", booking.bookerName());
        model.putAll(languages(event));
        model.put("slug", event.slug());
        model.put("reference", booking.reference());
        model.put("places", String.valueOf(booking.places()));
        model.put("ticket", booking.ticketType().kind().label());
        model.put("ticketKind", booking.ticketType().kind().name());
        model.put("total", booking.total());
        model.put("attendees", String.join(", ", booking.attendees().stream().filter(Attendee::active).map(Attendee::name).toList()));
        if (token != null) {
            model.put("token", token);
        }
        return model;
    }

    /** The event's title, time and place in English and in Welsh (the Welsh title is the English where there is none). */
    private static Map<String, String> languages(Event event) {
        Map<String, String> model = new HashMap<>();
        model.put("event", event.title());
        model.put("eventCy", event.title(true));
        model.put("when", Dates.range(event.startsAt(), event.endsAt(), java.util.Locale.UK));
        model.put("whenCy", Dates.range(event.startsAt(), event.endsAt(), Languages.WELSH));
        model.put("where", Calendars.location(event, java.util.Locale.UK));
        model.put("whereCy", Calendars.location(event, Languages.WELSH));
        return model;
    }

    /** The message of a reason for cancelling that the site gives (not one staff typed), so a Welsh email says it in Welsh. */
    private static void whyKey(String why, Map<String, String> model) {
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("You cancelled the place for (.+)\\. The other places stand\\.")
            .matcher(why == null ? "" : why);
        if ("You cancelled the booking.".equals(why)) {
            model.put("whyKey", "events.mail.why.booking");
        }
        else if ("You cancelled the last place.".equals(why)) {
            model.put("whyKey", "events.mail.why.last");
        }
        else if ("We did not receive payment in time, so the places have been freed for others.".equals(why)) {
            model.put("whyKey", "events.mail.why.unpaid");
        }
        else if (place.matches()) {
            model.put("whyKey", "events.mail.why.place");
            model.put("whyName", place.group(1));
        }
    }

    /** A Welsh message with one argument, or the English where the bundle has none. */
    private String welsh(String key, String arg, String english) {
        return messages == null ? english : messages.getMessage(key, new Object[] { arg }, english, Languages.WELSH);
    }

    private static Map<String, String> waitlistModel(WaitlistEntry entry, String token) {
        Map<String, String> model = new HashMap<>();
        model.put("name", entry.name());
        model.putAll(languages(entry.event()));
        model.put("slug", entry.event().slug());
        model.put("places", String.valueOf(entry.places()));
        model.put("token", token);
        return model;
    }
}
