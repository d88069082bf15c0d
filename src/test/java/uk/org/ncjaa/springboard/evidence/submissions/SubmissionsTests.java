package uk.org.ncjaa.springboard.evidence.submissions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
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
import uk.org.ncjaa.springboard.support.TestPdfs;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
        mvc.perform(post("/admin/evidence/" + slug + "/decision").param("action", "publish").with(editor.login()).with(csrf()))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                    "Record that the submission meets the inclusion criteria before publishing it."));
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
    void aPdfLockedWithAPasswordOrDamagedBeyondRepairIsRefusedWithAReason() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String slug = draft(member);

        byte[] locked;
        try (PDDocument document = TestPdfs.document("secret words")) {
            document.protect(new StandardProtectionPolicy("owner-pass", "user-pass", new AccessPermission()));
            locked = TestPdfs.bytes(document);
        }
        upload(member, slug, "locked.pdf", locked).andExpect(status().isOk())
            .andExpect(content().string(containsString("That PDF is locked with a password")));

        byte[] whole = pdf("Words that will not arrive.");
        upload(member, slug, "cut.pdf", java.util.Arrays.copyOf(whole, 200)).andExpect(status().isOk())
            .andExpect(content().string(containsString("it seems damaged or incomplete")));
        upload(member, slug, "broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage that never ends".getBytes())
            .andExpect(status().isOk()).andExpect(content().string(containsString("it seems damaged or incomplete")));

        assertThat(jdbc.queryForObject("select count(*) from evidence_file f join evidence_entry e on e.id = f.entry_id where e.slug = ?",
                Integer.class, slug)).as("nothing refused is kept").isZero();
    }

    @Test
    void aPdfWithScriptsIsKeptWithoutThemAndNotedForTheMemberAndTheCurator() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String slug = draft(member);
        byte[] hostile;
        try (PDDocument document = TestPdfs.document("A report with surprises.")) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDPage page = document.getPage(0);
            catalog.setOpenAction(new PDActionJavaScript("app.alert('opened')"));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("hello", new PDActionJavaScript("app.alert('named')")));
            names.setJavascript(scripts);
            catalog.setNames(names);
            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.alert('page')"));
            page.setActions(pageActions);
            PDAnnotationLink script = new PDAnnotationLink();
            script.setRectangle(new PDRectangle(72, 600, 100, 20));
            script.setAction(new PDActionJavaScript("app.alert('link')"));
            PDAnnotationLink launch = new PDAnnotationLink();
            launch.setRectangle(new PDRectangle(72, 560, 100, 20));
            PDActionLaunch program = new PDActionLaunch();
            program.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("calc.exe")));
            launch.setAction(program);
            PDAcroForm form = new PDAcroForm(document);
            catalog.setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("name");
            PDFormFieldAdditionalActions keystroke = new PDFormFieldAdditionalActions();
            keystroke.setK(new PDActionJavaScript("app.alert('typed')"));
            field.setActions(keystroke);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 500, 100, 20));
            widget.setPage(page);
            form.getFields().add(field);
            page.getAnnotations().addAll(java.util.List.of(script, launch, widget));
            hostile = TestPdfs.bytes(document);
        }
        assertThat(activeContent(hostile)).as("the test's PDF carries every kind").hasSizeGreaterThanOrEqualTo(6);

        upload(member, slug, "report.pdf", hostile).andExpect(redirectedUrl("/evidence/submit/" + slug + "/file"))
            .andExpect(flash().attribute("notice", containsString("scripts or actions that run when it is opened")))
            .andExpect(flash().attribute("notice", containsString("we removed them from the copy we keep")));
        assertThat(risksOf(slug)).isEqualTo("SCRIPTS");

        mvc.perform(get("/admin/evidence/" + slug).with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Found when it was uploaded:")))
            .andExpect(content().string(containsString("JavaScript or launch actions")));

        var served = mvc.perform(get("/evidence/" + slug + "/files/" + fileIdOf(slug)).with(member.login()))
            .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(activeContent(served.getContentAsByteArray())).as("the copy served runs nothing").isEmpty();
        try (PDDocument copy = org.apache.pdfbox.Loader.loadPDF(served.getContentAsByteArray())) {
            assertThat(copy.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(copy)).contains("A report with surprises.");
        }
    }

    @Test
    void aPdfProtectedOnlyAgainstCopyingIsKeptWithANote() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String slug = draft(member);
        byte[] restricted;
        try (PDDocument document = TestPdfs.document("Read me, do not copy me.")) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            document.protect(new StandardProtectionPolicy("owner-pass", "", permissions));
            restricted = TestPdfs.bytes(document);
        }
        upload(member, slug, "restricted.pdf", restricted).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", containsString("protected against copying or printing")));
        assertThat(risksOf(slug)).isEqualTo("PROTECTED");
    }

    @Test
    void aTruncatedPdfThatCanBeRepairedIsKeptWithANote() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String slug = draft(member);
        byte[] whole;
        try (PDDocument document = TestPdfs.document("Most of a report.")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            whole = out.toByteArray();
        }
        // the download stopped before the index and the end of the file
        byte[] truncated = java.util.Arrays.copyOf(whole, new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("xref"));
        upload(member, slug, "truncated.pdf", truncated).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", containsString("It looked incomplete or damaged")));
        assertThat(risksOf(slug)).isEqualTo("REPAIRED");
    }

    @Test
    void aPdfWithAWebPageBeforeItIsKeptAsThePdfAloneWithANote() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String slug = draft(member);
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes("<html><script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        polyglot.writeBytes(pdf("A report that is also a web page."));

        upload(member, slug, "both.pdf", polyglot.toByteArray()).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", containsString("such as web page code, before the PDF itself began")));
        assertThat(risksOf(slug)).isEqualTo("CONTENT_BEFORE_PDF");
        byte[] served = mvc.perform(get("/evidence/" + slug + "/files/" + fileIdOf(slug)).with(member.login()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(served, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<script");
    }

    @Test
    void aCleanPdfIsUploadedWithoutANoteAndOpensInTheBrowser() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String slug = draft(member);
        upload(member, slug, "clean.pdf", pdf("Nothing to see here.")).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", "Your file was uploaded."));
        assertThat(risksOf(slug)).isEmpty();
        mvc.perform(get("/evidence/" + slug + "/files/" + fileIdOf(slug)).with(member.login())).andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
    }

    private String draft(TestAccounts.Created member) throws Exception {
        String location = mvc.perform(details(member.login(), "Checked report " + UUID.randomUUID())).andReturn().getResponse()
            .getRedirectedUrl();
        return location.substring("/evidence/submit/".length(), location.length() - "/file".length());
    }

    private org.springframework.test.web.servlet.ResultActions upload(TestAccounts.Created member, String slug, String name, byte[] pdf)
            throws Exception {
        return mvc.perform(multipart("/evidence/submit/" + slug + "/file").file(new MockMultipartFile("file", name, "application/pdf", pdf))
            .with(member.login()).with(csrf()));
    }

    private String risksOf(String slug) {
        return jdbc.queryForObject("select f.upload_risks from evidence_file f join evidence_entry e on e.id = f.entry_id where e.slug = ?",
                String.class, slug);
    }

    private String fileIdOf(String slug) {
        return jdbc.queryForObject("select f.id::text from evidence_file f join evidence_entry e on e.id = f.entry_id where e.slug = ?",
                String.class, slug);
    }

    /** Everything in a PDF that runs something, found by walking all its objects (independently of the code under test). */
    private static java.util.List<String> activeContent(byte[] pdf) throws IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.util.Set<COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.Deque<COSBase> next = new java.util.ArrayDeque<>(java.util.List.of(document.getDocument().getTrailer()));
            while (!next.isEmpty()) {
                COSBase item = next.pop();
                if (!seen.add(item)) {
                    continue;
                }
                if (item instanceof COSDictionary dictionary) {
                    COSName type = dictionary.getCOSName(COSName.S);
                    if (type != null && (type.getName().equals("JavaScript") || type.getName().equals("Launch"))) {
                        found.add(type.getName() + " action");
                    }
                    for (COSName key : dictionary.keySet()) {
                        if (key.getName().equals("AA") || key.getName().equals("JavaScript")) {
                            found.add(key.getName());
                        }
                        COSBase value = dictionary.getDictionaryObject(key);
                        if (value != null) {
                            next.push(value);
                        }
                    }
                }
                else if (item instanceof COSArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        if (array.getObject(i) != null) {
                            next.push(array.getObject(i));
                        }
                    }
                }
            }
        }
        return found;
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
        return TestPdfs.text(text);
    }
}
