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

    /** The problems that name the page roots and the video hosts: keys of the bundle, said with those as arguments. */
    static final String PAGE_ADDRESS = "content.editor.problem.slug.page";
    static final String VIDEO_ADDRESS = "content.editor.problem.videoUrl";

    /**
     * What is wrong, by field, in the words an editor would use; empty when it can be saved. Each is a
     * key of the content bundle, for the page to say in its language.
     */
    Map<String, String> problems(ContentKind kind, Set<String> artFormChoices, Set<String> settingChoices, Set<String> regionChoices,
            List<String> videoHosts) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title)) {
            problems.put("title", "content.editor.problem.title");
        }
        else if (title.strip().length() > 200) {
            problems.put("title", "content.editor.problem.title.long");
        }
        String address = nz(slug).strip();
        if (kind == ContentKind.PAGE) {
            List<String> parts = Arrays.asList(address.split("/", -1));
            if (address.isEmpty() || address.length() > 200 || !PAGE_ROOTS.contains(parts.get(0)) || parts.size() > 4
                    || !parts.stream().allMatch(p -> SLUG.matcher(p).matches())) {
                problems.put("slug", PAGE_ADDRESS);
            }
        }
        else if (address.isEmpty() || address.length() > 120 || !SLUG.matcher(address).matches() || RESERVED.contains(address)) {
            problems.put("slug", "content.editor.problem.slug");
        }
        limit(problems, "standfirst", standfirst, 600, "content.editor.problem.standfirst.long");
        limit(problems, "body", body, 100_000, "content.editor.problem.body.long");
        limit(problems, "authors", authors, 300, "content.editor.problem.authors.long");
        limit(problems, "topics", topics, 500, "content.editor.problem.topics.long");
        if (split(topics, ",").stream().anyMatch(t -> t.length() > 60)) {
            problems.put("topics", "content.editor.problem.topics.each");
        }
        if (!artFormChoices.containsAll(artForms)) {
            problems.put("artForms", "content.editor.problem.artForms");
        }
        if (!settingChoices.containsAll(settings)) {
            problems.put("settings", "content.editor.problem.settings");
        }
        if (!regionChoices.containsAll(regions)) {
            problems.put("regions", "content.editor.problem.regions");
        }
        if (split(related, "\n").stream().anyMatch(r -> !r.startsWith("/") || r.startsWith("//") || r.length() > 300)) {
            problems.put("related", "content.editor.problem.related");
        }
        limit(problems, "organisation", organisation, 200, "content.editor.problem.organisation.long");
        if (!blank(listingSlug) && !SLUG.matcher(listingSlug.strip()).matches()) {
            problems.put("listingSlug", "content.editor.problem.listingSlug");
        }
        limit(problems, "participants", participants, 300, "content.editor.problem.participants.long");
        limit(problems, "outcomes", outcomes, 20_000, "content.editor.problem.outcomes.long");
        limit(problems, "quotesConsent", quotesConsent, 300, "content.editor.problem.quotesConsent.long");
        if (split(evidenceSlugs, "\n").stream().anyMatch(s -> !SLUG.matcher(s).matches())) {
            problems.put("evidenceSlugs", "content.editor.problem.evidenceSlugs");
        }
        if (kind == ContentKind.PUBLICATION && !PUBLICATION_TYPES.containsKey(nz(publicationType))) {
            problems.put("publicationType", "content.editor.problem.publicationType");
        }
        if (!blank(fileUrl) && !webAddress(fileUrl)) {
            problems.put("fileUrl", "content.editor.problem.fileUrl");
        }
        limit(problems, "reference", reference, 60, "content.editor.problem.reference.long");
        if (!nz(position).strip().matches("-?\\d{1,4}")) {
            problems.put("position", "content.editor.problem.position");
        }
        if (kind == ContentKind.OPPORTUNITY) {
            if (!OPPORTUNITY_TYPES.containsKey(nz(opportunityType))) {
                problems.put("opportunityType", "content.editor.problem.opportunityType");
            }
            if (blank(howToApply)) {
                problems.put("howToApply", "content.editor.problem.howToApply");
            }
        }
        limit(problems, "location", location, 200, "content.editor.problem.location.long");
        limit(problems, "howToApply", howToApply, 5000, "content.editor.problem.howToApply.long");
        if (!blank(closesOn)) {
            try {
                LocalDate.parse(closesOn.strip());
            }
            catch (DateTimeParseException ex) {
                problems.put("closesOn", "content.editor.problem.closesOn");
            }
        }
        if (!blank(videoUrl) && uk.org.ncjaa.springboard.shared.web.Videos.embed(videoUrl, videoHosts).isEmpty()) {
            problems.put("videoUrl", VIDEO_ADDRESS);
        }
        limit(problems, "transcript", transcript, 100_000, "content.editor.problem.transcript.long");
        if (!blank(videoUrl) && blank(transcript)) {
            problems.put("transcript", "content.editor.problem.transcript");
        }
        // the Welsh version: the same limits as the English, and a title whenever any of it is written
        if (blank(titleCy) && (!blank(standfirstCy) || !blank(bodyCy))) {
            problems.put("titleCy", "content.editor.problem.titleCy");
        }
        limit(problems, "titleCy", titleCy, 200, "content.editor.problem.titleCy.long");
        limit(problems, "standfirstCy", standfirstCy, 600, "content.editor.problem.standfirstCy.long");
        limit(problems, "bodyCy", bodyCy, 100_000, "content.editor.problem.bodyCy.long");
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
