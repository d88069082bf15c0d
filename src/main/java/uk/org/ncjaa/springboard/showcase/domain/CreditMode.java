package uk.org.ncjaa.springboard.showcase.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the maker chose to be credited. A surname and a prison together can tell anyone searching the
 * maker's name that they served a sentence, for good: a full name is shown only when the maker and
 * the organisation have both confirmed it, and every other way gives no surname at all.
 */
public enum CreditMode {
    FIRST_NAME("First name only"), INITIALS("Initials"), CHOSEN_NAME("A name the maker chose"), FULL_NAME("Full name"),
    ANONYMOUS("Anonymous");

    static final int MAX_NAME = 60;

    private final String label;

    CreditMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The name as it will be shown, checked against the way chosen; a reason when it does not fit.
     *
     * @param makerConfirmed the maker confirmed, on their consent form, that their full name may be shown
     * @param organisationConfirmed the organisation confirms it too, knowing where the work was made
     */
    public String credit(String name, boolean makerConfirmed, boolean organisationConfirmed) {
        String given = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (this == ANONYMOUS) {
            return "";
        }
        if (given.isEmpty()) {
            throw new ShowcaseException("Give the name to credit, or choose \"Anonymous\".", "showcase.problem.creditName");
        }
        if (given.length() > MAX_NAME) {
            throw new ShowcaseException("Keep the name to credit under " + MAX_NAME + " characters.", "showcase.problem.creditNameLength",
                    String.valueOf(MAX_NAME));
        }
        if (!given.matches("[\\p{L}\\p{M}'’. -]+")) {
            throw new ShowcaseException("A name to credit has letters only (and apostrophes, hyphens, full stops and spaces).",
                    "showcase.problem.creditLetters");
        }
        switch (this) {
            case FIRST_NAME -> {
                if (given.contains(" ")) {
                    throw new ShowcaseException("Give the first name only, as one word: no surname.", "showcase.problem.firstName");
                }
                return given;
            }
            case INITIALS -> {
                String letters = given.replaceAll("[^\\p{L}]", "");
                String[] parts = given.replace(".", " ").strip().split(" +");
                boolean oneEach = Arrays.stream(parts).allMatch(part -> part.length() == 1);
                boolean capitals = given.matches("\\p{Lu}{1,4}");
                if (letters.isEmpty() || letters.length() > 4 || !(oneEach || capitals)) {
                    throw new ShowcaseException("Give initials only, such as \"J. S.\" (up to four letters).", "showcase.problem.initials");
                }
                return Arrays.stream(letters.toUpperCase(Locale.ROOT).split("")).map(l -> l + ".").collect(Collectors.joining(" "));
            }
            case FULL_NAME -> {
                if (!makerConfirmed || !organisationConfirmed) {
                    throw new ShowcaseException("A full name is shown only when the maker and your organisation both confirm it: "
                            + "tick both boxes, or choose a first name, initials or a chosen name.", "showcase.problem.fullName");
                }
                return given;
            }
            default -> {
                return given;
            }
        }
    }

    /** The credit line a page shows. */
    public String shown(String credit) {
        return this == ANONYMOUS || credit == null || credit.isBlank() ? "Anonymous" : credit;
    }
}
