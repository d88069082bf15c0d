package uk.org.ncjaa.springboard.directory.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.directory.DeliveryModel;
import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The published directory in Open Referral HSDS 3.0 shape: organizations with their services
 * (with where they are offered, the areas they serve and their languages), locations (with
 * physical addresses) and contacts. The alliance's own fields travel in the organisation's
 * {@code attributes}, each with an HSDS taxonomy term; identifiers are stable UUIDs derived from
 * the listing, so a reader can follow changes from one export to the next. The JSON is checked
 * against the specification's schema and the CSV package against its tabular data package.
 */
@Service
public class Hsds {

    static final String TAXONOMY_PREFIX = "https://springboard.ncjaa.org.uk/taxonomy/";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final java.util.Set<String> UK_NATIONS = java.util.Set.of("england", "wales", "scotland", "northern-ireland");

    private static final List<Vocabulary> ATTRIBUTE_VOCABULARIES = List.of(Vocabulary.ART_FORM, Vocabulary.SETTING,
            Vocabulary.PARTICIPANT, Vocabulary.GROUP, Vocabulary.REGION);

    private static final Taxonomy DELIVERY_MODELS = new Taxonomy("delivery-model", "Delivery models",
            "How an organisation delivers its work: the Directory's list of delivery models.");

    private static final Taxonomy EXTENSIONS = new Taxonomy("extension", "Directory fields",
            "Fields of a Directory listing that HSDS has no place for; the attribute's value holds what the listing says.");

    private static final Map<String, String[]> EXTENSION_FIELDS = Map.of(
            "establishments-served", new String[] { "Establishments served",
                "The prisons, probation services and other establishments the organisation works in." },
            "referral-routes", new String[] { "Referral routes", "How people are referred to the organisation." },
            "commissioning-routes", new String[] { "Commissioning routes", "How the organisation's work is commissioned." },
            "safeguarding", new String[] { "Safeguarding", "The organisation's safeguarding arrangements." },
            "vetting", new String[] { "Vetting", "The security vetting the organisation's staff and volunteers hold." },
            "lived-experience-leadership", new String[] { "Lived-experience leadership",
                "Whether the organisation is led by people with lived experience of the criminal justice system, and how." },
            "accessibility", new String[] { "Accessibility", "How accessible the organisation's work and places are." },
            "languages", new String[] { "Languages", "The languages the organisation works in." });

    private final JdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;
    private final JsonMapper json;

    Hsds(JdbcTemplate jdbc, TaxonomyApi taxonomy, JsonMapper json) {
        // a template of its own: rows arrive in batches of 200 rather than all at once
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(200);
        this.taxonomy = taxonomy;
        this.json = json;
    }

    /** A published listing as the export holds it. */
    public record Published(long id, String slug, ListingContent content, java.time.Instant verifiedAt, java.time.Instant publishedAt) {
    }

    private static final String PUBLISHED = "select id, slug, published::text, verified_at, published_at from directory_listing"
            + " where published is not null";

    private static Published published(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Published(rs.getLong(1), rs.getString(2), ListingContent.fromJson(rs.getString(3)),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant());
    }

    /** Every published listing in name order, read a batch at a time so memory stays flat however large the directory. */
    @Transactional(readOnly = true)
    public void forEachPublished(Consumer<Published> each) {
        jdbc.query(PUBLISHED + " order by name, id", rs -> {
            each.accept(published(rs));
        });
    }

    /** Published listings by slug, in the order asked for; unknown and unpublished slugs are left out. */
    @Transactional(readOnly = true)
    public List<Published> published(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Published> found = new java.util.HashMap<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement(PUBLISHED + " and slug = any (?)");
            statement.setArray(1, con.createArrayOf("text", slugs.toArray()));
            return statement;
        }, rs -> {
            Published listing = published(rs);
            found.put(listing.slug(), listing);
        });
        return slugs.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public static UUID id(String kind, long listingId, int index) {
        return id(kind, listingId + ":" + index);
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** One organisation, as HSDS 3.0 JSON has it: its services, locations, contacts and attributes nested in it. */
    public Map<String, Object> organization(Published listing, String baseUrl) {
        ListingContent c = listing.content();
        long listingId = listing.id();
        String orgId = id("organization", listingId, 0).toString();
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", orgId);
        put(org, "name", c.name());
        put(org, "alternate_name", c.alternateName());
        // required by HSDS; a listing cannot be published without one, so an empty one is only ever old data
        org.put("description", c.description() == null ? "" : c.description());
        put(org, "email", c.email());
        put(org, "website", c.website());
        org.put("uri", baseUrl + "/directory/" + listing.slug());
        org.put("phones", blank(c.phone()) ? List.of() : List.of(phone(id("phone", listingId, 0), "organization_id", orgId, c.phone())));

        List<Map<String, Object>> locations = new ArrayList<>();
        for (int i = 0; i < c.locations().size(); i++) {
            locations.add(location(listingId, i, orgId, c.locations().get(i)));
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (int i = 0; i < c.services().size(); i++) {
            services.add(service(listing, i, orgId, locations));
        }
        org.put("services", services);
        org.put("locations", locations);
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < c.contacts().size(); i++) {
            ListingContent.Contact k = c.contacts().get(i);
            Map<String, Object> contact = new LinkedHashMap<>();
            String contactId = id("contact", listingId, i).toString();
            contact.put("id", contactId);
            contact.put("organization_id", orgId);
            put(contact, "name", k.name());
            put(contact, "title", k.title());
            put(contact, "email", k.email());
            contact.put("phones", blank(k.phone()) ? List.of()
                    : List.of(phone(id("contact-phone", listingId, i), "contact_id", contactId, k.phone())));
            contacts.add(contact);
        }
        org.put("contacts", contacts);
        org.put("attributes", attributes(listingId, orgId, c));
        return org;
    }

    private Map<String, Object> service(Published listing, int index, String orgId, List<Map<String, Object>> locations) {
        ListingContent c = listing.content();
        ListingContent.Service s = c.services().get(index);
        String key = listing.id() + ":" + index;
        String serviceId = id("service", listing.id(), index).toString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", serviceId);
        service.put("organization_id", orgId);
        put(service, "name", s.name());
        put(service, "description", s.description());
        put(service, "url", s.url());
        service.put("status", "active");
        put(service, "fees_description", s.fees());
        put(service, "eligibility_description", s.eligibility());
        put(service, "application_process", s.applicationProcess());
        if (listing.verifiedAt() != null) {
            service.put("assured_date", LocalDate.ofInstant(listing.verifiedAt(), UK).toString());
        }
        // a listing does not say which of its services run where, so each is offered at each of its locations
        List<Map<String, Object>> atLocations = new ArrayList<>();
        for (int j = 0; j < locations.size(); j++) {
            atLocations.add(ordered("id", id("service_at_location", key + ":" + j).toString(), "service_id", serviceId, "location_id",
                    locations.get(j).get("id")));
        }
        service.put("service_at_locations", atLocations);
        List<Map<String, Object>> areas = new ArrayList<>();
        for (int k = 0; k < c.regions().size(); k++) {
            String region = c.regions().get(k);
            areas.add(ordered("id", id("service_area", key + ":" + k).toString(), "service_id", serviceId, "name",
                    label(Vocabulary.REGION, region), "uri", TAXONOMY_PREFIX + Vocabulary.REGION.slug() + "/" + region));
        }
        service.put("service_areas", areas);
        List<Map<String, Object>> languages = new ArrayList<>();
        for (int k = 0; k < c.languages().size(); k++) {
            Map<String, Object> language = new LinkedHashMap<>();
            language.put("id", id("language", key + ":" + k).toString());
            language.put("service_id", serviceId);
            language.put("name", c.languages().get(k));
            put(language, "code", HsdsLanguages.code(c.languages().get(k)));
            languages.add(language);
        }
        service.put("languages", languages);
        return service;
    }

    private Map<String, Object> location(long listingId, int index, String orgId, ListingContent.Location l) {
        Map<String, Object> location = new LinkedHashMap<>();
        String locationId = id("location", listingId, index).toString();
        location.put("id", locationId);
        location.put("location_type", "physical");
        location.put("organization_id", orgId);
        put(location, "name", l.name());
        // the directory holds no coordinates: latitude and longitude are left out rather than guessed
        Optional<ConceptView> nation = l.region() == null ? Optional.empty() : nation(l.region());
        List<Map<String, Object>> addresses = new ArrayList<>();
        // HSDS requires a street, town, postcode and state or province: a town alone is not an address
        if (!blank(l.address()) && !blank(l.town()) && !blank(l.postcode()) && nation.isPresent()) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("id", id("address", listingId, index).toString());
            address.put("location_id", locationId);
            address.put("address_1", l.address());
            address.put("city", l.town());
            address.put("region", label(Vocabulary.REGION, l.region()));
            address.put("state_province", nation.get().label());
            address.put("postal_code", l.postcode());
            address.put("country", "GB");
            address.put("address_type", "physical");
            addresses.add(address);
        }
        location.put("addresses", addresses);
        return location;
    }

    /**
     * The United Kingdom nation a region lies in (England for the English regions, or Wales,
     * Scotland or Northern Ireland themselves): what UK addresses give as their state or province.
     * Empty for regions outside the UK, such as the Republic of Ireland.
     */
    private Optional<ConceptView> nation(String regionSlug) {
        Optional<ConceptView> concept = taxonomy.find(Vocabulary.REGION, regionSlug);
        for (int depth = 0; depth < 10 && concept.isPresent() && concept.get().parentSlug() != null; depth++) {
            concept = taxonomy.find(Vocabulary.REGION, concept.get().parentSlug());
        }
        return concept.filter(top -> UK_NATIONS.contains(top.slug()));
    }

    private static Map<String, Object> phone(UUID id, String linkField, String linkId, String number) {
        Map<String, Object> phone = new LinkedHashMap<>();
        phone.put("id", id.toString());
        phone.put(linkField, linkId);
        phone.put("number", number);
        return phone;
    }

    /** The alliance's own fields, as HSDS attributes of the organisation: a taxonomy term each, with the value where it is text. */
    private List<Map<String, Object>> attributes(long listingId, String orgId, ListingContent c) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (Vocabulary vocabulary : ATTRIBUTE_VOCABULARIES) {
            List<String> slugs = switch (vocabulary) {
                case ART_FORM -> c.artForms();
                case SETTING -> c.settings();
                case PARTICIPANT -> c.participants();
                case GROUP -> c.groups();
                default -> c.regions();
            };
            slugs.forEach(slug -> attributes.add(attribute(listingId, attributes.size(), orgId, conceptTerm(vocabulary, slug), null)));
        }
        c.deliveryModels().forEach(slug -> {
            String label = DeliveryModel.fromSlug(slug).map(DeliveryModel::label).orElse(slug);
            attributes.add(attribute(listingId, attributes.size(), orgId,
                    term(DELIVERY_MODELS, slug, label, DELIVERY_MODELS.name() + ": " + label, null), null));
        });
        for (String[] field : new String[][] { { "establishments-served", c.establishments() }, { "referral-routes", c.referral() },
            { "commissioning-routes", c.commissioning() }, { "safeguarding", c.safeguarding() }, { "vetting", c.vetting() },
            { "lived-experience-leadership", c.livedExperienceLed() ? "yes" + (c.livedExperience() == null ? "" : ": "
                    + c.livedExperience()) : null }, { "accessibility", c.accessibility() },
            { "languages", c.languages().isEmpty() ? null : String.join(", ", c.languages()) } }) {
            if (!blank(field[1])) {
                String[] described = EXTENSION_FIELDS.get(field[0]);
                attributes.add(attribute(listingId, attributes.size(), orgId, term(EXTENSIONS, field[0], described[0], described[1], null),
                        field[1]));
            }
        }
        return attributes;
    }

    private static Map<String, Object> attribute(long listingId, int index, String orgId, Map<String, Object> term, String value) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("id", id("attribute", listingId, index).toString());
        attribute.put("link_id", orgId);
        attribute.put("link_entity", "organization");
        attribute.put("taxonomy_term_id", term.get("id"));
        put(attribute, "value", value);
        attribute.put("taxonomy_term", term);
        return attribute;
    }

    /**
     * A vocabulary concept as an HSDS taxonomy term. Concepts have no description of their own, and
     * HSDS requires one: it says which vocabulary the term is from and the other words for it.
     */
    private Map<String, Object> conceptTerm(Vocabulary vocabulary, String slug) {
        Taxonomy taxonomy = Taxonomy.of(vocabulary);
        Optional<ConceptView> concept = this.taxonomy.find(vocabulary, slug);
        String label = concept.map(ConceptView::label).orElse(slug);
        String description = vocabulary.label() + ": " + label
                + concept.filter(k -> !k.alternativeLabels().isEmpty()).map(k -> " (also " + String.join(", ", k.alternativeLabels()) + ")")
                    .orElse("");
        return term(taxonomy, slug, label, description, concept.map(ConceptView::parentSlug).orElse(null));
    }

    private static Map<String, Object> term(Taxonomy taxonomy, String code, String name, String description, String parentCode) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", termId(taxonomy, code));
        term.put("code", code);
        term.put("name", name);
        term.put("description", description);
        if (parentCode != null) {
            term.put("parent_id", termId(taxonomy, parentCode));
        }
        term.put("taxonomy", taxonomy.name());
        term.put("taxonomy_id", taxonomy.id());
        term.put("term_uri", taxonomy.uri() + "/" + code);
        return term;
    }

    private static String termId(Taxonomy taxonomy, String code) {
        return id("taxonomy_term", taxonomy.key() + "/" + code).toString();
    }

    /** A vocabulary as an HSDS taxonomy: the directory's own, so its URI is under the site's taxonomy prefix. */
    record Taxonomy(String key, String name, String description) {

        static Taxonomy of(Vocabulary vocabulary) {
            return new Taxonomy(vocabulary.slug(), vocabulary.label(), "The Directory's vocabulary of "
                    + vocabulary.label().toLowerCase(Locale.UK) + ".");
        }

        String id() {
            return Hsds.id("taxonomy", key).toString();
        }

        String uri() {
            return TAXONOMY_PREFIX + key;
        }

        Map<String, Object> row() {
            return ordered("id", id(), "name", name, "description", description, "uri", uri());
        }
    }

    /** A map keeping its keys in the order given, so exports read the same from one day to the next. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (!blank(value)) {
            map.put(key, value);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The HSDS tables as CSV files in one ZIP with the {@code datapackage.json} that describes them,
     * written as the listings are read.
     */
    @Transactional(readOnly = true)
    public void writeCsvZip(OutputStream out, String baseUrl) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(HsdsTables.datapackage(baseUrl)));
            zip.closeEntry();
            Map<HsdsTables.Table, java.nio.file.Path> files = new LinkedHashMap<>();
            // each table is spooled to a temporary file, so memory stays flat however many listings there are
            Map<HsdsTables.Table, Writer> writers = new LinkedHashMap<>();
            // the terms and taxonomies used, each written once at the end: a few hundred at most
            Map<Object, Map<String, Object>> terms = new LinkedHashMap<>();
            try {
                for (HsdsTables.Table table : HsdsTables.ALL) {
                    java.nio.file.Path file = java.nio.file.Files.createTempFile("hsds-" + table.name(), ".csv");
                    files.put(table, file);
                    Writer writer = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    writers.put(table, writer);
                    writer.write(table.header());
                }
                IOException[] failure = { null };
                forEachPublished(listing -> {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        writeRows(organization(listing, baseUrl), writers, terms);
                    }
                    catch (IOException ex) {
                        failure[0] = ex;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                writeTerms(terms, writers);
                for (HsdsTables.Table table : HsdsTables.ALL) {
                    writers.get(table).close();
                    zip.putNextEntry(new ZipEntry(table.path()));
                    java.nio.file.Files.copy(files.get(table), zip);
                    zip.closeEntry();
                }
            }
            finally {
                for (Writer writer : writers.values()) {
                    try {
                        writer.close();
                    }
                    catch (IOException ignored) {
                        // already closed
                    }
                }
                for (java.nio.file.Path file : files.values()) {
                    java.nio.file.Files.deleteIfExists(file);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeRows(Map<String, Object> org, Map<HsdsTables.Table, Writer> writers, Map<Object, Map<String, Object>> terms)
            throws IOException {
        HsdsTables.ORGANIZATION.write(writers.get(HsdsTables.ORGANIZATION), org);
        for (Map<String, Object> phone : (List<Map<String, Object>>) org.get("phones")) {
            HsdsTables.PHONE.write(writers.get(HsdsTables.PHONE), phone);
        }
        for (Map<String, Object> s : (List<Map<String, Object>>) org.get("services")) {
            HsdsTables.SERVICE.write(writers.get(HsdsTables.SERVICE), s);
            for (Map<String, Object> at : (List<Map<String, Object>>) s.get("service_at_locations")) {
                HsdsTables.SERVICE_AT_LOCATION.write(writers.get(HsdsTables.SERVICE_AT_LOCATION), at);
            }
            for (Map<String, Object> area : (List<Map<String, Object>>) s.get("service_areas")) {
                HsdsTables.SERVICE_AREA.write(writers.get(HsdsTables.SERVICE_AREA), area);
            }
            for (Map<String, Object> language : (List<Map<String, Object>>) s.get("languages")) {
                HsdsTables.LANGUAGE.write(writers.get(HsdsTables.LANGUAGE), language);
            }
        }
        for (Map<String, Object> l : (List<Map<String, Object>>) org.get("locations")) {
            HsdsTables.LOCATION.write(writers.get(HsdsTables.LOCATION), l);
            for (Map<String, Object> a : (List<Map<String, Object>>) l.get("addresses")) {
                HsdsTables.ADDRESS.write(writers.get(HsdsTables.ADDRESS), a);
            }
        }
        for (Map<String, Object> k : (List<Map<String, Object>>) org.get("contacts")) {
            HsdsTables.CONTACT.write(writers.get(HsdsTables.CONTACT), k);
            for (Map<String, Object> phone : (List<Map<String, Object>>) k.get("phones")) {
                HsdsTables.PHONE.write(writers.get(HsdsTables.PHONE), phone);
            }
        }
        for (Map<String, Object> a : (List<Map<String, Object>>) org.get("attributes")) {
            HsdsTables.ATTRIBUTE.write(writers.get(HsdsTables.ATTRIBUTE), a);
            Map<String, Object> term = (Map<String, Object>) a.get("taxonomy_term");
            terms.putIfAbsent(term.get("id"), term);
        }
    }

    /** The terms the attributes use, with the broader terms above them, and the taxonomies they belong to. */
    private void writeTerms(Map<Object, Map<String, Object>> terms, Map<HsdsTables.Table, Writer> writers) throws IOException {
        Map<String, Vocabulary> vocabularies = new java.util.HashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            vocabularies.put(Taxonomy.of(vocabulary).id(), vocabulary);
        }
        java.util.Deque<Map<String, Object>> pending = new java.util.ArrayDeque<>(terms.values());
        while (!pending.isEmpty()) {
            Map<String, Object> term = pending.pop();
            Vocabulary vocabulary = vocabularies.get(term.get("taxonomy_id"));
            if (term.get("parent_id") != null && !terms.containsKey(term.get("parent_id")) && vocabulary != null) {
                Optional<String> parent = taxonomy.find(vocabulary, (String) term.get("code")).map(ConceptView::parentSlug);
                if (parent.isPresent()) {
                    Map<String, Object> broader = conceptTerm(vocabulary, parent.get());
                    terms.put(broader.get("id"), broader);
                    pending.push(broader);
                }
            }
        }
        Map<Object, Map<String, Object>> taxonomies = new LinkedHashMap<>();
        for (Taxonomy t : List.of(DELIVERY_MODELS, EXTENSIONS)) {
            taxonomies.put(t.id(), t.row());
        }
        vocabularies.forEach((id, vocabulary) -> taxonomies.put(id, Taxonomy.of(vocabulary).row()));
        java.util.Set<Object> used = new java.util.LinkedHashSet<>();
        for (Map<String, Object> term : terms.values()) {
            HsdsTables.TAXONOMY_TERM.write(writers.get(HsdsTables.TAXONOMY_TERM), term);
            used.add(term.get("taxonomy_id"));
        }
        for (Object id : used) {
            HsdsTables.TAXONOMY.write(writers.get(HsdsTables.TAXONOMY), taxonomies.get(id));
        }
    }

    private String label(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, slug).map(ConceptView::label).orElse(slug);
    }

    /** Streams the JSON export: an array of organizations, written one at a time. */
    @Transactional(readOnly = true)
    public void writeJson(OutputStream out, String baseUrl) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("[\n");
        boolean[] first = { true };
        IOException[] failure = { null };
        forEachPublished(listing -> {
            if (failure[0] != null) {
                return;
            }
            try {
                if (!first[0]) {
                    writer.write(",\n");
                }
                first[0] = false;
                writer.write(json.writeValueAsString(organization(listing, baseUrl)));
            }
            catch (IOException ex) {
                failure[0] = ex;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        writer.write("\n]\n");
        writer.flush();
    }
}
