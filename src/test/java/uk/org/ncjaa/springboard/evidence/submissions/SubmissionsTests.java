package uk.org.ncjaa.springboard.evidence.submissions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SubmissionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvidenceSearch search;

    @Autowired
    uk.org.ncjaa.springboard.evidence.imports.EvidenceImport importer;

    @Test
    void aMemberSubmitsAnEditorPublishesAndThePdfTextIsSearchable() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String marker = "zephyrine" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String title = "Songs on the landing " + UUID.randomUUID();

        // a form with mistakes comes back with the input kept and a message per field
        mvc.perform(post("/evidence/submit").with(member.login()).with(csrf())
                .param("title", title).param("authors", "").param("artForms", "music").param("year", "1066")
                .param("description", "A choir in a prison."))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the authors")))
            .andExpect(content().string(containsString("Choose at least one justice setting")))
            .andExpect(content().string(containsString("Enter a year from 1900")))
            .andExpect(content().string(containsString(title)));

        String location = mvc.perform(details(member.login(), title)).andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/evidence/submit/").endsWith("/file");
        String slug = location.substring("/evidence/submit/".length(), location.length() - "/file".length());

        // someone else cannot see or change the draft
        TestAccounts.Created stranger = accounts.create(Role.MEMBER);
        mvc.perform(get("/evidence/submit/" + slug + "/file").with(stranger.login())).andExpect(status().isNotFound());
        // nor can the public
        mvc.perform(get("/evidence/" + slug)).andExpect(status().isNotFound());

        mvc.perform(multipart("/evidence/submit/" + slug + "/file").file(new MockMultipartFile("file", "report.pdf",
                "application/pdf", "GIF89a pretending".getBytes())).with(member.login()).with(csrf()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("That file is not a PDF")));

        mvc.perform(multipart("/evidence/submit/" + slug + "/file").file(new MockMultipartFile("file", "C:\\Users\\me\\final report.pdf",
                "application/octet-stream", pdf("The choir met weekly. " + marker + " was the word of the day."))).with(member.login()).with(csrf()))
            .andExpect(redirectedUrl("/evidence/submit/" + slug + "/file"));
        assertThat(jdbc.queryForObject("select filename from evidence_file f join evidence_entry e on e.id = f.entry_id where e.slug = ?",
                String.class, slug)).isEqualTo("final report.pdf");

        mvc.perform(post("/evidence/submit/" + slug + "/confirm").with(member.login()).with(csrf()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Tick the box")));
        mvc.perform(post("/evidence/submit/" + slug + "/confirm").param("criteria", "yes").with(member.login()).with(csrf()))
            .andExpect(redirectedUrl("/evidence/submissions"));
        assertThat(statusOf(slug)).isEqualTo("SUBMITTED");
        inbox.awaitOne(member.email(), "received your submission");
        inbox.awaitOne(editor.email(), "New Evidence Library submission");
        // a submitted draft is out of the member's hands
        mvc.perform(get("/evidence/submit/" + slug).with(member.login())).andExpect(status().isNotFound());

        // the durable job reads the PDF
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(jdbc.queryForObject(
                "select extraction from evidence_file f join evidence_entry e on e.id = f.entry_id where e.slug = ?", String.class, slug)));

        mvc.perform(get("/admin/evidence").with(editor.login())).andExpect(content().string(containsString(title)));
        mvc.perform(post("/admin/evidence/" + slug + "/decision").param("action", "review").with(editor.login()).with(csrf()))
            .andExpect(redirectedUrl("/admin/evidence/" + slug));
        inbox.awaitOne(member.email(), "being reviewed");

        // publishing needs an inclusion decision first
        mvc.perform(post("/admin/evidence/" + slug + "/decision").param("action", "publish").with(editor.login()).with(csrf()));
        assertThat(statusOf(slug)).isEqualTo("IN_REVIEW");

        // an editor's form with mistakes keeps what was typed
        mvc.perform(post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
                .param("title", title).param("year", "20x0").param("summary", "Typed summary kept")
                .param("findings[0].outcome", "wellbeing").param("findings[0].direction", "").param("findings[0].effectSize", "big"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter a four-digit year")))
            .andExpect(content().string(containsString("Finding 1: choose a direction")))
            .andExpect(content().string(containsString("Finding 1: the effect size must be a number")))
            .andExpect(content().string(containsString("Typed summary kept")));

        // related entries must exist
        mvc.perform(post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
                .param("title", title).param("related", "https://example.org/evidence/no-such-entry"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("No entry has the address “no-such-entry”")));

        // a level that differs from the design needs a reason
        mvc.perform(post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
                .param("title", title).param("year", "2024").param("strengthLevel", "4")
                .param("tag-ART_FORM", "music").param("tag-SETTING", "prison").param("tag-STUDY_DESIGN", "qualitative-study"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Explain why the level differs")));

        mvc.perform(post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
                .param("title", title).param("year", "2024").param("summary", "A prison choir, studied through interviews.")
                .param("tag-ART_FORM", "music").param("tag-SETTING", "prison").param("tag-STUDY_DESIGN", "qualitative-study")
                .param("findings[0].outcome", "wellbeing").param("findings[0].direction", "POSITIVE")
                .param("authors", "Ada Example\nBen Example").param("evaluators", "Northfield University")
                .param("inclusion", "INCLUDED").param("inclusionReasons", "An evaluation of a prison arts project with its methods described."))
            .andExpect(redirectedUrl("/admin/evidence/" + slug));
        mvc.perform(post("/admin/evidence/" + slug + "/decision").param("action", "publish").with(editor.login()).with(csrf()))
            .andExpect(redirectedUrl("/admin/evidence/" + slug));
        assertThat(statusOf(slug)).isEqualTo("PUBLISHED");
        inbox.awaitOne(member.email(), "is published");

        mvc.perform(get("/evidence/" + slug)).andExpect(status().isOk())
            .andExpect(content().string(containsString("A prison choir, studied through interviews.")))
            .andExpect(content().string(containsString("final report.pdf")))
            .andExpect(content().string(containsString("Evaluated by")))
            .andExpect(content().string(containsString("Northfield University")));
        String fileId = jdbc.queryForObject("select f.id::text from evidence_file f join evidence_entry e on e.id = f.entry_id where e.slug = ?",
                String.class, slug);
        mvc.perform(get("/evidence/" + slug + "/files/" + fileId)).andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(search.search(new EvidenceQuery(marker, null, null, null, null, 1)).hits())
            .as("words only in the PDF find the entry").extracting(hit -> hit.slug()).containsExactly(slug);
        assertThat(jdbc.queryForList("select r.summary from evidence_revision r join evidence_entry e on e.id = r.entry_id where e.slug = ?"
                + " order by number", String.class, slug)).hasSizeGreaterThanOrEqualTo(3).anyMatch(s -> s.contains("details"));
        mvc.perform(get("/admin/evidence/" + slug + "/revisions/1").with(editor.login())).andExpect(status().isOk());

        // an editor links it to the journal article it became
        importer.run(new java.io.StringReader("title\tyear\nThe journal version of " + title + "\t2025\n"), true);
        String journal = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, "The journal version of " + title);
        mvc.perform(post("/admin/evidence/" + slug).with(editor.login()).with(csrf())
                .param("title", title).param("year", "2024").param("tag-STUDY_DESIGN", "qualitative-study")
                .param("inclusion", "INCLUDED").param("inclusionReasons", "Meets the criteria.")
                .param("related", "https://example.org/evidence/" + journal))
            .andExpect(redirectedUrl("/admin/evidence/" + slug));
        mvc.perform(get("/evidence/" + slug)).andExpect(content().string(containsString("Related entries")))
            .andExpect(content().string(containsString("The journal version of " + title)));
    }

    @Test
    void encryptedAndBrokenPdfsAreAcceptedWithANoteForTheCurator() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String title = "Locked report " + UUID.randomUUID();
        String location = mvc.perform(details(member.login(), title)).andReturn().getResponse().getRedirectedUrl();
        String slug = location.substring("/evidence/submit/".length(), location.length() - "/file".length());

        byte[] encrypted;
        try (PDDocument document = document("secret words")) {
            document.protect(new StandardProtectionPolicy("owner-pass", "user-pass", new AccessPermission()));
            encrypted = bytes(document);
        }
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage that never ends".getBytes();
        mvc.perform(multipart("/evidence/submit/" + slug + "/file").file(new MockMultipartFile("file", "locked.pdf", "application/pdf", encrypted))
            .with(member.login()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/evidence/submit/" + slug + "/file").file(new MockMultipartFile("file", "broken.pdf", "application/pdf", broken))
            .with(member.login()).with(csrf())).andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("""
                select f.filename || ':' || f.extraction from evidence_file f join evidence_entry e on e.id = f.entry_id
                where e.slug = ? order by f.filename""", String.class, slug).equals(java.util.List.of("broken.pdf:UNREADABLE", "locked.pdf:ENCRYPTED")));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder details(RequestPostProcessor login, String title) {
        return post("/evidence/submit").with(login).with(csrf())
            .param("title", title).param("authors", "Ada Example; Ben Example").param("year", "2024")
            .param("artForms", "music").param("settings", "prison").param("outcomes", "wellbeing")
            .param("studyDesign", "qualitative-study").param("description", "A choir in a prison, studied through interviews.");
    }

    private String statusOf(String slug) {
        return jdbc.queryForObject("select status from evidence_entry where slug = ?", String.class, slug);
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = document(text)) {
            return bytes(document);
        }
    }

    private static PDDocument document(String text) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
