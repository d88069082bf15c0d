package uk.org.ncjaa.springboard.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.domain.ContentFields;

/**
 * The editor's form, for every kind: lists typed as text (topics separated by commas, related
 * addresses one per line) are split here. Bound to its fields directly.
 */
class ContentForm {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Pages sit under a few roots, so that their addresses never clash with the rest of the site. */
    static final List<String> PAGE_ROOTS = List.of("about", "guidance", "privacy", "accessibility", "contact");
    /** Addresses the site itself uses inside each section. */
    private static final Set<String> RESERVED = Set.of("feed", "new", "admin", "search");

    static final Map<String, String> PUBLICATION_TYPES = uk.org.ncjaa.springboard.content.PublicationTypes.ALL;
    static final Map<String, String> OPPORTUNITY_TYPES = ordered("job", "Job", "commission", "Commission", "call-for-artists",
            "Call for artists", "funding", "Funding");

    public String title = "";
    public String slug = "";
    public String standfirst = "";
    public String body = "";
    public String authors = "";
    public String topics = "";
    public List<String> artForms = new ArrayList<>();
    public List<String> settings = new ArrayList<>();
    public List<String> regions = new ArrayList<>();
    public String related = "";
    public boolean featured;
    public String organisation = "";
    public String listingSlug = "";
    public String participants = "";
    public String outcomes = "";
    public String quotesConsent = "";
    public String evidenceSlugs = "";
    public String publicationType = "";
    public String fileUrl = "";
    public String reference = "";
    public String position = "0";
    public String opportunityType = "";
    public String location = "";
    public boolean remote;
    public String closesOn = "";
    public String howToApply = "";
    public String videoUrl = "";
    public String transcript = "";
    // the Welsh version (Cymraeg), optional
    public String titleCy = "";
    public String standfirstCy = "";
    public String bodyCy = "";

    static ContentForm of(ContentFields f) {
        ContentForm form = new ContentForm();
        form.title = f.title();
        form.slug = f.slug();
        form.standfirst = f.standfirst();
        form.body = f.body();
        form.authors = f.authors();
        form.topics = String.join(", ", f.topics());
        form.artForms = new ArrayList<>(f.artForms());
        form.settings = new ArrayList<>(f.settings());
        form.regions = new ArrayList<>(f.regions());
        form.related = String.join("\n", f.related());
        form.featured = f.featured();
        form.organisation = nz(f.organisation());
        form.listingSlug = nz(f.listingSlug());
        form.participants = nz(f.participants());
        form.outcomes = nz(f.outcomes());
        form.quotesConsent = nz(f.quotesConsent());
        form.evidenceSlugs = String.join("\n", f.evidenceSlugs());
        form.publicationType = nz(f.publicationType());
        form.fileUrl = nz(f.fileUrl());
        form.reference = nz(f.reference());
        form.position = String.valueOf(f.position());
        form.opportunityType = nz(f.opportunityType());
        form.location = nz(f.location());
        form.remote = f.remote();
        form.closesOn = f.closesOn() == null ? "" : f.closesOn().toString();
        form.howToApply = nz(f.howToApply());
        form.videoUrl = nz(f.videoUrl());
        form.transcript = nz(f.transcript());
        form.titleCy = f.welsh().title();
        form.standfirstCy = f.welsh().standfirst();
        form.bodyCy = f.welsh().body();
        return form;
    }

    /** What is wrong, by field, in the words an editor would use; empty when it can be saved. */
    Map<String, String> problems(ContentKind kind, Set<String> artFormChoices, Set<String> settingChoices, Set<String> regionChoices,
            List<String> videoHosts) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title)) {
            problems.put("title", "Enter a title");
        }
        else if (title.strip().length() > 200) {
            problems.put("title", "Keep the title under 200 characters");
        }
        String address = nz(slug).strip();
        if (kind == ContentKind.PAGE) {
            List<String> parts = Arrays.asList(address.split("/", -1));
            if (address.isEmpty() || address.length() > 200 || !PAGE_ROOTS.contains(parts.get(0)) || parts.size() > 4
                    || !parts.stream().allMatch(p -> SLUG.matcher(p).matches())) {
                problems.put("slug", "Enter an address that starts with one of " + String.join(", ", PAGE_ROOTS)
                        + ", in lower-case words joined by hyphens, with / between levels, such as about/governance");
            }
        }
        else if (address.isEmpty() || address.length() > 120 || !SLUG.matcher(address).matches() || RESERVED.contains(address)) {
            problems.put("slug", "Enter an address of lower-case letters, numbers and hyphens, such as summer-arts-festival");
        }
        limit(problems, "standfirst", standfirst, 600, "Keep the standfirst under 600 characters");
        limit(problems, "body", body, 100_000, "Keep the text under 100,000 characters");
        limit(problems, "authors", authors, 300, "Keep the authors under 300 characters");
        limit(problems, "topics", topics, 500, "Keep the topics under 500 characters");
        if (split(topics, ",").stream().anyMatch(t -> t.length() > 60)) {
            problems.put("topics", "Keep each topic under 60 characters");
        }
        if (!artFormChoices.containsAll(artForms)) {
            problems.put("artForms", "Choose art forms from the list");
        }
        if (!settingChoices.containsAll(settings)) {
            problems.put("settings", "Choose settings from the list");
        }
        if (!regionChoices.containsAll(regions)) {
            problems.put("regions", "Choose regions from the list");
        }
        if (split(related, "\n").stream().anyMatch(r -> !r.startsWith("/") || r.startsWith("//") || r.length() > 300)) {
            problems.put("related", "Enter addresses on this site, one per line, each starting with /");
        }
        limit(problems, "organisation", organisation, 200, "Keep the organisation's name under 200 characters");
        if (!blank(listingSlug) && !SLUG.matcher(listingSlug.strip()).matches()) {
            problems.put("listingSlug", "Enter the last part of the organisation's Directory address, such as open-door-arts");
        }
        limit(problems, "participants", participants, 300, "Keep the participants under 300 characters");
        limit(problems, "outcomes", outcomes, 20_000, "Keep the outcomes under 20,000 characters");
        limit(problems, "quotesConsent", quotesConsent, 300, "Keep the note on consent under 300 characters");
        if (split(evidenceSlugs, "\n").stream().anyMatch(s -> !SLUG.matcher(s).matches())) {
            problems.put("evidenceSlugs", "Enter the last part of each Evidence Library address, one per line");
        }
        if (kind == ContentKind.PUBLICATION && !PUBLICATION_TYPES.containsKey(nz(publicationType))) {
            problems.put("publicationType", "Choose the type of publication");
        }
        if (!blank(fileUrl) && !webAddress(fileUrl)) {
            problems.put("fileUrl", "Enter a web address starting https://, or a file on this site starting /");
        }
        limit(problems, "reference", reference, 60, "Keep the ISBN or reference under 60 characters");
        if (!nz(position).strip().matches("-?\\d{1,4}")) {
            problems.put("position", "Enter a whole number, such as 0, 1 or 2");
        }
        if (kind == ContentKind.OPPORTUNITY) {
            if (!OPPORTUNITY_TYPES.containsKey(nz(opportunityType))) {
                problems.put("opportunityType", "Choose the type of opportunity");
            }
            if (blank(howToApply)) {
                problems.put("howToApply", "Say how to apply");
            }
        }
        limit(problems, "location", location, 200, "Keep the location under 200 characters");
        limit(problems, "howToApply", howToApply, 5000, "Keep how to apply under 5,000 characters");
        if (!blank(closesOn)) {
            try {
                LocalDate.parse(closesOn.strip());
            }
            catch (DateTimeParseException ex) {
                problems.put("closesOn", "Enter the closing date as a date, such as 2027-01-31");
            }
        }
        if (!blank(videoUrl) && uk.org.ncjaa.springboard.shared.web.Videos.embed(videoUrl, videoHosts).isEmpty()) {
            problems.put("videoUrl", "Enter the address of a video on " + String.join(" or ", videoHosts));
        }
        limit(problems, "transcript", transcript, 100_000, "Keep the transcript under 100,000 characters");
        if (!blank(videoUrl) && blank(transcript)) {
            problems.put("transcript", "Add a transcript, so that people who cannot hear or watch the video get it too");
        }
        // the Welsh version: the same limits as the English, and a title whenever any of it is written
        if (blank(titleCy) && (!blank(standfirstCy) || !blank(bodyCy))) {
            problems.put("titleCy", "Enter the Welsh title, or leave the Welsh version empty");
        }
        limit(problems, "titleCy", titleCy, 200, "Keep the Welsh title under 200 characters");
        limit(problems, "standfirstCy", standfirstCy, 600, "Keep the Welsh standfirst under 600 characters");
        limit(problems, "bodyCy", bodyCy, 100_000, "Keep the Welsh text under 100,000 characters");
        return problems;
    }

    ContentFields fields() {
        return new ContentFields(title, nz(slug).strip(), standfirst, body, authors, split(topics, ","), artForms, settings, regions,
                split(related, "\n"), featured, empty(organisation), empty(listingSlug), empty(participants), empty(outcomes),
                empty(quotesConsent), split(evidenceSlugs, "\n"), empty(publicationType), empty(fileUrl), empty(reference),
                Integer.parseInt(nz(position).strip()), empty(opportunityType), empty(location), remote,
                blank(closesOn) ? null : LocalDate.parse(closesOn.strip()), empty(howToApply), empty(videoUrl), empty(transcript),
                new ContentFields.Welsh(titleCy, standfirstCy, bodyCy));
    }

    private static boolean webAddress(String value) {
        String v = value.strip();
        return (v.startsWith("https://") || v.startsWith("http://") || v.startsWith("/") && !v.startsWith("//")) && v.length() <= 500
                && v.chars().noneMatch(Character::isWhitespace);
    }

    private static void limit(Map<String, String> problems, String field, String value, int max, String message) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, message);
        }
    }

    static List<String> split(String text, String separator) {
        return text == null ? List.of()
                : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String empty(String value) {
        return blank(value) ? null : value.strip();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
