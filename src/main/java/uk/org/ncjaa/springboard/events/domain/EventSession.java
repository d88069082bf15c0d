package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One part of a multi-session event, such as the second morning of a course. */
@Entity
@Table(name = "event_session")
public class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    private int position;

    private String title;

    private Instant startsAt;

    private Instant endsAt;

    protected EventSession() {
    }

    EventSession(Event event, int position, String title, Instant startsAt, Instant endsAt) {
        this.event = event;
        this.position = position;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public String when() {
        return Dates.range(startsAt, endsAt);
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
