package uk.org.ncjaa.springboard.events.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Bookings;

/**
 * Words the events pages build in Java, in the page's language, from the events message bundle.
 * The English of each message is the text the domain gives, so English pages read as before.
 */
@Component
class EventTexts {

    /** Why booking is closed, as {@code Event.bookingClosedReason} gives it, and the key of its message. */
    private static final Map<String, String> CLOSED = Map.of(
            "This event has been cancelled.", "events.closed.cancelled",
            "This event is not open for booking.", "events.closed.notOpen",
            "Booking has not opened yet.", "events.closed.notYet",
            "Booking has closed.", "events.closed.closed");

    private final MessageSource messages;

    EventTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
    }

    /** A ticket kind's name, for a sentence. */
    String ticket(TicketKind kind) {
        return messages.getMessage("events.ticket." + kind.name(), null, kind.label(), LocaleContextHolder.getLocale());
    }

    String closed(String reason) {
        if (reason == null) {
            return null;
        }
        String key = CLOSED.get(reason);
        return key == null ? reason : messages.getMessage(key, null, reason, LocaleContextHolder.getLocale());
    }

    /** Why a booking was refused; ticket kinds among the message's arguments are named in the page's language. */
    String refused(Bookings.Refused refused) {
        if (refused.key() == null) {
            return closed(refused.reason());
        }
        Object[] args = refused.args().stream().map(arg -> arg instanceof TicketKind kind ? ticket(kind) : arg).toArray();
        return messages.getMessage(refused.key(), args.length == 0 ? null : args, refused.reason(), LocaleContextHolder.getLocale());
    }
}
