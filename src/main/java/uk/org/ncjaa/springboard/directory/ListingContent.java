package uk.org.ncjaa.springboard.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.shared.i18n.Bilingual;

/**
 * Everything an organisation says about itself in the directory: Open Referral HSDS's
 * organisation, services, locations and contacts, and the alliance's extensions. One document, so
 * a draft and the published listing are the same shape, an editor approves a change as a whole,
 * and a diff compares like with like. Vocabulary choices are concept slugs; delivery models are
 * {@link DeliveryModel} slugs. {@code descriptionCy} is the description in Welsh, null where
 * nobody wrote one (Welsh pages then show the English description, marked as English).
 */
public record ListingContent(String name, String alternateName, String description, String email, String website, String phone,
        List<String> artForms, List<String> deliveryModels, List<String> settings, List<String> participants, List<String> groups,
        List<String> regions, String establishments, String referral, String commissioning, String safeguarding, String vetting,
        boolean livedExperienceLed, String livedExperience, String accessibility, List<String> languages, List<Service> services,
        List<Location> locations, List<Contact> contacts, String descriptionCy) {

    public static final int MAX_SERVICES = 10;
    public static final int MAX_LOCATIONS = 10;
    public static final int MAX_CONTACTS = 5;

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+\\.[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,30}");
    private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 ]{2,10}");

    /** A service the organisation offers (HSDS service). */
    public record Service(String name, String description, String url, String fees, String eligibility, String applicationProcess) {
    }

    /** Where it works from (HSDS location with its physical address); {@code region} is a concept slug. */
    public record Location(String name, String address, String town, String postcode, String region) {
    }

    /** Someone to contact (HSDS contact). */
    public record Contact(String name, String title, String email, String phone) {
    }

    public ListingContent {
        artForms = list(artForms);
        deliveryModels = list(deliveryModels);
        settings = list(settings);
        participants = list(participants);
        groups = list(groups);
        regions = list(regions);
        languages = list(languages);
        services = services == null ? List.of() : List.copyOf(services.stream().filter(Objects::nonNull).toList());
        locations = locations == null ? List.of() : List.copyOf(locations.stream().filter(Objects::nonNull).toList());
        contacts = contacts == null ? List.of() : List.copyOf(contacts.stream().filter(Objects::nonNull).toList());
    }

    /** Content without a Welsh description. */
    public ListingContent(String name, String alternateName, String description, String email, String website, String phone,
            List<String> artForms, List<String> deliveryModels, List<String> settings, List<String> participants, List<String> groups,
            List<String> regions, String establishments, String referral, String commissioning, String safeguarding, String vetting,
            boolean livedExperienceLed, String livedExperience, String accessibility, List<String> languages, List<Service> services,
            List<Location> locations, List<Contact> contacts) {
        this(name, alternateName, description, email, website, phone, artForms, deliveryModels, settings, participants, groups, regions,
                establishments, referral, commissioning, safeguarding, vetting, livedExperienceLed, livedExperience, accessibility,
                languages, services, locations, contacts, null);
    }

    /** The description a page in Welsh ({@code welsh}) or English shows: the Welsh one on a Welsh page where there is one. */
    public String description(boolean welsh) {
        return Bilingual.pick(welsh, description, descriptionCy);
    }

    /** {@code en-GB} where a Welsh page shows the English description for want of a Welsh one; else null. */
    public String descriptionLang(boolean welsh) {
        return Bilingual.lang(welsh, descriptionCy);
    }

    /** The same content with this Welsh description (null for none). */
    public ListingContent withDescriptionCy(String welsh) {
        return new ListingContent(name, alternateName, description, email, website, phone, artForms, deliveryModels, settings,
                participants, groups, regions, establishments, referral, commissioning, safeguarding, vetting, livedExperienceLed,
                livedExperience, accessibility, languages, services, locations, contacts, welsh);
    }

    /** A new organisation's first draft: just its name. */
    public static ListingContent named(String name) {
        return new ListingContent(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false, null, null, null, null, null, null);
    }

    /**
     * What is wrong with this content, by field path as the form names it ({@code services[1].url});
     * empty when it can be saved. Vocabulary slugs are checked by the caller, who knows the vocabularies.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(name)) {
            problems.put("name", "Enter the organisation's name");
        }
        length(problems, "name", name, 150);
        length(problems, "alternateName", alternateName, 150);
        length(problems, "description", description, 5000);
        if (blank(description)) {
            problems.put("description", "Describe what the organisation does, in a sentence or more");
        }
        length(problems, "descriptionCy", descriptionCy, 5000);
        email(problems, "email", email);
        web(problems, "website", website);
        phone(problems, "phone", phone);
        for (String[] text : new String[][] { { "establishments", establishments }, { "referral", referral },
            { "commissioning", commissioning }, { "safeguarding", safeguarding }, { "vetting", vetting },
            { "livedExperience", livedExperience }, { "accessibility", accessibility } }) {
            length(problems, text[0], text[1], 2000);
        }
        for (String model : deliveryModels) {
            if (DeliveryModel.fromSlug(model).isEmpty()) {
                problems.put("deliveryModels", "Choose delivery models from the list");
            }
        }
        if (languages.size() > 20 || languages.stream().anyMatch(language -> language.length() > 40)) {
            problems.put("languages", "List up to 20 languages, separated by commas");
        }
        if (services.size() > MAX_SERVICES) {
            problems.put("services", "List up to " + MAX_SERVICES + " services");
        }
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            String at = "services[" + i + "].";
            if (blank(service.name())) {
                problems.put(at + "name", "Give the service a name, or leave the whole service empty");
            }
            length(problems, at + "name", service.name(), 150);
            length(problems, at + "description", service.description(), 2000);
            web(problems, at + "url", service.url());
            length(problems, at + "fees", service.fees(), 500);
            length(problems, at + "eligibility", service.eligibility(), 1000);
            length(problems, at + "applicationProcess", service.applicationProcess(), 1000);
        }
        if (locations.size() > MAX_LOCATIONS) {
            problems.put("locations", "List up to " + MAX_LOCATIONS + " locations");
        }
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            String at = "locations[" + i + "].";
            if (blank(location.town())) {
                problems.put(at + "town", "Enter the town or city, or leave the whole location empty");
            }
            length(problems, at + "name", location.name(), 150);
            length(problems, at + "address", location.address(), 300);
            length(problems, at + "town", location.town(), 100);
            if (!blank(location.postcode()) && !POSTCODE.matcher(location.postcode()).matches()) {
                problems.put(at + "postcode", "Enter a postcode like M1 1AE");
            }
        }
        if (contacts.size() > MAX_CONTACTS) {
            problems.put("contacts", "List up to " + MAX_CONTACTS + " contacts");
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String at = "contacts[" + i + "].";
            if (blank(contact.name()) && blank(contact.title())) {
                problems.put(at + "name", "Enter a name or a job title, or leave the whole contact empty");
            }
            length(problems, at + "name", contact.name(), 100);
            length(problems, at + "title", contact.title(), 100);
            email(problems, at + "email", contact.email());
            phone(problems, at + "phone", contact.phone());
        }
        return problems;
    }

    /**
     * The content field by field, in words an editor reads: what a diff compares and a revision
     * names. Vocabulary and model slugs are shown through {@code labels}.
     */
    public Map<String, String> describe(java.util.function.BiFunction<String, String, String> labels) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", text(name));
        fields.put("Also known as", text(alternateName));
        fields.put("Description", text(description));
        fields.put("Description in Welsh", text(descriptionCy));
        fields.put("Email", text(email));
        fields.put("Website", text(website));
        fields.put("Phone", text(phone));
        fields.put("Art forms", join(artForms, slug -> labels.apply("art-form", slug)));
        fields.put("Delivery models", join(deliveryModels, slug -> DeliveryModel.fromSlug(slug).map(DeliveryModel::label).orElse(slug)));
        fields.put("Justice settings", join(settings, slug -> labels.apply("setting", slug)));
        fields.put("Participants", join(participants, slug -> labels.apply("participant", slug)));
        fields.put("Groups", join(groups, slug -> labels.apply("group", slug)));
        fields.put("Regions served", join(regions, slug -> labels.apply("region", slug)));
        fields.put("Establishments served", text(establishments));
        fields.put("Referral routes", text(referral));
        fields.put("Commissioning routes", text(commissioning));
        fields.put("Safeguarding", text(safeguarding));
        fields.put("Vetting", text(vetting));
        fields.put("Led by people with lived experience", livedExperienceLed ? "Yes" : "No");
        fields.put("About lived-experience leadership", text(livedExperience));
        fields.put("Accessibility", text(accessibility));
        fields.put("Languages", String.join(", ", languages));
        for (int i = 0; i < Math.max(services.size(), 1); i++) {
            Service s = i < services.size() ? services.get(i) : null;
            fields.put("Service " + (i + 1), s == null ? "" : lines(s.name(), s.description(), s.url(), s.fees(), s.eligibility(),
                    s.applicationProcess()));
        }
        for (int i = 0; i < Math.max(locations.size(), 1); i++) {
            Location l = i < locations.size() ? locations.get(i) : null;
            fields.put("Location " + (i + 1), l == null ? "" : lines(l.name(), l.address(), l.town(), l.postcode(),
                    l.region() == null ? null : labels.apply("region", l.region())));
        }
        for (int i = 0; i < Math.max(contacts.size(), 1); i++) {
            Contact c = i < contacts.size() ? contacts.get(i) : null;
            fields.put("Contact " + (i + 1), c == null ? "" : lines(c.name(), c.title(), c.email(), c.phone()));
        }
        return fields;
    }

    /** The fields that differ between two versions, by their {@link #describe} names. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.getOrDefault(key, ""), after.getOrDefault(key, ""))) {
                changed.add(key);
            }
        }
        return changed;
    }

    /** All the words a search should find the listing by, apart from its name. */
    public String searchText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { alternateName, description, establishments, referral, commissioning, livedExperience,
            accessibility, String.join(" ", languages) }) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        services.forEach(s -> text.append(lines(s.name(), s.description(), s.eligibility())).append('\n'));
        locations.forEach(l -> text.append(lines(l.name(), l.town())).append('\n'));
        return text.toString();
    }

    /** The Welsh description, for a search from a Welsh page; empty where there is none. */
    public String welshSearchText() {
        return descriptionCy == null ? "" : descriptionCy;
    }

    /** A sentence or two for search results. */
    public String summary() {
        return summary(description);
    }

    /** A sentence or two of the Welsh description, or null where there is none. */
    public String summaryCy() {
        return blank(descriptionCy) ? null : summary(descriptionCy);
    }

    private static String summary(String description) {
        if (description == null) {
            return "";
        }
        String flat = description.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 240) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 237);
        return flat.substring(0, cut > 120 ? cut : 237) + "…";
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ListingContent fromJson(String json) {
        return JSON.readValue(json, ListingContent.class);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
            .distinct().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void length(Map<String, String> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.put(field, "Keep this under " + max + " characters (it has " + text.length() + ")");
        }
    }

    private static void email(Map<String, String> problems, String field, String text) {
        if (!blank(text) && !uk.org.ncjaa.springboard.shared.EmailAddresses.plausible(text)) {
            problems.put(field, "Enter an email address like info@example.org");
        }
    }

    private static void web(Map<String, String> problems, String field, String text) {
        if (!blank(text) && (text.length() > 300 || !WEB.matcher(text.strip()).matches())) {
            problems.put(field, "Enter a web address starting with https://");
        }
    }

    private static void phone(Map<String, String> problems, String field, String text) {
        if (!blank(text) && !PHONE.matcher(text.strip()).matches()) {
            problems.put(field, "Enter a phone number using digits, spaces, + and brackets");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String join(List<String> slugs, java.util.function.Function<String, String> label) {
        return String.join(", ", slugs.stream().map(label).toList());
    }

    private static String lines(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return String.join("\n", kept);
    }
}
