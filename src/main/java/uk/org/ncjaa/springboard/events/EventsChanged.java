package uk.org.ncjaa.springboard.events;

/** An event was created, changed, cancelled or archived, or its places changed: public pages are out of date. */
public record EventsChanged(long eventId) {
}
