package uk.org.ncjaa.springboard.events.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Dates;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.events.domain.Money;

/** The staff form for an event, kept as typed so that a mistake loses nothing. Times are UK local time. */
public class EventForm {

    private static final Pattern SESSION = Pattern.compile(
            "\\s*(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}:\\d{2})\\s*(?:-|–|to)\\s*(\\d{1,2}:\\d{2})\\s+(.+)");

    public String title;
    public String kind = EventKind.TRAINING.name();
    public String delivery = Delivery.IN_PERSON.name();
    public String summary;
    public String description;
    // the Welsh version (Cymraeg), optional: Welsh pages show the English where a field is empty
    public String titleCy;
    public String summaryCy;
    public String descriptionCy;
    public String date;
    public String startTime;
    public String endDate;
    public String endTime;
    public String venueName;
    public String venueAddress;
    public String accessInfo;
    public String joiningDetails;
    public String organiser = "National Criminal Justice Arts Alliance";
    public String region;
    public List<String> artForms = new ArrayList<>();
    public List<String> settings = new ArrayList<>();
    public String capacity;
    public String bookingOpens;
    public String bookingCloses;
    public String series;
    public String askAccess = Ask.OPTIONAL.name();
    public String askDietary = Ask.OFF.name();
    public String askHeard = Ask.OPTIONAL.name();
    public String sessions;
    public List<TicketRow> tickets = new ArrayList<>();

    public static class TicketRow {
        public String kind;
        public boolean offered;
        public String price;
        public String allowance;
    }

    public EventForm() {
        for (TicketKind kind : TicketKind.values()) {
            TicketRow row = new TicketRow();
            row.kind = kind.name();
            tickets.add(row);
        }
    }

    /** The form for an event as saved, with its Welsh version. */
    static EventForm of(uk.org.ncjaa.springboard.events.domain.Event event) {
        EventForm form = of(event.details());
        form.titleCy = event.titleCy();
        form.summaryCy = event.summaryCy();
        form.descriptionCy = event.descriptionCy();
        return form;
    }

    static EventForm of(EventDetails d) {
        EventForm form = new EventForm();
        form.title = d.title();
        form.kind = d.kind().name();
        form.delivery = d.delivery().name();
        form.summary = d.summary();
        form.description = d.description();
        LocalDateTime start = LocalDateTime.ofInstant(d.startsAt(), Dates.UK);
        LocalDateTime end = LocalDateTime.ofInstant(d.endsAt(), Dates.UK);
        form.date = start.toLocalDate().toString();
        form.startTime = start.toLocalTime().toString();
        form.endDate = end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate().toString();
        form.endTime = end.toLocalTime().toString();
        form.venueName = d.venueName();
        form.venueAddress = d.venueAddress();
        form.accessInfo = d.accessInfo();
        form.joiningDetails = d.joiningDetails();
        form.organiser = d.organiser();
        form.region = d.region();
        form.artForms = new ArrayList<>(d.artForms());
        form.settings = new ArrayList<>(d.settings());
        form.capacity = String.valueOf(d.capacity());
        form.bookingOpens = d.bookingOpensAt() == null ? null : LocalDateTime.ofInstant(d.bookingOpensAt(), Dates.UK).toString();
        form.bookingCloses = d.bookingClosesAt() == null ? null : LocalDateTime.ofInstant(d.bookingClosesAt(), Dates.UK).toString();
        form.series = d.series();
        form.askAccess = d.askAccess().name();
        form.askDietary = d.askDietary().name();
        form.askHeard = d.askHeard().name();
        StringBuilder lines = new StringBuilder();
        for (EventDetails.Session s : d.sessions()) {
            LocalDateTime from = LocalDateTime.ofInstant(s.startsAt(), Dates.UK);
            lines.append(from.toLocalDate()).append(' ').append(from.toLocalTime()).append('-')
                .append(LocalDateTime.ofInstant(s.endsAt(), Dates.UK).toLocalTime()).append(' ').append(s.title()).append('\n');
        }
        form.sessions = lines.toString();
        for (TicketRow row : form.tickets) {
            EventDetails.Ticket t = d.tickets().get(TicketKind.valueOf(row.kind));
            if (t != null) {
                row.offered = true;
                row.price = t.pricePence() == 0 ? "0" : Money.format(t.pricePence()).replace("£", "");
                row.allowance = String.valueOf(t.allowance());
            }
        }
        return form;
    }

    /** The details, or null with every problem recorded against its field. */
    EventDetails validate(Errors errors) {
        required(errors, "title", title, "Enter the event's title", 200);
        required(errors, "summary", summary, "Enter a one-line summary", 300);
        required(errors, "description", description, "Describe the event", 20_000);
        required(errors, "organiser", organiser, "Enter who organises it", 200);
        optional(errors, "titleCy", titleCy, 200);
        optional(errors, "summaryCy", summaryCy, 300);
        optional(errors, "descriptionCy", descriptionCy, 20_000);
        EventKind eventKind = parse(EventKind.class, kind);
        Delivery eventDelivery = parse(Delivery.class, delivery);
        if (eventKind == null) {
            errors.rejectValue("kind", "invalid", "Choose the kind of event");
        }
        if (eventDelivery == null) {
            errors.rejectValue("delivery", "invalid", "Choose how people take part");
        }
        LocalDate day = date(errors, "date", date, true);
        LocalTime from = time(errors, "startTime", startTime, "Enter the start time, for example 09:30");
        LocalTime to = time(errors, "endTime", endTime, "Enter the end time, for example 16:30");
        LocalDate lastDay = endDate == null || endDate.isBlank() ? day : date(errors, "endDate", endDate, false);
        Instant starts = day != null && from != null ? day.atTime(from).atZone(Dates.UK).toInstant() : null;
        Instant ends = lastDay != null && to != null ? lastDay.atTime(to).atZone(Dates.UK).toInstant() : null;
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.rejectValue("endTime", "order", "The event must end after it starts");
        }
        if (eventDelivery != null && eventDelivery.inPerson() && blank(venueName)) {
            errors.rejectValue("venueName", "required", "Enter the venue: the event takes place in person");
        }
        if (eventDelivery != null && eventDelivery.online() && blank(joiningDetails)) {
            errors.rejectValue("joiningDetails", "required", "Enter how to join online: only confirmed attendees see it");
        }
        int places = -1;
        try {
            places = Integer.parseInt(capacity == null ? "" : capacity.strip());
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        if (places < 1 || places > 100_000) {
            errors.rejectValue("capacity", "invalid", "Enter the number of places, a whole number from 1 to 100,000");
        }
        Instant opens = dateTime(errors, "bookingOpens", bookingOpens);
        Instant closes = dateTime(errors, "bookingCloses", bookingCloses);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("bookingCloses", "order", "Booking must close after it opens");
        }
        Ask access = parse(Ask.class, askAccess);
        Ask dietary = parse(Ask.class, askDietary);
        Ask heard = parse(Ask.class, askHeard);
        if (access == null || dietary == null || heard == null) {
            errors.rejectValue("askAccess", "invalid", "Choose whether to ask each question");
        }
        List<EventDetails.Session> parts = sessions(errors);
        Map<TicketKind, EventDetails.Ticket> offered = new EnumMap<>(TicketKind.class);
        for (int i = 0; i < tickets.size(); i++) {
            TicketRow row = tickets.get(i);
            TicketKind ticketKind = parse(TicketKind.class, row.kind);
            if (ticketKind == null || !row.offered) {
                continue;
            }
            OptionalInt price = ticketKind.alwaysFree() ? OptionalInt.of(0) : Money.parse(row.price);
            if (price.isEmpty() || !ticketKind.alwaysFree() && price.getAsInt() == 0) {
                errors.rejectValue("tickets[" + i + "].price", "invalid", "Enter the " + ticketKind.label().toLowerCase()
                        + " price in pounds, for example 95 or 12.50 (use a free ticket for no charge)");
            }
            int allowance = -1;
            try {
                allowance = row.allowance == null || row.allowance.isBlank() ? places : Integer.parseInt(row.allowance.strip());
            }
            catch (NumberFormatException ex) {
                // reported below
            }
            if (allowance < 1 || places > 0 && allowance > places) {
                errors.rejectValue("tickets[" + i + "].allowance", "invalid", "Enter how many " + ticketKind.label().toLowerCase()
                        + " places, from 1 up to the event's capacity");
            }
            if (price.isPresent() && allowance > 0) {
                offered.put(ticketKind, new EventDetails.Ticket(price.getAsInt(), allowance));
            }
        }
        if (offered.isEmpty() && !errors.hasFieldErrors("tickets*")) {
            errors.rejectValue("tickets", "none", "Offer at least one kind of ticket");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new EventDetails(title, eventKind, eventDelivery, summary, description, starts, ends, venueName, venueAddress, accessInfo,
                joiningDetails, organiser, region, clean(artForms), clean(settings), places, opens, closes, series, access, dietary, heard,
                parts, offered);
    }

    private List<EventDetails.Session> sessions(Errors errors) {
        List<EventDetails.Session> parts = new ArrayList<>();
        if (blank(sessions)) {
            return parts;
        }
        int n = 0;
        for (String line : sessions.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            Matcher m = SESSION.matcher(line);
            try {
                if (!m.matches()) {
                    throw new DateTimeParseException("no match", line, 0);
                }
                LocalDate d = LocalDate.parse(m.group(1));
                Instant s = d.atTime(LocalTime.parse(pad(m.group(2)))).atZone(Dates.UK).toInstant();
                Instant e = d.atTime(LocalTime.parse(pad(m.group(3)))).atZone(Dates.UK).toInstant();
                if (!e.isAfter(s)) {
                    throw new DateTimeParseException("order", line, 0);
                }
                parts.add(new EventDetails.Session(m.group(4).strip(), s, e));
            }
            catch (DateTimeParseException ex) {
                errors.rejectValue("sessions", "invalid", "Session " + n + " is not in the form “2027-01-15 09:30-12:30 Morning workshop”"
                        + " with the end after the start");
                return parts;
            }
        }
        return parts;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    /** The Welsh version as typed; call after {@link #validate}, which checks its lengths. */
    uk.org.ncjaa.springboard.events.domain.Event.Welsh welsh() {
        return new uk.org.ncjaa.springboard.events.domain.Event.Welsh(titleCy, summaryCy, descriptionCy);
    }

    private static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "length", "Keep it under " + max + " characters");
        }
    }

    private static void required(Errors errors, String field, String value, String message, int max) {
        if (blank(value)) {
            errors.rejectValue(field, "required", message);
        }
        else if (value.length() > max) {
            errors.rejectValue(field, "length", "Keep it under " + max + " characters");
        }
    }

    private static LocalDate date(Errors errors, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.rejectValue(field, "required", "Enter the date, for example 2027-01-15");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            errors.rejectValue(field, "invalid", "Enter a real date, for example 2027-01-15");
            return null;
        }
    }

    private static LocalTime time(Errors errors, String field, String value, String message) {
        try {
            return LocalTime.parse(pad(value == null ? "" : value.strip()));
        }
        catch (DateTimeParseException ex) {
            errors.rejectValue(field, "invalid", message);
            return null;
        }
    }

    private static Instant dateTime(Errors errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Dates.UK).toInstant();
        }
        catch (DateTimeParseException ex) {
            errors.rejectValue(field, "invalid", "Enter a date and time, for example 2027-01-01T09:00");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
