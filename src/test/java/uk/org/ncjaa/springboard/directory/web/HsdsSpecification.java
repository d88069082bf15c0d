package uk.org.ncjaa.springboard.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open Referral's own HSDS 3.0 schemas (copied under {@code src/test/resources/hsds}), and the
 * checks the Directory's exports must pass against them.
 */
final class HsdsSpecification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Schema organization;

    private HsdsSpecification() {
    }

    /**
     * The compiled schema of one organisation with everything nested in it, closed everywhere
     * ({@code additionalProperties: false}) as the specification closes it to check its own
     * examples, so a misspelt or invented field fails rather than passing unnoticed. Formats
     * (uuid, email, uri, date-time) are asserted, not just noted.
     */
    static synchronized Schema organizationSchema() {
        if (organization == null) {
            JsonNode schema = read("hsds/schema/compiled/organization.json");
            close(schema);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            organization = registry.getSchema(schema);
        }
        return organization;
    }

    /** What the schema finds wrong with a document, one line each, named by {@code label}. */
    static List<String> problems(Schema schema, JsonNode document, String label) {
        return schema.validate(document).stream().map(error -> label + ": " + error).toList();
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode properties = object.get("properties");
            if (properties instanceof ObjectNode && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(child -> {
                if (child == properties) {
                    // a map from field names to schemas, not a schema itself
                    properties.forEach(HsdsSpecification::close);
                }
                else {
                    close(child);
                }
            });
        }
        else if (node != null && node.isArray()) {
            node.forEach(HsdsSpecification::close);
        }
    }

    /** The specification's tabular data package: every HSDS table, its file, fields and keys. */
    static JsonNode datapackage() {
        return read("hsds/datapackage.json");
    }

    /**
     * What is wrong with a CSV package, given its files by name: its {@code datapackage.json} must
     * be a Frictionless tabular data package whose resources are HSDS tables as the specification
     * describes them (same file, same fields with the same types and required flags, same keys, less
     * foreign keys to tables not exported), listing every CSV in the package; each CSV's header must
     * be its table's fields in order; every row must fill the required fields, give values of the
     * declared type and format, keep its primary key unique and point only at rows that exist.
     */
    static List<String> tabularProblems(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        if (!files.containsKey("datapackage.json")) {
            return List.of("the package has no datapackage.json");
        }
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        Map<String, JsonNode> spec = new HashMap<>();
        datapackage().get("resources").forEach(resource -> spec.put(resource.get("name").asString(), resource));
        if (!"tabular-data-package".equals(descriptor.path("profile").asString(""))) {
            problems.add("datapackage.json: profile is not tabular-data-package");
        }
        if (!descriptor.path("name").asString("").matches("[a-z0-9._-]+")) {
            problems.add("datapackage.json: name must be lower-case letters, digits, '.', '_' or '-'");
        }
        JsonNode resources = descriptor.path("resources");
        if (!resources.isArray() || resources.isEmpty()) {
            return List.of("datapackage.json: no resources");
        }
        Set<String> exported = new HashSet<>();
        Set<String> paths = new HashSet<>();
        resources.forEach(resource -> {
            exported.add(resource.path("name").asString(""));
            paths.add(resource.path("path").asString(""));
        });
        files.keySet().stream().filter(name -> !name.equals("datapackage.json") && !paths.contains(name))
            .forEach(name -> problems.add(name + ": not listed in datapackage.json"));

        Map<String, List<CSVRecord>> rowsByResource = new LinkedHashMap<>();
        for (JsonNode resource : resources) {
            String name = resource.path("name").asString("");
            JsonNode expected = spec.get(name);
            if (expected == null) {
                problems.add(name + ": not an HSDS table");
                continue;
            }
            String path = resource.path("path").asString("");
            if (!path.equals(expected.get("path").asString())) {
                problems.add(name + ": path " + path + " where HSDS has " + expected.get("path").asString());
            }
            if (!"tabular-data-resource".equals(resource.path("profile").asString(""))) {
                problems.add(name + ": profile is not tabular-data-resource");
            }
            List<String> fields = fields(resource.path("schema").path("fields"));
            List<String> specFields = fields(expected.get("schema").get("fields"));
            if (!fields.equals(specFields)) {
                problems.add(name + ": fields " + fields + " where HSDS has " + specFields);
            }
            if (!resource.path("schema").path("primaryKey").equals(expected.get("schema").get("primaryKey"))) {
                problems.add(name + ": primary key differs from HSDS");
            }
            Set<JsonNode> keys = new HashSet<>();
            resource.path("schema").path("foreignKeys").forEach(keys::add);
            Set<JsonNode> specKeys = new HashSet<>();
            expected.get("schema").path("foreignKeys").forEach(key -> {
                if (exported.contains(key.get("reference").get("resource").asString())) {
                    specKeys.add(key);
                }
            });
            if (!keys.equals(specKeys)) {
                problems.add(name + ": foreign keys " + keys + " where HSDS has " + specKeys);
            }
            String csv = files.get(path);
            if (csv == null) {
                problems.add(name + ": " + path + " is not in the package");
                continue;
            }
            rowsByResource.put(name, rows(name, csv, expected, problems));
        }
        for (JsonNode resource : resources) {
            String name = resource.path("name").asString("");
            List<CSVRecord> rows = rowsByResource.get(name);
            if (rows == null) {
                continue;
            }
            for (JsonNode key : resource.path("schema").path("foreignKeys")) {
                String field = key.get("fields").asString();
                String target = key.get("reference").get("resource").asString();
                Set<String> ids = new HashSet<>();
                rowsByResource.getOrDefault(target, List.of()).forEach(row -> ids.add(row.get("id")));
                for (CSVRecord row : rows) {
                    String value = row.get(field);
                    if (!value.isEmpty() && !ids.contains(value)) {
                        problems.add(name + " row " + row.getRecordNumber() + ": " + field + " " + value + " is not a " + target);
                    }
                }
            }
        }
        return problems;
    }

    private static List<CSVRecord> rows(String name, String csv, JsonNode spec, List<String> problems) {
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        catch (IOException | RuntimeException ex) {
            problems.add(name + ": not readable as CSV: " + ex.getMessage());
            return List.of();
        }
        List<String> names = new ArrayList<>();
        spec.get("schema").get("fields").forEach(field -> names.add(field.get("name").asString()));
        if (!header.equals(names)) {
            problems.add(name + ": header " + header + " where HSDS has " + names);
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : records) {
            String at = name + " row " + row.getRecordNumber() + ": ";
            if (!row.isConsistent()) {
                problems.add(at + row.size() + " cells for " + names.size() + " fields");
                continue;
            }
            for (JsonNode field : spec.get("schema").get("fields")) {
                String column = field.get("name").asString();
                String value = row.get(column);
                if (value.isEmpty()) {
                    if (field.path("constraints").path("required").asBoolean(false)) {
                        problems.add(at + column + " is required");
                    }
                    continue;
                }
                String type = field.get("type").asString() + "/" + field.path("format").asString("default");
                if (!valid(type, value)) {
                    problems.add(at + column + " '" + value + "' is not a " + type);
                }
            }
            if (!ids.add(row.get("id"))) {
                problems.add(at + "id " + row.get("id") + " is not unique");
            }
        }
        return records;
    }

    private static boolean valid(String type, String value) {
        try {
            switch (type) {
                case "string/uuid" -> {
                    return UUID.fromString(value).toString().equals(value);
                }
                case "string/email" -> {
                    return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
                }
                case "string/uri" -> {
                    return URI.create(value).isAbsolute();
                }
                case "number/default" -> new BigDecimal(value);
                case "date/default" -> LocalDate.parse(value);
                case "datetime/default" -> OffsetDateTime.parse(value);
                case "string/default" -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    /** Each field as name:type/format, with ! when required: what must match the specification. */
    private static List<String> fields(JsonNode fields) {
        List<String> described = new ArrayList<>();
        fields.forEach(field -> described.add(field.path("name").asString("") + ":" + field.path("type").asString("string") + "/"
                + field.path("format").asString("default") + (field.path("constraints").path("required").asBoolean(false) ? "!" : "")));
        return described;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = HsdsSpecification.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test classpath");
            }
            return JSON.readTree(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
