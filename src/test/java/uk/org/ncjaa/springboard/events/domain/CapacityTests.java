package uk.org.ncjaa.springboard.events.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise that an event is never overbooked, tested the hard way: a thousand people booking
 * a hundred places at once, against PostgreSQL. The negative control switches the lock off and
 * shows the same race overbooking, so the first test is known to be able to fail.
 */
@SpringboardTest
class CapacityTests {

    private static final int PLACES = 100;
    private static final int PEOPLE = 1000;

    @Autowired
    Bookings bookings;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A race leaves a thousand confirmation and waiting-list emails to send: they go before the next
     * test class starts, so that its own emails are not queued behind them.
     */
    @AfterEach
    void letTheEmailsGo() {
        Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).pollInterval(java.time.Duration.ofMillis(200))
            .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class) == 0);
    }

    @Test
    void aThousandPeopleBookingAHundredPlacesAtOnceGetExactlyAHundred() throws Exception {
        Event event = TestEvents.free(catalogue, "Race", PLACES);
        List<Bookings.Outcome> outcomes = race(event, true);

        long booked = outcomes.stream().filter(o -> o instanceof Bookings.Booked).count();
        long waitlisted = outcomes.stream().filter(o -> o instanceof Bookings.Waitlisted).count();
        assertThat(booked).isEqualTo(PLACES);
        assertThat(waitlisted).isEqualTo(PEOPLE - PLACES);
        assertThat(placesTaken(event)).isEqualTo(PLACES);
        assertThat(jdbc.queryForObject("select count(*) from waitlist_entry where event_id = ? and state = 'WAITING'", Integer.class,
                event.id())).isEqualTo(PEOPLE - PLACES);
    }

    @Test
    void withoutTheLockTheSameRaceOverbooks() throws Exception {
        Event event = TestEvents.free(catalogue, "Race without a lock", PLACES);
        bookings.guarded(false);
        try {
            race(event, false);
        }
        finally {
            bookings.guarded(true);
        }
        assertThat(placesTaken(event)).as("places taken with the guard off").isGreaterThan(PLACES);
    }

    private List<Bookings.Outcome> race(Event event, boolean waitlist) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Bookings.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String email = "racer-" + i + "@example.org";
                futures.add(pool.submit(() -> {
                    start.await();
                    return bookings.book(TestEvents.request(event, TicketKind.FREE, email, 1, waitlist));
                }));
            }
            start.countDown();
            List<Bookings.Outcome> outcomes = new ArrayList<>();
            for (Future<Bookings.Outcome> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private int placesTaken(Event event) {
        return jdbc.queryForObject("select count(*) from attendee where event_id = ? and active", Integer.class, event.id());
    }
}
