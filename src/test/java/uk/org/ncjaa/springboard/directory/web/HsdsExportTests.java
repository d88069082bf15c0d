package uk.org.ncjaa.springboard.directory.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        assertThat(org.get("attributes").toString()).contains("\"term\":\"Music\"").contains("lived-experience-leadership");

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
}
