package uk.org.ncjaa.springboard.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Plain-English, URL-safe keys made from labels and titles. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
