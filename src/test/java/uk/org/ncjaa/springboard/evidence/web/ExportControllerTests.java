package uk.org.ncjaa.springboard.evidence.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportControllerTests {

    private final String marker = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceImport importer;

    @Autowired
    JdbcTemplate jdbc;

    private String first;
    private String second;

    @BeforeAll
    void entries() {
        String header = "title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\tsummary";
        importer.run(new StringReader(header + "\n"
                + "Singing inside " + marker + "\tLaura Caulfield; Charlotte Bilby\t2013\tArts Alliance\tevaluation report\tmusic\tprison\tA short & factual summary.\n"
                + "Theatre outside " + marker + "\tAda Example\t2019\tExample Press\tjournal article\ttheatre\tprobation\t\n"), true);
        importer.run(new StringReader(header + "\nDraft only " + marker + "\tEve\t2020\t\t\tmusic\tprison\t\n"), false);
        first = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, "Singing inside " + marker);
        second = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, "Theatre outside " + marker);
    }

    @Test
    void oneEntryInEachFormat() throws Exception {
        String ris = body(mvc.perform(get("/evidence/" + first + "/cite.ris")).andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/x-research-info-systems;charset=UTF-8"))
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(first + ".ris")))
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(ris).contains("TI  - Singing inside " + marker).contains("AU  - Caulfield, Laura").contains("ER  -");
        assertThat(body(mvc.perform(get("/evidence/" + first + "/cite.bib")).andReturn().getResponse().getContentAsByteArray()))
            .contains("Caulfield, Laura").contains("2013");
        assertThat(body(mvc.perform(get("/evidence/" + first + "/cite.json")).andReturn().getResponse().getContentAsByteArray()))
            .contains("\"family\"").contains("Caulfield");
        assertThat(body(mvc.perform(get("/evidence/" + first + "/cite.csv")).andReturn().getResponse().getContentAsByteArray()))
            .startsWith("\uFEFF").contains("Singing inside " + marker);
        mvc.perform(get("/evidence/" + first + "/cite.docx")).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/no-such-entry/cite.ris")).andExpect(status().isNotFound());
    }

    @Test
    void theEntryPageShowsTheChosenStyleAndItsPlainText() throws Exception {
        String harvard = body(mvc.perform(get("/evidence/" + first)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(harvard).contains("Caulfield, L. and Bilby, C. (2013) <i>Singing inside " + marker + "</i>.")
            .contains("Harvard (Cite Them Right)</span> style")
            .contains("href=\"/evidence/" + first + "?style=apa#cite-heading\"")
            .contains("data-copy=\"reference\" hidden").containsPattern("src=\"/js/copy(-[0-9a-f]+)?\\.js\"");

        String apa = body(mvc.perform(get("/evidence/" + first).param("style", "apa")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(apa).contains("Caulfield, L., &amp; Bilby, C. (2013). <i>Singing inside " + marker + "</i>")
            .containsPattern("href=\"/evidence/" + first + "\\?style=apa#cite-heading\"\\s+aria-current=\"true\"")
            .contains("href=\"/evidence/" + first + "/cite.txt?style=apa\"");

        String text = body(mvc.perform(get("/evidence/" + first + "/cite.txt").param("style", "vancouver")).andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(text).startsWith("Caulfield L, Bilby C. Singing inside " + marker + " [Internet].").endsWith("\n");
        assertThat(body(mvc.perform(get("/evidence/" + first + "/cite.txt")).andReturn().getResponse().getContentAsByteArray()))
            .startsWith("Caulfield, L. and Bilby, C. (2013) Singing inside " + marker + ".");
        mvc.perform(get("/evidence/" + first + "/cite.txt").param("style", "mla")).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/no-such-entry/cite.txt")).andExpect(status().isNotFound());
    }

    @Test
    void aWholeSearchOrTheTickedEntries() throws Exception {
        String all = body(mvc.perform(get("/evidence/export").param("format", "ris").param("q", marker)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(all.split("ER  -", -1)).as("two published entries, never the draft").hasSize(3);
        assertThat(all).doesNotContain("Draft only");
        String ticked = body(mvc.perform(get("/evidence/export").param("format", "ris").param("q", marker).param("entry", second))
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(ticked).contains("Theatre outside").doesNotContain("Singing inside");
        String filtered = body(mvc.perform(get("/evidence/export").param("format", "csv").param("q", marker).param("art", "music"))
            .andReturn().getResponse().getContentAsByteArray());
        assertThat(filtered).contains("Singing inside").doesNotContain("Theatre outside");
    }

    @Test
    void anAtomFeedForAnySearch() throws Exception {
        byte[] feed = mvc.perform(get("/evidence/feed.atom").param("q", marker).param("art", "theatre")).andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
            .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var titles = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(titles.getLength()).isEqualTo(1);
        assertThat(titles.item(0).getTextContent()).contains("Theatre outside " + marker);
    }

    private static String body(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
