package uk.org.ncjaa.springboard.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import uk.org.ncjaa.springboard.shared.i18n.Languages;

/**
 * Event times as people in the UK read them: "Friday 15 January 2027, 9:30am to 4:30pm", or on a
 * Welsh page "Dydd Gwener 15 Ionawr 2027, 9:30yb i 4:30yh". Without a locale, the page's language
 * ({@link LocaleContextHolder}) decides; anything but Welsh is English.
 */
public final class Dates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DAY_CY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Languages.WELSH);
    private static final DateTimeFormatter TIME_CY = DateTimeFormatter.ofPattern("h:mma", Languages.WELSH);

    private Dates() {
    }

    /** The page's language: Welsh, or English for anything else. */
    public static Locale locale() {
        return Languages.welsh(LocaleContextHolder.getLocale()) ? Languages.WELSH : Locale.UK;
    }

    public static String day(Instant instant) {
        return day(instant, locale());
    }

    public static String day(Instant instant, Locale locale) {
        if (Languages.welsh(locale)) {
            String day = DAY_CY.format(instant.atZone(UK));
            return Character.toUpperCase(day.charAt(0)) + day.substring(1);
        }
        return DAY.format(instant.atZone(UK));
    }

    public static String time(Instant instant) {
        return time(instant, locale());
    }

    public static String time(Instant instant, Locale locale) {
        boolean welsh = Languages.welsh(locale);
        return (welsh ? TIME_CY : TIME).format(instant.atZone(UK)).toLowerCase(welsh ? Languages.WELSH : Locale.UK).replace(":00", "");
    }

    /** For a {@code <time datetime>} attribute: whole seconds, in UTC (HTML allows at most three decimals). */
    public static String machine(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public static String range(Instant start, Instant end) {
        return range(start, end, locale());
    }

    public static String range(Instant start, Instant end, Locale locale) {
        ZonedDateTime s = start.atZone(UK);
        ZonedDateTime e = end.atZone(UK);
        String to = Languages.welsh(locale) ? " i " : " to ";
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return day(start, locale) + ", " + time(start, locale) + to + time(end, locale);
        }
        return day(start, locale) + ", " + time(start, locale) + to + day(end, locale) + ", " + time(end, locale);
    }

    /** "Friday 15 January 2027 at 5pm", or "Dydd Gwener 15 Ionawr 2027 am 5yh". */
    public static String dayAndTime(Instant instant, Locale locale) {
        return day(instant, locale) + (Languages.welsh(locale) ? " am " : " at ") + time(instant, locale);
    }

    public static String dayAndTime(Instant instant) {
        return dayAndTime(instant, locale());
    }
}
