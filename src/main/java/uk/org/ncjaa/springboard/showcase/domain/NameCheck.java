package uk.org.ncjaa.springboard.showcase.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a work's words might name someone or somewhere: prisons and other establishments, titles
 * before names, and capitalised words inside sentences. It cannot tell a name from a place or a
 * capitalised word of a poem, so it decides nothing: it marks the words for the editor reading the work
 * through, who confirms the checklist point about names and places.
 */
public final class NameCheck {

    private static final Pattern ESTABLISHMENT = Pattern.compile(
            "\\b(?:HMP(?:\\s*/\\s*YOI)?|HMYOI|YOI|HMIRC|STC|Prison|Young Offender Institution)\\s+(?:[A-Z][\\w'’-]+)(?:\\s+[A-Z][\\w'’-]+)?"
                    + "|\\b[A-Z][\\w'’-]+\\s+(?:Prison|Jail|Gaol|Approved Premises|Probation Office|Crown Court|Magistrates'? Court|Secure Training Centre)\\b");
    private static final Pattern TITLED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr|Officer|Guv|Governor|Judge|DC|DS|PC)\\.?\\s+[A-Z][\\w'’-]+");
    // a capitalised word that does not start a line or a sentence
    private static final Pattern INSIDE = Pattern.compile("(?<=[\\p{Ll},;:]\\s)[A-Z][\\p{L}'’-]{1,}");
    private static final Set<String> COMMON = Set.of("I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d", "God", "Mum", "Dad",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Christmas", "English", "Welsh");

    private NameCheck() {
    }

    /** The words worth a second look, each once, in the order they first appear. */
    public static List<String> suspects(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            collect(ESTABLISHMENT.matcher(text), found);
            collect(TITLED.matcher(text), found);
            Matcher inside = INSIDE.matcher(text);
            while (inside.find()) {
                if (!COMMON.contains(inside.group())) {
                    found.add(inside.group());
                }
            }
        }
        // a word already inside a longer finding need not be listed again
        List<String> all = new ArrayList<>(found);
        return all.stream().filter(word -> all.stream().noneMatch(other -> !other.equals(word) && other.contains(word))).toList();
    }

    private static void collect(Matcher matcher, Set<String> found) {
        while (matcher.find()) {
            found.add(matcher.group().strip());
        }
    }
}
