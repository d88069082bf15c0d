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

/** One place: a named person. An email is optional, because many participants are in prison. */
@Entity
@Table(name = "attendee")
public class Attendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    private long eventId;

    private long ticketTypeId;

    private String name;

    private String email;

    private String accessNeeds;

    private String dietaryNeeds;

    private boolean active;

    private Instant checkedInAt;

    private String feedbackTokenHash;

    protected Attendee() {
    }

    Attendee(Booking booking, String name, String email, String accessNeeds, String dietaryNeeds) {
        this.booking = booking;
        this.eventId = booking.event().id();
        this.ticketTypeId = booking.ticketType().id();
        this.name = name.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.accessNeeds = accessNeeds == null || accessNeeds.isBlank() ? null : accessNeeds.strip();
        this.dietaryNeeds = dietaryNeeds == null || dietaryNeeds.isBlank() ? null : dietaryNeeds.strip();
        this.active = true;
    }

    void rename(String name, String email) {
        this.name = name.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    void cancel() {
        this.active = false;
    }

    /** @return false when this ticket was already checked in (the earlier time stands) */
    boolean checkIn(Instant now) {
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = now;
        return true;
    }

    void feedbackToken(String hash) {
        this.feedbackTokenHash = hash;
    }

    public Long id() {
        return id;
    }

    public Booking booking() {
        return booking;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String accessNeeds() {
        return accessNeeds;
    }

    public String dietaryNeeds() {
        return dietaryNeeds;
    }

    public boolean active() {
        return active;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    /** Where to write to this person: their own address, or the booker's when they have none. */
    public String contactEmail() {
        return email != null ? email : booking.bookerEmail();
    }
}
