package uk.org.ncjaa.springboard.directory.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.directory.DeliveryModel;
import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.shared.Csv;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The published directory in Open Referral HSDS 3.0 shape: organizations with their services,
 * locations (with physical addresses) and contacts. The alliance's own fields travel in the
 * organisation's {@code attributes}, as HSDS does for taxonomy terms; identifiers are stable
 * UUIDs derived from the listing, so a reader can follow changes from one export to the next.
 */
@Service
public class Hsds {

    static final String TAXONOMY_PREFIX = "https://springboard.ncjaa.org.uk/taxonomy/";

    private final JdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;

    Hsds(JdbcTemplate jdbc, TaxonomyApi taxonomy) {
        // a template of its own: rows arrive in batches of 200 rather than all at once
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(200);
        this.taxonomy = taxonomy;
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
        return UUID.nameUUIDFromBytes((kind + ":" + listingId + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    /** One organisation, as HSDS 3.0 JSON would have it. */
    public Map<String, Object> organization(Published listing, String baseUrl) {
        ListingContent c = listing.content();
        String orgId = id("organization", listing.id(), 0).toString();
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", orgId);
        org.put("name", c.name());
        org.put("alternate_name", c.alternateName());
        org.put("description", c.description());
        org.put("email", c.email());
        org.put("website", c.website());
        org.put("uri", baseUrl + "/directory/" + listing.slug());
        org.put("phones", c.phone() == null || c.phone().isBlank() ? List.of()
                : List.of(Map.of("id", id("phone", listing.id(), 0).toString(), "number", c.phone())));
        List<Map<String, Object>> services = new ArrayList<>();
        for (int i = 0; i < c.services().size(); i++) {
            ListingContent.Service s = c.services().get(i);
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", id("service", listing.id(), i).toString());
            service.put("organization_id", orgId);
            service.put("name", s.name());
            service.put("description", s.description());
            service.put("url", s.url());
            service.put("status", "active");
            service.put("fees_description", s.fees());
            service.put("eligibility_description", s.eligibility());
            service.put("application_process", s.applicationProcess());
            services.add(service);
        }
        org.put("services", services);
        List<Map<String, Object>> locations = new ArrayList<>();
        for (int i = 0; i < c.locations().size(); i++) {
            ListingContent.Location l = c.locations().get(i);
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("id", id("location", listing.id(), i).toString());
            location.put("location_type", "physical");
            location.put("organization_id", orgId);
            location.put("name", l.name());
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("id", id("address", listing.id(), i).toString());
            address.put("location_id", location.get("id"));
            address.put("address_1", l.address());
            address.put("city", l.town());
            address.put("region", l.region() == null ? null : label(Vocabulary.REGION, l.region()));
            address.put("postal_code", l.postcode());
            address.put("country", "GB");
            address.put("address_type", "physical");
            location.put("addresses", List.of(address));
            locations.add(location);
        }
        org.put("locations", locations);
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < c.contacts().size(); i++) {
            ListingContent.Contact k = c.contacts().get(i);
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", id("contact", listing.id(), i).toString());
            contact.put("organization_id", orgId);
            contact.put("name", k.name());
            contact.put("title", k.title());
            contact.put("email", k.email());
            contact.put("phones", k.phone() == null || k.phone().isBlank() ? List.of()
                    : List.of(Map.of("id", id("contact-phone", listing.id(), i).toString(), "number", k.phone())));
            contacts.add(contact);
        }
        org.put("contacts", contacts);
        org.put("attributes", attributes(listing.id(), c));
        org.put("last_verified", listing.verifiedAt() == null ? null : listing.verifiedAt().toString());
        return org;
    }

    /** The alliance's extensions, as HSDS attributes: a taxonomy term each, with the value where it is text. */
    private List<Map<String, Object>> attributes(long listingId, ListingContent c) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        int[] n = { 0 };
        java.util.function.BiConsumer<String, Map.Entry<String, String>> add = (vocabulary, term) -> {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("id", id("attribute", listingId, n[0]++).toString());
            attribute.put("link_type", "organization");
            attribute.put("taxonomy_term", Map.of("id", TAXONOMY_PREFIX + vocabulary + "/" + term.getKey(), "term", term.getValue(),
                    "taxonomy", vocabulary));
            attributes.add(attribute);
        };
        for (Vocabulary vocabulary : List.of(Vocabulary.ART_FORM, Vocabulary.SETTING, Vocabulary.PARTICIPANT, Vocabulary.GROUP,
            Vocabulary.REGION)) {
            List<String> slugs = switch (vocabulary) {
                case ART_FORM -> c.artForms();
                case SETTING -> c.settings();
                case PARTICIPANT -> c.participants();
                case GROUP -> c.groups();
                default -> c.regions();
            };
            slugs.forEach(slug -> add.accept(vocabulary.slug(), Map.entry(slug, label(vocabulary, slug))));
        }
        c.deliveryModels().forEach(slug -> add.accept("delivery-model", Map.entry(slug,
                DeliveryModel.fromSlug(slug).map(DeliveryModel::label).orElse(slug))));
        for (String[] text : new String[][] { { "establishments-served", c.establishments() }, { "referral-routes", c.referral() },
            { "commissioning-routes", c.commissioning() }, { "safeguarding", c.safeguarding() }, { "vetting", c.vetting() },
            { "lived-experience-leadership", c.livedExperienceLed() ? "yes" + (c.livedExperience() == null ? "" : ": "
                    + c.livedExperience()) : null }, { "accessibility", c.accessibility() },
            { "languages", c.languages().isEmpty() ? null : String.join(", ", c.languages()) } }) {
            if (text[1] != null && !text[1].isBlank()) {
                Map<String, Object> attribute = new LinkedHashMap<>();
                attribute.put("id", id("attribute", listingId, n[0]++).toString());
                attribute.put("link_type", "organization");
                attribute.put("taxonomy_term", Map.of("id", TAXONOMY_PREFIX + "extension/" + text[0], "term", text[0],
                        "taxonomy", "extension"));
                attribute.put("value", text[1]);
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    /** The HSDS tables as CSV files in one ZIP, written as the listings are read. */
    @Transactional(readOnly = true)
    public void writeCsvZip(OutputStream out, String baseUrl) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> tables = List.of("organizations", "services", "locations", "addresses", "contacts", "attributes");
            Map<String, java.nio.file.Path> files = new LinkedHashMap<>();
            // each table is spooled to a temporary file, so memory stays flat however many listings there are
            Map<String, Writer> writers = new LinkedHashMap<>();
            try {
                for (String table : tables) {
                    java.nio.file.Path file = java.nio.file.Files.createTempFile("hsds-" + table, ".csv");
                    files.put(table, file);
                    Writer writer = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    writers.put(table, writer);
                    writer.write(header(table));
                }
                IOException[] failure = { null };
                forEachPublished(listing -> {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        writeRows(organization(listing, baseUrl), writers);
                    }
                    catch (IOException ex) {
                        failure[0] = ex;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                for (String table : tables) {
                    writers.get(table).close();
                    zip.putNextEntry(new ZipEntry(table + ".csv"));
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

    private static String header(String table) {
        return switch (table) {
            case "organizations" -> "id,name,alternate_name,description,email,website,uri,phone,last_verified\r\n";
            case "services" -> "id,organization_id,name,description,url,status,fees_description,eligibility_description,"
                    + "application_process\r\n";
            case "locations" -> "id,organization_id,location_type,name\r\n";
            case "addresses" -> "id,location_id,address_1,city,region,postal_code,country,address_type\r\n";
            case "contacts" -> "id,organization_id,name,title,email,phone\r\n";
            default -> "id,link_id,link_type,taxonomy,term_id,term,value\r\n";
        };
    }

    @SuppressWarnings("unchecked")
    private static void writeRows(Map<String, Object> org, Map<String, Writer> writers) throws IOException {
        List<Map<String, Object>> phones = (List<Map<String, Object>>) org.get("phones");
        line(writers.get("organizations"), org.get("id"), org.get("name"), org.get("alternate_name"), org.get("description"),
                org.get("email"), org.get("website"), org.get("uri"), phones.isEmpty() ? null : phones.get(0).get("number"),
                org.get("last_verified"));
        for (Map<String, Object> s : (List<Map<String, Object>>) org.get("services")) {
            line(writers.get("services"), s.get("id"), s.get("organization_id"), s.get("name"), s.get("description"), s.get("url"),
                    s.get("status"), s.get("fees_description"), s.get("eligibility_description"), s.get("application_process"));
        }
        for (Map<String, Object> l : (List<Map<String, Object>>) org.get("locations")) {
            line(writers.get("locations"), l.get("id"), l.get("organization_id"), l.get("location_type"), l.get("name"));
            for (Map<String, Object> a : (List<Map<String, Object>>) l.get("addresses")) {
                line(writers.get("addresses"), a.get("id"), a.get("location_id"), a.get("address_1"), a.get("city"), a.get("region"),
                        a.get("postal_code"), a.get("country"), a.get("address_type"));
            }
        }
        for (Map<String, Object> k : (List<Map<String, Object>>) org.get("contacts")) {
            List<Map<String, Object>> contactPhones = (List<Map<String, Object>>) k.get("phones");
            line(writers.get("contacts"), k.get("id"), k.get("organization_id"), k.get("name"), k.get("title"), k.get("email"),
                    contactPhones.isEmpty() ? null : contactPhones.get(0).get("number"));
        }
        for (Map<String, Object> a : (List<Map<String, Object>>) org.get("attributes")) {
            Map<String, Object> term = (Map<String, Object>) a.get("taxonomy_term");
            line(writers.get("attributes"), a.get("id"), org.get("id"), a.get("link_type"), term.get("taxonomy"), term.get("id"),
                    term.get("term"), a.get("value"));
        }
    }

    private static void line(Writer writer, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(Csv.cell(cells[i] == null ? "" : cells[i].toString()));
        }
        writer.write("\r\n");
    }

    private String label(Vocabulary vocabulary, String slug) {
        return taxonomy.find(vocabulary, slug).map(ConceptView::label).orElse(slug);
    }

    /** Streams the JSON export: an array of organizations, written one at a time. */
    @Transactional(readOnly = true)
    public void writeJson(OutputStream out, String baseUrl, tools.jackson.databind.json.JsonMapper json) throws IOException {
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
