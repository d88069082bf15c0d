package uk.org.ncjaa.springboard.events.payments;

import java.net.URI;
import java.util.Optional;

import uk.org.ncjaa.springboard.events.domain.Booking;

/**
 * A way to pay for a booking. The booking itself is made the same way whichever is chosen; the
 * provider says where, if anywhere, the booker goes next to pay, and later confirms payment (staff
 * marking an invoice paid, or a verified webhook).
 */
public interface PaymentProvider {

    Booking.Provider id();

    /** Whether people can choose it now (card payments need their keys). */
    boolean enabled();

    /** Where to send the booker to pay, or empty when nothing more is needed now (an invoice is emailed). */
    Optional<URI> start(Booking booking, String token);
}
