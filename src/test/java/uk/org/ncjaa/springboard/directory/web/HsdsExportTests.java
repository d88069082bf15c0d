package uk.org.ncjaa.springboard.directory.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class HsdsExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Listings listings;

    @Autowired
    JsonMapper json;

    @Test
    void theDirectoryExportsAsHsdsJsonAndCsvAndThroughTheApi() throws Exception {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        long owner = accounts.createMember().id();
        ListingContent content = Publish.content("Hazel Arts " + marker, "=HYPERLINK(\"http://evil.example\") " + marker,
                List.of("music"), List.of("london"), true);
        Listing listing = Publish.listing(listings, owner, content);
        listings.create(owner, Publish.content("Unpublished " + marker, "Draft", List.of(), List.of(), false));

        JsonNode all = json.readTree(mvc.perform(get("/directory/export/hsds.json")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        JsonNode org = null;
        for (JsonNode node : all) {
            assertThat(node.get("name").asText()).doesNotStartWith("Unpublished");
            if (node.get("name").asText().equals("Hazel Arts " + marker)) {
                org = node;
            }
        }
        assertThat(org).isNotNull();
        assertThat(org.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(org.get("services").get(0).get("name").asText()).isEqualTo("Weekly workshops");
        assertThat(org.get("services").get(0).get("organization_id").asText()).isEqualTo(org.get("id").asText());
        assertThat(org.get("locations").get(0).get("addresses").get(0).get("postal_code").asText()).isEqualTo("LS1 1AA");
        assertThat(org.get("contacts").get(0).get("name").asText()).isEqualTo("Ada Example");
        // HSDS 3.0 names a taxonomy term by "name" (the 2.0 field was "term")
        assertThat(org.get("attributes").toString()).contains("\"name\":\"Music\"").contains("lived-experience-leadership");

        byte[] zip = mvc.perform(get("/directory/export/hsds-csv.zip")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsByteArray();
        Map<String, String> tables = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                tables.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(tables).containsKeys("organizations.csv", "services.csv", "locations.csv", "addresses.csv", "contacts.csv",
                "attributes.csv");
        assertThat(tables.get("organizations.csv")).startsWith("id,name,").contains("Hazel Arts " + marker)
            .as("a cell that a spreadsheet would run is made plain text").contains("\"'=HYPERLINK(\"\"http://evil.example\"\")");

        MvcResult api = mvc.perform(get("/api/v1/directory/organizations").param("q", marker)).andReturn();
        JsonNode page = json.readTree(api.getResponse().getContentAsString());
        assertThat(page.get("total_items").asLong()).isOne();
        assertThat(page.get("contents").get(0).get("name").asText()).isEqualTo("Hazel Arts " + marker);
        assertThat(page.get("facets").get("art").toString()).contains("music");

        JsonNode one = json.readTree(mvc.perform(get("/api/v1/directory/organizations/" + listing.slug())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        assertThat(one.get("uri").asText()).endsWith("/directory/" + listing.slug());
        mvc.perform(get("/api/v1/directory/organizations/no-such-listing")).andExpect(status().isNotFound());

        MvcResult streamed = mvc.perform(get("/api/v1/directory/export.json")).andExpect(request().asyncStarted()).andReturn();
        String exported = mvc.perform(asyncDispatch(streamed)).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(exported).isArray()).isTrue();
        assertThat(exported).contains("Hazel Arts " + marker);

        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/directory/organizations").contains("/api/v1/directory/export.json");
    }

    @Test
    void everyExportedOrganizationPassesTheHsdsSchema() throws Exception {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        Listing listing = Publish.listing(listings, accounts.createMember().id(), fullListing(marker));

        JsonNode all = json.readTree(mvc.perform(get("/directory/export/hsds.json")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        List<String> problems = new ArrayList<>();
        JsonNode org = null;
        for (JsonNode node : all) {
            problems.addAll(HsdsSpecification.problems(HsdsSpecification.organizationSchema(), node, node.path("name").asString()));
            if (node.path("name").asString().equals("Kestrel Theatre " + marker)) {
                org = node;
            }
        }
        assertThat(problems).isEmpty();
        JsonNode one = json.readTree(mvc.perform(get("/api/v1/directory/organizations/" + listing.slug())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        assertThat(HsdsSpecification.problems(HsdsSpecification.organizationSchema(), one, "API")).isEmpty();

        assertThat(org).isNotNull();
        JsonNode locations = org.get("locations");
        assertThat(locations.get(0).get("addresses").get(0).get("state_province").asString()).isEqualTo("England");
        assertThat(locations.get(0).get("addresses").get(0).get("region").asString()).isEqualTo("Yorkshire and the Humber");
        assertThat(locations.get(1).get("addresses").get(0).get("state_province").asString()).isEqualTo("Wales");
        assertThat(locations.get(1).get("addresses").get(0).get("country").asString()).isEqualTo("GB");
        assertThat(locations.get(2).get("name").asString()).as("a town alone is not an HSDS address").isEqualTo("Manchester base");
        assertThat(locations.get(2).path("addresses")).isEmpty();
        assertThat(locations.get(0).has("latitude")).as("the directory holds no coordinates, so none are given").isFalse();

        JsonNode music = StreamSupport.stream(org.get("attributes").spliterator(), false).map(a -> a.get("taxonomy_term"))
            .filter(term -> term.get("code").asString().equals("music")).findFirst().orElseThrow();
        assertThat(music.get("name").asString()).isEqualTo("Music");
        assertThat(music.get("description").asString()).isNotBlank();

        JsonNode service = org.get("services").get(0);
        assertThat(service.get("service_at_locations")).hasSize(3);
        assertThat(service.get("service_at_locations").get(1).get("location_id").asString())
            .isEqualTo(locations.get(1).get("id").asString());
        assertThat(service.get("service_areas").findValuesAsString("name")).containsExactly("London", "Wales");
        assertThat(service.get("languages").findValuesAsString("code")).containsExactly("en", "cy");
    }

    @Test
    void theCsvExportIsAnHsdsTabularDataPackage() throws Exception {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        Publish.listing(listings, accounts.createMember().id(), fullListing(marker));

        byte[] zip = mvc.perform(get("/directory/export/hsds-csv.zip")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(HsdsSpecification.tabularProblems(files)).isEmpty();
        assertThat(files).containsKeys("service_at_location.csv", "service_areas.csv", "languages.csv", "taxonomy_terms.csv",
                "taxonomies.csv", "phones.csv");
        assertThat(files.get("organizations.csv")).contains("Kestrel Theatre " + marker);
        assertThat(files.get("addresses.csv")).contains("\"Cardiff\",\"Wales\",\"Wales\",\"CF10 1AA\",\"GB\"");
        assertThat(files.get("taxonomy_terms.csv")).contains("\"music\",\"Music\"");
    }

    /** A listing with something in every part the HSDS export maps: three locations, two services, regions, languages. */
    private static ListingContent fullListing(String marker) {
        return new ListingContent("Kestrel Theatre " + marker, "Kestrel", "Theatre with people in prison and on probation.",
                "hello@kestrel.example.org", "https://kestrel.example.org", "0113 496 0000", List.of("music", "theatre"),
                List.of("workshops"), List.of("adult-prison-men"), List.of(), List.of(), List.of("london", "wales"), "HMP Leeds",
                null, null, null, null, true, "Founded by former prisoners", null, List.of("English", "Welsh"),
                List.of(new ListingContent.Service("Weekly workshops", "Drama in custody", "https://kestrel.example.org/workshops",
                        "Free", null, null), new ListingContent.Service("Summer show", null, null, null, null, null)),
                List.of(new ListingContent.Location("Leeds studio", "1 Test Street", "Leeds", "LS1 1AA", "yorkshire-and-the-humber"),
                        new ListingContent.Location("Cardiff rehearsal room", "2 Bay Road", "Cardiff", "CF10 1AA", "wales"),
                        new ListingContent.Location("Manchester base", null, "Manchester", null, "north-west")),
                List.of(new ListingContent.Contact("Ada Example", "Director", "ada@kestrel.example.org", "0113 496 0001")));
    }
}
