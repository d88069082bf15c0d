package uk.org.ncjaa.springboard.directory.domain;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.shared.Csv;

/**
 * The HSDS 3.0 tables the CSV export writes, with each table's fields as the specification's
 * tabular data package lists them (same order, types, formats and required fields), and the
 * {@code datapackage.json} that describes them to Frictionless tools. Only foreign keys to tables
 * the export writes are declared: there are no programs, schedules and so on to point at.
 */
final class HsdsTables {

    record Field(String name, String type, String format, boolean required, String references) {
    }

    record Table(String name, String path, List<Field> fields) {

        String header() {
            return String.join(",", fields.stream().map(Field::name).toList()) + "\r\n";
        }

        /** One row: the row's values in the table's field order, blank where it has none. */
        void write(Writer writer, Map<String, Object> row) throws IOException {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                Object value = row.get(fields.get(i).name());
                writer.write(Csv.cell(value == null ? "" : value.toString()));
            }
            writer.write("\r\n");
        }

        Map<String, Object> descriptor() {
            List<Map<String, Object>> described = new ArrayList<>();
            List<Map<String, Object>> foreignKeys = new ArrayList<>();
            for (Field field : fields) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", field.name());
                f.put("type", field.type());
                if (field.format() != null) {
                    f.put("format", field.format());
                }
                if (field.required()) {
                    f.put("constraints", Map.of("required", true));
                }
                described.add(f);
                if (field.references() != null) {
                    foreignKeys.add(Map.of("fields", field.name(), "reference", Map.of("resource", field.references(), "fields", "id")));
                }
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("fields", described);
            schema.put("primaryKey", "id");
            if (!foreignKeys.isEmpty()) {
                schema.put("foreignKeys", foreignKeys);
            }
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("name", name);
            resource.put("path", path);
            resource.put("profile", "tabular-data-resource");
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            resource.put("schema", schema);
            return resource;
        }
    }

    static final Table ORGANIZATION = table("organization", "organizations.csv", "id:uuid!", "name!", "alternate_name", "description!",
            "email:email", "website:uri", "tax_status", "tax_id", "year_incorporated:number", "legal_status", "logo", "uri:uri",
            "parent_organization_id:uuid");
    static final Table SERVICE = table("service", "services.csv", "id:uuid!", "organization_id:uuid>organization!", "program_id:uuid",
            "name!", "alternate_name", "description", "url:uri", "email:email", "status!", "interpretation_services",
            "application_process", "fees_description", "wait_time", "fees", "accreditations", "eligibility_description",
            "minimum_age:number", "maximum_age:number", "assured_date:date", "assurer_email:email", "licenses", "alert",
            "last_modified:datetime");
    static final Table LOCATION = table("location", "locations.csv", "id:uuid!", "location_type!", "url:uri",
            "organization_id:uuid>organization", "name", "alternate_name", "description", "transportation", "latitude:number",
            "longitude:number", "external_identifier", "external_identifier_type");
    static final Table ADDRESS = table("address", "addresses.csv", "id:uuid!", "location_id:uuid>location", "attention", "address_1!",
            "address_2", "city!", "region", "state_province!", "postal_code!", "country!", "address_type!");
    static final Table PHONE = table("phone", "phones.csv", "id:uuid!", "location_id:uuid>location", "service_id:uuid>service",
            "organization_id:uuid>organization", "contact_id:uuid>contact", "service_at_location_id:uuid>service_at_location",
            "number!", "extension:number", "type", "description");
    static final Table CONTACT = table("contact", "contacts.csv", "id:uuid!", "organization_id:uuid>organization",
            "service_id:uuid>service", "service_at_location_id:uuid>service_at_location", "location_id:uuid>location", "name", "title",
            "department", "email:email");
    static final Table SERVICE_AT_LOCATION = table("service_at_location", "service_at_location.csv", "id:uuid!",
            "service_id:uuid>service!", "location_id:uuid>location!", "description");
    static final Table SERVICE_AREA = table("service_area", "service_areas.csv", "id:uuid!", "service_id:uuid>service", "name",
            "description", "extent", "extent_type", "uri");
    static final Table LANGUAGE = table("language", "languages.csv", "id:uuid!", "service_id:uuid>service", "location_id:uuid>location",
            "phone_id:uuid>phone", "name", "code", "note");
    static final Table ATTRIBUTE = table("attribute", "attributes.csv", "id:uuid!", "link_id:uuid!",
            "taxonomy_term_id:uuid>taxonomy_term!", "link_type", "link_entity!", "value");
    static final Table TAXONOMY_TERM = table("taxonomy_term", "taxonomy_terms.csv", "id:uuid!", "code", "name!", "description!",
            "parent_id:uuid", "taxonomy", "language", "taxonomy_id:uuid>taxonomy", "term_uri:uri");
    static final Table TAXONOMY = table("taxonomy", "taxonomies.csv", "id:uuid!", "name!", "description!", "uri:uri", "version");

    static final List<Table> ALL = List.of(ORGANIZATION, SERVICE, LOCATION, ADDRESS, PHONE, CONTACT, SERVICE_AT_LOCATION, SERVICE_AREA,
            LANGUAGE, ATTRIBUTE, TAXONOMY_TERM, TAXONOMY);

    private HsdsTables() {
    }

    /** The Frictionless tabular data package describing the export. */
    static Map<String, Object> datapackage(String baseUrl) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "ncjaa-directory-of-services");
        descriptor.put("title", "Directory of Services of the National Criminal Justice Arts Alliance");
        descriptor.put("description", "Arts organisations working in criminal justice, as Open Referral Human Services Data "
                + "Specification (HSDS) 3.0 tables.");
        descriptor.put("homepage", baseUrl + "/directory");
        descriptor.put("resources", ALL.stream().map(Table::descriptor).toList());
        return descriptor;
    }

    /**
     * A table from its fields written as {@code name[:type-or-format][>table][!]}: uuid, email and
     * uri are formats of a string; number, date and datetime are types; {@code >table} is a foreign
     * key to that table's id; {@code !} marks a required field.
     */
    private static Table table(String name, String path, String... fields) {
        List<Field> parsed = new ArrayList<>();
        for (String field : fields) {
            boolean required = field.endsWith("!");
            String rest = required ? field.substring(0, field.length() - 1) : field;
            String references = null;
            if (rest.contains(">")) {
                references = rest.substring(rest.indexOf('>') + 1);
                rest = rest.substring(0, rest.indexOf('>'));
            }
            String type = "string";
            String format = null;
            if (rest.contains(":")) {
                String kind = rest.substring(rest.indexOf(':') + 1);
                rest = rest.substring(0, rest.indexOf(':'));
                if (List.of("uuid", "email", "uri").contains(kind)) {
                    format = kind;
                }
                else {
                    type = kind;
                }
            }
            parsed.add(new Field(rest, type, format, required, references));
        }
        return new Table(name, path, List.copyOf(parsed));
    }
}
