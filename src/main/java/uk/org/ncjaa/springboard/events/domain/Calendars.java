package uk.org.ncjaa.springboard.events.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calendar files (iCalendar, RFC 5545) for one event and for the feed of all upcoming ones, and
 * "add to calendar" links for the big web calendars. Times are written in UTC, which every client
 * reads without a time-zone definition. An event over several days is one entry per session or day.
 */
@Component
public class Calendars {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String baseUrl;
    private final String host;

    Calendars(@Value("${springboard.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl;
        this.host = URI.create(baseUrl).getHost() == null ? "springboard" : URI.create(baseUrl).getHost();
    }

    /** One event; joining details only for someone whose place is confirmed. */
    public String event(Event event, String joiningDetails) {
        Calendar calendar = calendar("Springboard: " + event.title());
        calendar.add(new Method(Method.VALUE_PUBLISH));
        vevents(event, joiningDetails).forEach(calendar::add);
        return write(calendar);
    }

    /** Every upcoming event, for calendar subscriptions. */
    public String feed(List<Event> events) {
        Calendar calendar = calendar("Springboard events");
        for (Event event : events) {
            vevents(event, null).forEach(calendar::add);
        }
        return write(calendar);
    }

    public String googleLink(Event event) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + encode(event.title()) + "&dates="
                + BASIC.format(event.startsAt()) + "/" + BASIC.format(event.endsAt()) + "&details="
                + encode(event.summary() + "\n" + eventUrl(event)) + "&location=" + encode(location(event));
    }

    public String outlookLink(Event event) {
        return "https://outlook.office.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject="
                + encode(event.title()) + "&startdt=" + encode(event.startsAt().toString()) + "&enddt="
                + encode(event.endsAt().toString()) + "&body=" + encode(event.summary() + "\n" + eventUrl(event))
                + "&location=" + encode(location(event));
    }

    private Calendar calendar(String name) {
        Calendar calendar = new Calendar().withProdId("-//National Criminal Justice Arts Alliance//Springboard//EN")
            .withDefaults().getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return calendar;
    }

    /** One entry of an event in a calendar: a session, a day, or the whole event. */
    private record Part(String summary, Instant startsAt, Instant endsAt) {
    }

    /**
     * The event's entries. A calendar shows one entry as one unbroken block, so an event with
     * sessions gets one entry per session. An event without sessions that runs over several days
     * keeps only its first start and last end: when the day's start time comes before its end time
     * (a two-day course from 9:30 to 4:30) it meets each day at those times, so it gets one entry
     * per day at them; otherwise (an evening into the small hours) it is one block.
     */
    private List<Part> parts(Event event) {
        List<Part> parts = new ArrayList<>();
        for (EventSession session : event.sessions()) {
            parts.add(new Part(event.title() + ": " + session.title(), session.startsAt(), session.endsAt()));
        }
        if (!parts.isEmpty()) {
            return parts;
        }
        ZonedDateTime start = event.startsAt().atZone(Dates.UK);
        ZonedDateTime end = event.endsAt().atZone(Dates.UK);
        LocalDate first = start.toLocalDate();
        LocalDate last = end.toLocalDate();
        if (first.equals(last) || !start.toLocalTime().isBefore(end.toLocalTime())) {
            return List.of(new Part(event.title(), event.startsAt(), event.endsAt()));
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        for (int n = 0; n < days; n++) {
            LocalDate day = first.plusDays(n);
            parts.add(new Part(event.title() + " (day " + (n + 1) + " of " + days + ")",
                    day.atTime(start.toLocalTime()).atZone(Dates.UK).toInstant(), day.atTime(end.toLocalTime()).atZone(Dates.UK).toInstant()));
        }
        return parts;
    }

    private List<VEvent> vevents(Event event, String joiningDetails) {
        List<Part> parts = parts(event);
        List<VEvent> vevents = new ArrayList<>(parts.size());
        for (int n = 0; n < parts.size(); n++) {
            // the first entry keeps the UID an event had as one entry, so a calendar that imported it then updates it
            vevents.add(vevent(event, parts.get(n), "event-" + event.id() + (n == 0 ? "" : "-" + (n + 1)) + "@" + host, joiningDetails));
        }
        return vevents;
    }

    private VEvent vevent(Event event, Part part, String uid, String joiningDetails) {
        VEvent vevent = new VEvent(part.startsAt().truncatedTo(ChronoUnit.SECONDS), part.endsAt().truncatedTo(ChronoUnit.SECONDS),
                part.summary());
        vevent.add(new Uid(uid));
        StringBuilder description = new StringBuilder(event.summary());
        if (!event.sessions().isEmpty()) {
            description.append("\n\nSessions:");
            for (EventSession session : event.sessions()) {
                description.append("\n").append(session.title()).append(": ").append(Dates.range(session.startsAt(), session.endsAt(), java.util.Locale.UK));
            }
        }
        if (joiningDetails != null) {
            description.append("\n\nHow to join: ").append(joiningDetails);
        }
        description.append("\n\n").append(eventUrl(event));
        vevent.add(new Description(description.toString()));
        String location = location(event, java.util.Locale.UK);
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        vevent.add(new Url(URI.create(eventUrl(event))));
        vevent.add(new Status(event.status() == Event.Status.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return vevent;
    }

    private String eventUrl(Event event) {
        return baseUrl + "/events/" + event.slug();
    }

    /** Where the event is, in the page's language. */
    static String location(Event event) {
        return location(event, Dates.locale());
    }

    static String location(Event event, java.util.Locale locale) {
        boolean welsh = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(locale);
        if (event.delivery() == uk.org.ncjaa.springboard.events.Delivery.ONLINE) {
            return welsh ? "Ar-lein" : "Online";
        }
        String place = String.join(", ", java.util.stream.Stream.of(event.venueName(), event.venueAddress())
            .filter(s -> s != null && !s.isBlank()).map(s -> s.replace('\n', ' ').replace("\r", "")).toList());
        return event.delivery() == uk.org.ncjaa.springboard.events.Delivery.HYBRID ? place + (place.isEmpty() ? "" : welsh ? " ac " : " and ") + (welsh ? "ar-lein" : "online")
                : place;
    }

    private static String write(Calendar calendar) {
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not write a calendar", ex);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
