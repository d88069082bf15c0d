package uk.org.ncjaa.springboard.members;

import java.util.List;

/** Upcoming events in a region, for the regional pages; the events module provides them. */
public interface RegionalEvents {

    record Upcoming(String title, String href, String when) {
    }

    List<Upcoming> in(String regionSlug, int limit);
}
