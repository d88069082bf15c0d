package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Event times as people in the UK read them: "Friday 15 January 2027, 9:30am to 4:30pm". */
public final class Dates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Dates() {
    }

    public static String day(Instant instant) {
        return DAY.format(instant.atZone(UK));
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(UK)).toLowerCase(Locale.UK).replace(":00", "");
    }

    /** For a {@code <time datetime>} attribute: whole seconds, in UTC (HTML allows at most three decimals). */
    public static String machine(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public static String range(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(UK);
        ZonedDateTime e = end.atZone(UK);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return day(start) + ", " + time(start) + " to " + time(end);
        }
        return day(start) + ", " + time(start) + " to " + day(end) + ", " + time(end);
    }
}
