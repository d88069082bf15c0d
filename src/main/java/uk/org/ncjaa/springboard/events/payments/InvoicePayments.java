package uk.org.ncjaa.springboard.events.payments;

import java.net.URI;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.events.domain.Booking;

/**
 * Invoice and bank transfer: the booking holds its places with a numbered invoice and a date to
 * pay by; staff mark it paid, and an unpaid one past its date frees its places.
 */
@Component
class InvoicePayments implements PaymentProvider {

    @Override
    public Booking.Provider id() {
        return Booking.Provider.INVOICE;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Optional<URI> start(Booking booking, String token) {
        return Optional.empty();
    }
}
