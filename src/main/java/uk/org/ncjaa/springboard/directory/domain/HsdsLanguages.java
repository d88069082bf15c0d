package uk.org.ncjaa.springboard.directory.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639 codes for the languages listings name in words ("English", "Welsh"), for HSDS's
 * {@code language.code}. A name that is not a language's English name gets no code rather than a
 * guessed one.
 */
final class HsdsLanguages {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(code)) {
                CODES.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
            }
        }
        // the sign languages used in the UK have ISO 639-3 codes but no ISO 639-1 ones
        CODES.put("british sign language", "bfi");
        CODES.put("bsl", "bfi");
        CODES.put("irish sign language", "isg");
    }

    private HsdsLanguages() {
    }

    /** The ISO 639-1 code (or ISO 639-3 where there is none) for a language named in English, or null. */
    static String code(String name) {
        return name == null ? null : CODES.get(name.strip().toLowerCase(Locale.ROOT));
    }
}
