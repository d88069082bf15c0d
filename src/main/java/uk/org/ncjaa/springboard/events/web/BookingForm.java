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
        text(errors, "bookerName", bookerName, "Enter your name", 200);
        if (!EmailAddresses.plausible(bookerEmail)) {
            errors.rejectValue("bookerEmail", "invalid", "Enter your email address, like name@example.org: we send the booking to it");
        }
        if (bookerPhone != null && bookerPhone.length() > 40) {
            errors.rejectValue("bookerPhone", "length", "Keep the phone number under 40 characters");
        }
        if (bookerOrg != null && bookerOrg.length() > 200) {
            errors.rejectValue("bookerOrg", "length", "Keep the organisation under 200 characters");
        }
        if (event.askHeard() == Ask.REQUIRED && blank(heardAbout)) {
            errors.rejectValue("heardAbout", "required", "Tell us how you heard about the event");
        }
        if (paid) {
            if (ways.stream().noneMatch(way -> way.name().equals(payment))) {
                errors.rejectValue("payment", "invalid", "Choose how to pay");
            }
        }
        List<Bookings.AttendeeDetails> details = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            AttendeeRow row = attendees.get(i);
            String who = attendees.size() == 1 ? "the attendee" : "attendee " + (i + 1);
            text(errors, "attendees[" + i + "].name", row.name, "Enter the name of " + who, 200);
            if (!blank(row.email) && !EmailAddresses.plausible(row.email)) {
                errors.rejectValue("attendees[" + i + "].email", "invalid", "Enter a real email address for " + who + ", or leave it empty");
            }
            if (event.askAccess() == Ask.REQUIRED && blank(row.accessNeeds)) {
                errors.rejectValue("attendees[" + i + "].accessNeeds", "required",
                        "Tell us about any access needs of " + who + ", or write “none”");
            }
            if (event.askDietary() == Ask.REQUIRED && blank(row.dietaryNeeds)) {
                errors.rejectValue("attendees[" + i + "].dietaryNeeds", "required",
                        "Tell us about any dietary needs of " + who + ", or write “none”");
            }
            if (length(row.accessNeeds) > 2000 || length(row.dietaryNeeds) > 2000) {
                errors.rejectValue("attendees[" + i + "].accessNeeds", "length", "Keep each answer under 2,000 characters");
            }
            details.add(new Bookings.AttendeeDetails(row.name, row.email, event.askAccess().asked() ? row.accessNeeds : null,
                    event.askDietary().asked() ? row.dietaryNeeds : null));
        }
        return errors.hasErrors() ? null : details;
    }

    private static void text(Errors errors, String field, String value, String message, int max) {
        if (blank(value)) {
            errors.rejectValue(field, "required", message);
        }
        else if (value.length() > max) {
            errors.rejectValue(field, "length", "Keep it under " + max + " characters");
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
