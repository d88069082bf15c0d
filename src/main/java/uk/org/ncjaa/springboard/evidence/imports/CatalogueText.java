package uk.org.ncjaa.springboard.evidence.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.ncjaa.springboard.evidence.domain.Container;

/**
 * Facts a catalogue row states in passing, inside other columns: a DOI written into the publisher or
 * the address, a journal citation given as the publisher, prisons named in the setting, and the
 * nation a study took place in. Each is read out so it can be stored in its own field.
 */
final class CatalogueText {

    private CatalogueText() {
    }

    // ---------------------------------------------------------------- DOIs

    /** A DOI however it is introduced: "doi 10.x/y", "DOI: 10.x/y", "https://doi.org/10.x/y" or bare. */
    private static final Pattern DOI = Pattern.compile(
            "(?i)(?:https?://(?:dx\\.)?doi\\.org/|\\bdoi\\s*[:=]?\\s*|\\b)(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern DOI_IN_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");

    /** Columns whose text is the document's own words, where a DOI is a reference to another work. */
    static final Set<String> NOT_SEARCHED_FOR_DOIS = Set.of("title", "summary", "key_quote", "findings", EvidenceImport.FULL_TEXT);

    /** A DOI found in a cell, and the cell's text without it. */
    record FoundDoi(String doi, String rest) {
    }

    /** The first DOI in the text, as its bare name with trailing punctuation trimmed, or null. */
    static FoundDoi doi(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DOI.matcher(text);
        if (!m.find()) {
            return null;
        }
        String doi = trimDoi(m.group(1));
        int end = m.start(1) + doi.length();
        String head = text.substring(0, m.start());
        String tail = text.substring(end);
        // the bracket the DOI stood in, and punctuation that closed its sentence, go with it
        if (tail.matches("\\s*\\).*") && head.matches("(?s).*\\(\\s*")) {
            head = head.replaceFirst("\\(\\s*$", "");
            tail = tail.replaceFirst("^\\s*\\)", "");
        }
        if (tail.matches("[\\s.,;:]*")) {
            tail = "";
        }
        String rest = head + tail;
        rest = DOI_IN_BRACKETS.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("\\s+", " ").replaceAll("\\s+([,;:.)])", "$1").replaceAll("[\\s,;:]+$", "").strip();
        return new FoundDoi(doi, rest);
    }

    /** Drops punctuation that ends the sentence, not the DOI: a full stop, a comma, a bracket opened before the DOI. */
    static String trimDoi(String doi) {
        String out = doi;
        while (!out.isEmpty()) {
            char last = out.charAt(out.length() - 1);
            if (".,;:'\"".indexOf(last) >= 0) {
                out = out.substring(0, out.length() - 1);
            }
            else if (last == ')' && count(out, '(') < count(out, ')') || last == ']' && count(out, '[') < count(out, ']')) {
                out = out.substring(0, out.length() - 1);
            }
            else {
                break;
            }
        }
        return out;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    // ---------------------------------------------------------------- journals

    private static final String TITLE = "(?<title>[^;]*?[A-Za-z][^;]*?)";
    /** "Journal 14(4):499-520", "Journal of X, 12(3), pp. 45-67", "Reviews 18(3) e1255", "Journal, Vol. 3, No. 2". */
    private static final Pattern VOLUME_ISSUE = Pattern.compile("^" + TITLE + "[,\\s]+(?:vol(?:ume)?\\.?\\s*)?(?<volume>\\d+)\\s*"
            + "(?:\\((?<issue>[A-Za-z]?\\d+(?:\\s*[-–/]\\s*\\d+)?)\\)|[,\\s]+(?:no\\.?|issue)\\s*(?<issue2>\\d+))"
            + "(?:\\s*[:,]?\\s*(?:pp?\\.?\\s*)?(?<pages>e?\\d+(?:\\s*[-–]\\s*\\d+)?))?(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
    /** "Prison Service Journal No. 239 (Sept 2018)", "Some Journal No. 239 (5)". */
    private static final Pattern NUMBER_ONLY = Pattern.compile("^" + TITLE + "[,\\s]+(?:no\\.?|issue|number)\\s*(?<issue>\\d+)"
            + "(?:\\s*[:,]?\\s*(?:pp?\\.?\\s*)(?<pages>\\d+(?:\\s*[-–]\\s*\\d+)?))?(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
    /** A title ending "No." belongs to the issue-number form: "Journal No. 239 (5)" is issue 239, not volume 239. */
    private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(no|issue|number)\\.?$");
    private static final Pattern JOURNAL_WORDS = Pattern.compile(
            "(?i)\\b(journal|review|reviews|quarterly|bulletin|studies|annals|criminology|proceedings)\\b");
    private static final Pattern NOT_A_JOURNAL = Pattern.compile("(?i)\\b(university|ministry|department|trust|foundation|council|press)\\b");

    /** A journal citation read from a publisher column, with what it did not account for. */
    record Journal(Container container, String rest) {
    }

    /**
     * The journal, volume, issue and pages a publisher column gives, or null where it names
     * organisations. A journal's name alone counts only for a row the document type calls an article.
     */
    static Journal journal(String publisher, boolean article) {
        if (publisher == null || publisher.isBlank() || publisher.contains(";")) {
            return null;
        }
        String text = publisher.strip();
        Matcher m = VOLUME_ISSUE.matcher(text);
        if (m.matches() && !NOT_A_JOURNAL.matcher(m.group("title")).find() && !NUMBERED.matcher(m.group("title")).find()) {
            String issue = m.group("issue") != null ? m.group("issue") : m.group("issue2");
            return new Journal(new Container(tidyTitle(m.group("title")), m.group("volume"), issue, pages(m.group("pages"))),
                    leftover(m.group("rest")));
        }
        m = NUMBER_ONLY.matcher(text);
        if (m.matches() && !NOT_A_JOURNAL.matcher(m.group("title")).find()) {
            return new Journal(new Container(tidyTitle(m.group("title")), null, m.group("issue"), pages(m.group("pages"))),
                    leftover(m.group("rest")));
        }
        if (article && JOURNAL_WORDS.matcher(text).find() && !NOT_A_JOURNAL.matcher(text).find() && !text.matches(".*\\d.*")) {
            return new Journal(new Container(tidyTitle(text), null, null, null), null);
        }
        return null;
    }

    private static String tidyTitle(String title) {
        return title.strip().replaceAll("[,:]$", "").strip();
    }

    private static String pages(String pages) {
        return pages == null ? null : pages.replaceAll("\\s*[-–]\\s*", "-");
    }

    private static String leftover(String rest) {
        if (rest == null) {
            return null;
        }
        String text = rest.strip().replaceAll("^[,;:.]+", "").strip();
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    // ---------------------------------------------------------------- venues

    private static final String NAME_WORD = "[A-Z][A-Za-z'’.-]*";
    /** "HMP X", "HMPs X, Y", "HMP/YOI X", "HMP & YOI X", "HM Prison X", "HMYOI X", "YOI X". */
    private static final Pattern PRISON_PREFIX = Pattern.compile(
            "\\b(?<prefix>HMP\\s*(?:/|&|and)\\s*YOI|HM\\s+Prison(?:\\s+and\\s+YOI)?|HMYOI|HMPs|HMP|YOI)\\s*\\(?\\s*(?<names>"
                    + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*(?:\\s*(?:,|\\band\\b)\\s*(?!HM|YOI\\b)" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)*)");
    /** "Barlinnie Prison", "Harmondsworth Immigration Removal Centre". */
    private static final Pattern NAMED_BEFORE = Pattern.compile("\\b(?<name>" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?)\\s+"
            + "(?<kind>Prison|Immigration Removal Centre|Young Offenders?(?:'|’)? Institution)\\b(?!\\s+[A-Z])");
    /** Words that end a venue's name: what follows is about the project, not the place. */
    private static final Set<String> NOT_IN_NAMES = Set.of("applied", "theatre", "arts", "art", "music", "dance", "project", "pilot",
            "evaluation", "programme", "report", "therapeutic", "community", "women", "men", "unit", "service", "radio", "journal",
            "trust", "foundation", "network", "prison", "the", "a", "an", "hm", "hmp", "hmps", "hmyoi", "yoi");
    private static final Set<String> NOT_NAMES_BEFORE = Set.of("the", "a", "scottish", "national", "local", "private", "state", "federal",
            "hm", "women's", "men's", "open", "adult", "male", "female", "secure", "high", "in", "writers", "irish", "welsh", "english");

    /** The prisons and centres the texts name, as "HMP Barlinnie", in the order first named, each once. */
    static List<String> venues(String... texts) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Matcher m = PRISON_PREFIX.matcher(text);
            while (m.find()) {
                String prefix = normalPrefix(m.group("prefix"));
                for (String name : m.group("names").split("\\s*(?:,|\\band\\b)\\s*")) {
                    String cut = cutName(name);
                    if (cut != null) {
                        found.putIfAbsent(cut.toLowerCase(Locale.ROOT), prefix + " " + cut);
                    }
                }
            }
            m = NAMED_BEFORE.matcher(text);
            while (m.find()) {
                String name = m.group("name");
                String[] words = name.split("\\s+");
                if (words.length == 2 && NOT_NAMES_BEFORE.contains(words[0].toLowerCase(Locale.ROOT))) {
                    name = words[1];
                }
                if (!NOT_NAMES_BEFORE.contains(name.toLowerCase(Locale.ROOT))) {
                    found.putIfAbsent(name.toLowerCase(Locale.ROOT), name + " " + m.group("kind"));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static String normalPrefix(String prefix) {
        String p = prefix.replaceAll("\\s+", " ");
        if (p.startsWith("HMPs") || p.equals("HM Prison")) {
            return "HMP";
        }
        if (p.matches("HMP\\s*(/|&|and)\\s*YOI") || p.equals("HM Prison and YOI")) {
            return "HMP/YOI";
        }
        return p.equals("YOI") ? "HMYOI" : p;
    }

    /** At most two words, stopping at a word that describes the project rather than the place. */
    private static String cutName(String name) {
        List<String> kept = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            if (word.isEmpty() || NOT_IN_NAMES.contains(word.toLowerCase(Locale.ROOT)) || kept.size() == 2) {
                break;
            }
            kept.add(word.replaceAll("[.]$", ""));
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    // ---------------------------------------------------------------- nations

    private static final Map<String, List<String>> PRISON_NATIONS = new LinkedHashMap<>();

    static {
        nation("scotland", "Barlinnie", "Greenock", "Shotts", "Polmont", "Cornton Vale", "Perth", "Glenochil", "Low Moss", "Addiewell",
                "Kilmarnock", "Dumfries", "Inverness", "Grampian", "Castle Huntly", "Open Estate", "Edinburgh", "Stirling");
        nation("wales", "Parc", "Cardiff", "Swansea", "Usk", "Prescoed", "Berwyn");
        nation("northern-ireland", "Maghaberry", "Magilligan", "Hydebank Wood", "Hydebank");
        nation("republic-of-ireland", "Mountjoy", "Wheatfield", "Cloverhill", "Portlaoise", "Arbour Hill", "Dochas", "Loughan House");
        nation("england", "Downview", "Askham Grange", "Wetherby", "Grendon", "Dovegate", "Wormwood Scrubs", "Highdown", "High Down",
                "Lewes", "Bronzefield", "Cookham Wood", "Winchester", "Foston Hall", "Leicester", "Frankland", "Brixton", "Bullwood Hall",
                "Belmarsh", "Birmingham", "Bristol", "Highpoint", "Leeds", "Wandsworth", "Holloway", "Styal", "Send", "Eastwood Park",
                "New Hall", "Low Newton", "Drake Hall", "Pentonville", "Manchester", "Liverpool", "Durham", "Full Sutton", "Long Lartin",
                "Whitemoor", "Wakefield", "Feltham", "Swinfen Hall", "Aylesbury", "Rochester", "Isis", "Thameside", "Littlehey",
                "Nottingham", "Lincoln", "Hull", "Exeter", "Dartmoor", "Channings Wood", "Erlestoke", "Gartree", "Stocken", "Whatton",
                "Ranby", "Hewell", "Oakwood", "Featherstone", "Garth", "Wymott", "Kirkham", "Haverigg", "Altcourse", "Hindley", "Risley",
                "Thorn Cross", "Buckley Hall", "Forest Bank", "Doncaster", "Moorland", "Lindholme", "Humber", "Holme House", "Deerbolt",
                "Northumberland", "Ford", "Elmley", "Swaleside", "Maidstone", "Coldingley", "Bedford", "Chelmsford", "Norwich", "Wayland",
                "Warren Hill", "Peterborough", "Onley", "Rye Hill", "Woodhill", "Springhill", "Huntercombe", "Bullingdon", "Guys Marsh",
                "Portland", "Leyhill", "Gloucester", "Werrington", "Medway", "Oakhill", "Rainsbrook");
    }

    private static void nation(String slug, String... prisons) {
        for (String prison : prisons) {
            PRISON_NATIONS.put(prison.toLowerCase(Locale.ROOT), List.of(slug));
        }
    }

    /** Words that place a study, with the regions they stand for (region slugs). */
    private static final Map<Pattern, List<String>> PLACE_WORDS = new LinkedHashMap<>();

    static {
        place("\\bEngland\\s*(?:&|and)\\s*Wales\\b|\\bJustice Data Lab\\b", "england", "wales");
        place("\\bNew South Wales\\b", "international");
        place("\\bNorthern Ireland\\b|\\bBelfast\\b", "northern-ireland");
        place("(?<!Northern )\\bIreland\\b|\\bIrish\\b|\\bDublin\\b", "republic-of-ireland");
        place("\\bScotland\\b|\\bScottish\\b|\\bGlasgow\\b", "scotland");
        place("(?<!New South )\\bWales\\b|\\bWelsh\\b", "wales");
        place("\\bEngland\\b|\\bEnglish\\b", "england");
        place("\\bLondon\\b", "london");
        place("\\bUSA?\\b|\\bU\\.S\\.A?\\.?|\\bUnited States\\b|\\bAmerican?\\b|\\bAustralian?\\b|\\bCanadian?\\b|\\bCanada\\b"
                + "|\\bNew Zealand\\b|\\bNorway\\b|\\bNorwegian\\b|\\bOregon\\b|\\bCalifornia\\b", "international");
    }

    private static void place(String regex, String... regions) {
        PLACE_WORDS.put(Pattern.compile(regex), List.of(regions));
    }

    /**
     * The nations (and, for London, the region) a study took place in, as region slugs: from the
     * places its text names and the prisons it names. {@code where} is text about the study itself
     * (title, setting, participants), where a city places the study; {@code who} is about the people
     * behind it (publisher), where only a nation does ("Creative Scotland"), not a university's city.
     */
    static Set<String> regions(List<String> venues, List<String> where, List<String> who) {
        Set<String> regions = new LinkedHashSet<>();
        for (String venue : venues) {
            String name = venue.replaceFirst("^(HMP/YOI|HMYOI|HMP)\\s+", "").replaceFirst("\\s+(Prison|Immigration Removal Centre"
                    + "|Young Offenders?(?:'|’)? Institution)$", "").toLowerCase(Locale.ROOT);
            regions.addAll(PRISON_NATIONS.getOrDefault(name, List.of()));
        }
        for (String text : where) {
            regions.addAll(placesIn(text, true));
        }
        for (String text : who) {
            regions.addAll(placesIn(text, false));
        }
        if (regions.contains("international") && regions.size() > 1 && where.stream().noneMatch(t -> t != null
                && t.matches("(?s).*\\b(USA?|United States|Australia|Canada|New Zealand|Norway)\\b.*"))) {
            // "American" in a British publisher's name does not make a British study international
            regions.remove("international");
        }
        return regions;
    }

    private static Set<String> placesIn(String text, boolean cities) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String rest = text;
        for (Map.Entry<Pattern, List<String>> place : PLACE_WORDS.entrySet()) {
            Matcher m = place.getKey().matcher(rest);
            if (m.find()) {
                if (!cities && place.getValue().contains("london")) {
                    continue;
                }
                found.addAll(place.getValue());
                // "New South Wales" and "England and Wales" are read once, not again as "Wales"
                rest = m.replaceAll(" ");
            }
        }
        if (found.contains("london")) {
            found.add("england");
        }
        return found;
    }
}
