package uk.org.ncjaa.springboard.events.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.shared.EmailAddresses;

/** The booking form as typed: who is booking, and one set of fields per place. */
public class BookingForm {

    public String ticket;
    public int places = 1;
    public String bookerName;
    public String bookerEmail;
    public String bookerPhone;
    public String bookerOrg;
    public boolean onBehalf;
    public String heardAbout;
    public String payment = Booking.Provider.INVOICE.name();
    public boolean waitlist = true;
    public String offer;
    public String invitation;
    public boolean remember;
    public List<AttendeeRow> attendees = new ArrayList<>();

    public static class AttendeeRow {
        public String name;
        public String email;
        public String accessNeeds;
        public String dietaryNeeds;
    }

    /** As many rows as places, keeping what was typed. */
    void fit(int count) {
        while (attendees.size() < count) {
            attendees.add(new AttendeeRow());
        }
        while (attendees.size() > count) {
            attendees.remove(attendees.size() - 1);
        }
    }

    /** @param ways the ways to pay that people may choose now */
    List<Bookings.AttendeeDetails> validate(Event event, boolean paid, java.util.Set<Booking.Provider> ways, Errors errors) {
        text(errors, "bookerName", bookerName, "events.book.error.bookerName", null, "Enter your name", 200);
        if (!EmailAddresses.plausible(bookerEmail)) {
            errors.rejectValue("bookerEmail", "events.book.error.bookerEmail", "Enter your email address, like name@example.org: we send the booking to it");
        }
        if (bookerPhone != null && bookerPhone.length() > 40) {
            errors.rejectValue("bookerPhone", "events.book.error.phone", "Keep the phone number under 40 characters");
        }
        if (bookerOrg != null && bookerOrg.length() > 200) {
            errors.rejectValue("bookerOrg", "events.book.error.organisation", "Keep the organisation under 200 characters");
        }
        if (event.askHeard() == Ask.REQUIRED && blank(heardAbout)) {
            errors.rejectValue("heardAbout", "events.book.error.heard", "Tell us how you heard about the event");
        }
        if (paid) {
            if (ways.stream().noneMatch(way -> way.name().equals(payment))) {
                errors.rejectValue("payment", "events.book.error.payment", "Choose how to pay");
            }
        }
        List<Bookings.AttendeeDetails> details = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            AttendeeRow row = attendees.get(i);
            String who = attendees.size() == 1 ? "the attendee" : "attendee " + (i + 1);
            // the messages name the attendee: "one" when there is only one, else by number ({0})
            String one = attendees.size() == 1 ? ".one" : ".many";
            Object[] number = attendees.size() == 1 ? null : new Object[] { i + 1 };
            text(errors, "attendees[" + i + "].name", row.name, "events.book.error.attendee.name" + one, number, "Enter the name of " + who, 200);
            if (!blank(row.email) && !EmailAddresses.plausible(row.email)) {
                errors.rejectValue("attendees[" + i + "].email", "events.book.error.attendee.email" + one, number,
                        "Enter a real email address for " + who + ", or leave it empty");
            }
            if (event.askAccess() == Ask.REQUIRED && blank(row.accessNeeds)) {
                errors.rejectValue("attendees[" + i + "].accessNeeds", "events.book.error.attendee.access" + one, number,
                        "Tell us about any access needs of " + who + ", or write “none”");
            }
            if (event.askDietary() == Ask.REQUIRED && blank(row.dietaryNeeds)) {
                errors.rejectValue("attendees[" + i + "].dietaryNeeds", "events.book.error.attendee.dietary" + one, number,
                        "Tell us about any dietary needs of " + who + ", or write “none”");
            }
            if (length(row.accessNeeds) > 2000 || length(row.dietaryNeeds) > 2000) {
                errors.rejectValue("attendees[" + i + "].accessNeeds", "events.book.error.attendee.long", "Keep each answer under 2,000 characters");
            }
            details.add(new Bookings.AttendeeDetails(row.name, row.email, event.askAccess().asked() ? row.accessNeeds : null,
                    event.askDietary().asked() ? row.dietaryNeeds : null));
        }
        return errors.hasErrors() ? null : details;
    }

    /** The error codes are message keys: the page shows the message in its language, the English one where a key is missing. */
    private static void text(Errors errors, String field, String value, String key, Object[] args, String message, int max) {
        if (blank(value)) {
            errors.rejectValue(field, key, args, message);
        }
        else if (value.length() > max) {
            errors.rejectValue(field, "events.book.error.long", new Object[] { max }, "Keep it under " + max + " characters");
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
