package uk.org.ncjaa.springboard.shared.i18n;

import java.util.Locale;

/**
 * The language a person chose for their emails, looked up by address. The module that keeps
 * accounts answers; an address it does not know gets English.
 */
public interface RecipientLanguage {

    Locale of(String email);
}
