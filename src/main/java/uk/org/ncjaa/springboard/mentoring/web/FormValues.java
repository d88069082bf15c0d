package uk.org.ncjaa.springboard.mentoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading what people typed into the mentoring forms: null for anything that is not a number or a date. */
final class FormValues {

    private FormValues() {
    }

    static Integer number(String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
