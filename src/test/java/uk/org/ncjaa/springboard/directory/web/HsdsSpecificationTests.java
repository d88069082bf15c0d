package uk.org.ncjaa.springboard.directory.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks HsdsExportTests relies on, shown to refuse what they must and to pass what HSDS allows. */
class HsdsSpecificationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ORG = "{\"id\":\"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\",\"name\":\"Example\",\"description\":\"Arts\","
            + "\"locations\":[{\"id\":\"1a2b3c4d-0000-4000-8000-000000000001\",\"location_type\":\"physical\",\"addresses\":[{"
            + "\"id\":\"1a2b3c4d-0000-4000-8000-000000000002\",\"address_1\":\"1 Test Street\",\"city\":\"Leeds\","
            + "\"state_province\":\"England\",\"postal_code\":\"LS1 1AA\",\"country\":\"GB\",\"address_type\":\"physical\"}]}]}";

    @Test
    void theSchemaPassesAnOrganizationInTheHsdsShape() {
        assertThat(HsdsSpecification.problems(HsdsSpecification.organizationSchema(), JSON.readTree(ORG), "org")).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheExportUsedToWrite() {
        ObjectNode org = (ObjectNode) JSON.readTree(ORG);
        ((ObjectNode) org.get("locations").get(0).get("addresses").get(0)).remove("state_province");
        org.putNull("alternate_name");
        org.put("last_verified", "2026-01-01");
        org.putArray("attributes").addObject().put("id", "1a2b3c4d-0000-4000-8000-000000000003").putObject("taxonomy_term")
            .put("id", "https://example.org/taxonomy/art-form/music").put("term", "Music");

        assertThat(String.join("\n", HsdsSpecification.problems(HsdsSpecification.organizationSchema(), org, "org")))
            .contains("state_province").contains("/alternate_name").contains("last_verified").contains("/taxonomy_term/id")
            .contains("'name'").contains("'description'").contains("'term'");
    }

    @Test
    void theTabularCheckPassesAPackageAsTheSpecificationDescribesIt() {
        assertThat(HsdsSpecification.tabularProblems(files(organizations(), services()))).isEmpty();
    }

    @Test
    void theTabularCheckRefusesMissingPiecesWrongHeadersBlankRequiredCellsAndDanglingKeys() {
        assertThat(HsdsSpecification.tabularProblems(Map.of("organizations.csv", "id,name\r\n")))
            .containsExactly("the package has no datapackage.json");

        Map<String, String> files = files(organizations(), services());
        files.put("services.csv", files.get("services.csv").replace("9f0c6f2e-2c4e-4f6b-8c59-2f0b3f9d1a11",
                "00000000-0000-4000-8000-000000000000"));
        files.put("organizations.csv", files.get("organizations.csv").replace("\"Example\"", "\"\""));
        files.put("extra.csv", "id\r\n");
        assertThat(String.join("\n", HsdsSpecification.tabularProblems(files)))
            .contains("organization row 1: name is required")
            .contains("service row 1: organization_id 00000000-0000-4000-8000-000000000000 is not a organization")
            .contains("extra.csv: not listed in datapackage.json");

        files = files(organizations(), services());
        files.put("organizations.csv", "id,name,phone\r\n");
        assertThat(String.join("\n", HsdsSpecification.tabularProblems(files))).contains("organization: header [id, name, phone]");

        ObjectNode renamed = organizations();
        ((ObjectNode) renamed.get("schema").get("fields").get(1)).put("name", "title");
        assertThat(String.join("\n", HsdsSpecification.tabularProblems(files(renamed, services()))))
            .contains("organization: fields");
    }

    /** The specification's own resource, as an export would copy it, less what the export does not write. */
    private static ObjectNode resource(String name) {
        for (JsonNode resource : HsdsSpecification.datapackage().get("resources")) {
            if (resource.get("name").asString().equals(name)) {
                ObjectNode copy = (ObjectNode) resource.deepCopy();
                ArrayNode keys = JSON.createArrayNode();
                copy.get("schema").path("foreignKeys").forEach(key -> {
                    if (key.get("reference").get("resource").asString().equals("organization")) {
                        keys.add(key);
                    }
                });
                ((ObjectNode) copy.get("schema")).set("foreignKeys", keys);
                return copy;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static ObjectNode organizations() {
        return resource("organization");
    }

    private static ObjectNode services() {
        return resource("service");
    }

    private static Map<String, String> files(ObjectNode organizations, ObjectNode services) {
        ObjectNode descriptor = JSON.createObjectNode().put("profile", "tabular-data-package").put("name", "example");
        descriptor.putArray("resources").add(organizations).add(services);
        Map<String, String> files = new HashMap<>();
        files.put("datapackage.json", descriptor.toString());
        files.put("organizations.csv", csv(resource("organization"), List.of("9f0c6f2e-2c4e-4f6b-8c59-2f0b3f9d1a11", "Example", "",
                "Arts", "hello@example.org", "https://example.org", "", "", "1999", "", "", "", "")));
        files.put("services.csv", csv(resource("service"), List.of("5e2a1c3b-7d4f-4a6e-9b8c-0d1e2f3a4b5c",
                "9f0c6f2e-2c4e-4f6b-8c59-2f0b3f9d1a11", "", "Workshops", "", "", "", "", "active", "", "", "", "", "", "", "", "", "",
                "2026-12-01", "", "", "", "")));
        return files;
    }

    private static String csv(JsonNode resource, List<String> row) {
        StringBuilder csv = new StringBuilder();
        resource.get("schema").get("fields").forEach(field -> csv.append(csv.isEmpty() ? "" : ",").append(field.get("name").asString()));
        csv.append("\r\n");
        csv.append(String.join(",", row.stream().map(cell -> "\"" + cell + "\"").toList())).append("\r\n");
        return csv.toString();
    }
}
