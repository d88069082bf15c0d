package uk.org.ncjaa.springboard.events.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import uk.org.ncjaa.springboard.events.TicketKind;

/** A kind of ticket for one event: its price in pence and how many of the event's places it may take. */
@Entity
@Table(name = "ticket_type")
public class TicketType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Enumerated(EnumType.STRING)
    private TicketKind kind;

    private int pricePence;

    private int allowance;

    protected TicketType() {
    }

    TicketType(Event event, TicketKind kind, int pricePence, int allowance) {
        this.event = event;
        this.kind = kind;
        this.pricePence = pricePence;
        this.allowance = allowance;
    }

    void change(int pricePence, int allowance) {
        this.pricePence = pricePence;
        this.allowance = allowance;
    }

    public Long id() {
        return id;
    }

    public TicketKind kind() {
        return kind;
    }

    public int pricePence() {
        return pricePence;
    }

    public int allowance() {
        return allowance;
    }

    public String price() {
        return Money.format(pricePence);
    }
}
