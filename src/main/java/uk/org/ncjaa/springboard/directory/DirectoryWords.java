package uk.org.ncjaa.springboard.directory;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.context.i18n.LocaleContextHolder;

import uk.org.ncjaa.springboard.shared.i18n.Languages;

/**
 * The directory's words that Java gives the pages (facet and sort names, notes about a search), in
 * the page's language: the English as written in the code, or on a Welsh page its message in the
 * directory's Welsh bundle ({@code i18n/directory_cy.properties}), read here because the names sit
 * on enums that templates outside the module read too.
 */
public final class DirectoryWords {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private DirectoryWords() {
    }

    /** The Welsh message {@code key} whatever the page's language (for an email's Welsh version), or {@code english}. */
    public static String welsh(String key, String english, Object... args) {
        try {
            String welsh = ResourceBundle.getBundle("i18n.directory", Languages.WELSH, NO_FALLBACK).getString(key);
            return args.length == 0 ? welsh : new MessageFormat(welsh, Languages.WELSH).format(args);
        }
        catch (MissingResourceException ex) {
            return english;
        }
    }

    /** {@code english}, or on a Welsh page the Welsh message {@code key}, with {@code args} put in the same way as the bundles'. */
    public static String of(String key, String english, Object... args) {
        return Languages.welsh(LocaleContextHolder.getLocale()) ? welsh(key, english, args) : english;
    }
}
