package uk.org.ncjaa.springboard.directory;

import java.util.List;

/**
 * Upcoming events an organisation runs, for its listing: the directory shows them without knowing
 * where events are kept; the events module provides them.
 */
public interface OrganisationEvents {

    record Upcoming(String title, String href, String when) {
    }

    /** Published upcoming events whose organiser is this organisation, soonest first. */
    List<Upcoming> upcoming(String organisationName, int limit);
}
