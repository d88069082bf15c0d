package uk.org.ncjaa.springboard.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A module's part of one person's history with the network, for the staff CRM's timeline. Each
 * module that knows what a person did (booked, submitted, applied, subscribed) provides one, so the
 * CRM shows everything without {@code members} knowing every module. Moments are said in words and
 * carry only what staff need to follow a person's involvement: never private words such as
 * mentoring meeting notes or goals, and never the contents of messages.
 */
public interface MemberHistory {

    /** What this module knows of the account, in any order; the CRM sorts and filters. */
    List<Moment> about(long accountId);

    /**
     * A time read from a native query's row, whichever type the driver chose for a
     * {@code timestamp with time zone}; null stays null.
     */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) value).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime) {
            return ((java.time.OffsetDateTime) value).toInstant();
        }
        if (value instanceof java.time.ZonedDateTime) {
            return ((java.time.ZonedDateTime) value).toInstant();
        }
        throw new IllegalArgumentException("Not a time: " + value.getClass().getName());
    }

    /** The areas of the platform a moment belongs to, for staff to filter the timeline. */
    enum Kind {
        ACCOUNT("Account"), MEMBERSHIP("Membership"), CONSENT("Consents"), EVENTS("Events"), EVIDENCE("Evidence Library"),
        CONTENT("Shared for publication"), DIRECTORY("Directory of Services"), MENTORING("Mentoring"), NEWSLETTER("Newsletter");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param when when it happened
     * @param kind the area it belongs to
     * @param what what happened, in a short sentence a person understands, such as "Booked 2 places"
     * @param detail more words, or null
     * @param link the address of a staff page about it, or null
     */
    record Moment(Instant when, Kind kind, String what, String detail, String link) {

        public Moment {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(what, "what");
        }

        public static Moment of(Instant when, Kind kind, String what) {
            return new Moment(when, kind, what, null, null);
        }

        public Moment detail(String detail) {
            return new Moment(when, kind, what, detail, link);
        }

        public Moment link(String link) {
            return new Moment(when, kind, what, detail, link);
        }
    }
}
