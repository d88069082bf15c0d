package uk.org.ncjaa.springboard.events.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders only move forward. */
class BookingStateTests {

    @Test
    void aPaidOrderNeverGoesBackToWaitingAndACancelledOneNeverComesBack() {
        assertThat(BookingState.PENDING_PAYMENT.canMoveTo(BookingState.PAID)).isTrue();
        assertThat(BookingState.AWAITING_APPROVAL.canMoveTo(BookingState.PAID)).isTrue();
        assertThat(BookingState.PAID.canMoveTo(BookingState.PENDING_PAYMENT)).isFalse();
        assertThat(BookingState.PAID.canMoveTo(BookingState.AWAITING_APPROVAL)).isFalse();
        assertThat(BookingState.CANCELLED.canMoveTo(BookingState.PAID)).isFalse();
        assertThat(BookingState.CANCELLED.canMoveTo(BookingState.PENDING_PAYMENT)).isFalse();
        assertThat(BookingState.REFUNDED.next()).isEmpty();
        assertThat(BookingState.PARTLY_REFUNDED.canMoveTo(BookingState.REFUNDED)).isTrue();
        assertThat(BookingState.PENDING_PAYMENT.canMoveTo(BookingState.REFUNDED)).as("nothing paid, nothing to refund").isFalse();
    }

    @Test
    void onceSettledNoStateLeadsBackToWaitingOrToConfirmedAgain() {
        for (BookingState from : java.util.EnumSet.of(BookingState.PAID, BookingState.PARTLY_REFUNDED, BookingState.REFUNDED,
                BookingState.CANCELLED)) {
            assertThat(from.next()).as("after " + from).doesNotContain(BookingState.AWAITING_APPROVAL, BookingState.PENDING_PAYMENT,
                    BookingState.PAID);
        }
    }
}
