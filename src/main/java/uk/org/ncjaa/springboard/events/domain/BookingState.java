package uk.org.ncjaa.springboard.events.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. An order only moves forward along the transitions below: a paid order
 * never goes back to waiting for payment, a cancelled one never comes back.
 */
public enum BookingState {

    AWAITING_APPROVAL("Waiting for our approval"),
    PENDING_PAYMENT("Waiting for payment"),
    PAID("Confirmed"),
    PARTLY_REFUNDED("Confirmed, partly refunded"),
    REFUNDED("Refunded"),
    CANCELLED("Cancelled");

    private final String label;

    BookingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<BookingState> next() {
        return switch (this) {
            case AWAITING_APPROVAL -> EnumSet.of(PAID, CANCELLED);
            case PENDING_PAYMENT -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(PARTLY_REFUNDED, REFUNDED, CANCELLED);
            case PARTLY_REFUNDED -> EnumSet.of(PARTLY_REFUNDED, REFUNDED, CANCELLED);
            // a paid booking cancelled first may be refunded afterwards (Booking checks it was paid)
            case CANCELLED -> EnumSet.of(REFUNDED);
            case REFUNDED -> EnumSet.noneOf(BookingState.class);
        };
    }

    public boolean canMoveTo(BookingState state) {
        return next().contains(state);
    }

    /** Holds places at the event. */
    public boolean holdsPlaces() {
        return this == AWAITING_APPROVAL || this == PENDING_PAYMENT || this == PAID || this == PARTLY_REFUNDED;
    }

    /** The attendees may come. */
    public boolean confirmed() {
        return this == PAID || this == PARTLY_REFUNDED;
    }
}
