package uk.org.ncjaa.springboard.shared;

import java.util.regex.Pattern;

/**
 * Whether typed text looks like an email address: a local part, an at sign and a domain with a
 * dot, within the lengths mail allows. Only sending proves an address works; this catches typing
 * mistakes before anything is saved.
 */
public final class EmailAddresses {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private EmailAddresses() {
    }

    /** The text, stripped, is at most 254 characters and has the shape of an address. */
    public static boolean plausible(String text) {
        if (text == null) {
            return false;
        }
        String address = text.strip();
        return address.length() <= 254 && PLAUSIBLE.matcher(address).matches();
    }
}
