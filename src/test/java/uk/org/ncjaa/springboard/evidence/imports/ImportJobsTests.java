package uk.org.ncjaa.springboard.evidence.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class ImportJobsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCsvIsCheckedRowByRowThenImportedWithProgressAndNeverTwice() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String marker = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String csv = "\uFEFFtitle,authors,year,art_form,setting,outcomes_studied\r\n"
                + "\"Drums, rhythm and change " + marker + "\",\"Ada Example; Ben Example\",2018,\"percussion; juggling\",prison,wellbeing\r\n"
                + "\"A second " + marker + "\",Cat Person,20x8,music,probation,\r\n"
                + "\"Third, with a\nline break " + marker + "\",Dee Person,2020,dance,prison,\r\n";
        String location = mvc.perform(multipart("/admin/evidence/import").file(file("catalogue.csv", csv)).with(editor.login()).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Drums, rhythm and change " + marker)))
            .andExpect(content().string(containsString("The year &#39;20x8&#39; is not a four-digit year.")))
            .andExpect(content().string(containsString("juggling")))
            .andExpect(content().string(containsString("Music")));
        assertThat(count(marker)).as("the dry run writes nothing").isZero();

        mvc.perform(post(location).param("publish", "yes").with(editor.login()).with(csrf())).andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(jdbc.queryForObject(
                "select status from evidence_import_job where id = ?::uuid", String.class, location.substring(location.lastIndexOf('/') + 1))));
        mvc.perform(get(location).with(editor.login())).andExpect(content().string(containsString("2 new entries")));
        assertThat(count(marker)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from evidence_entry where title like ? and status = 'PUBLISHED'", Long.class,
                "%" + marker)).isEqualTo(2);

        String again = mvc.perform(multipart("/admin/evidence/import").file(file("catalogue.csv", csv)).with(editor.login()).with(csrf()))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(again).with(editor.login())).andExpect(content().string(containsString("Already in the library")))
            .andExpect(content().string(containsString("<strong>0</strong> new entries")));
    }

    @Test
    void aCuratorCorrectsARowsTagsInTheDryRunAndTheImportStoresThem() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String marker = "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String csv = "title,year,art_form,setting\r\n\"Kettle drums " + marker + "\",2019,\"drumming; juggling\",prison\r\n";
        String location = mvc.perform(multipart("/admin/evidence/import").file(file("catalogue.csv", csv)).with(editor.login()).with(csrf()))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(editor.login())).andExpect(content().string(containsString("Correct the tags of line 2")));
        String form = mvc.perform(get(location + "/rows/2").with(editor.login())).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(form);
        assertThat(page.select("input[name=tag-ART_FORM][checked]").eachAttr("value")).as("what the text mapped to").contains("music");
        assertThat(page.select("input[name=tag-SETTING][checked]").eachAttr("value")).contains("prison");

        // the curator says it is about dance as well, in a youth justice service, and sends a value no vocabulary holds
        mvc.perform(post(location + "/rows/2").with(editor.login()).with(csrf()).param("tag-ART_FORM", "music", "dance",
                "no-such-concept").param("tag-SETTING", "youth-justice-service"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(editor.login())).andExpect(content().string(containsString("corrected by hand")));
        assertThat(count(marker)).as("correcting writes no entry").isZero();

        mvc.perform(post(location).with(editor.login()).with(csrf())).andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(jdbc.queryForObject(
                "select status from evidence_import_job where id = ?::uuid", String.class, location.substring(location.lastIndexOf('/') + 1))));
        Long id = jdbc.queryForObject("select id from evidence_entry where title like ?", Long.class, "%" + marker);
        assertThat(jdbc.queryForList("select slug from evidence_tag where entry_id = ? and vocabulary = 'SETTING'", String.class, id))
            .contains("youth-justice-service").doesNotContain("prison");
        assertThat(jdbc.queryForList("select slug from evidence_tag where entry_id = ? and vocabulary = 'ART_FORM'", String.class, id))
            .contains("music", "dance").doesNotContain("no-such-concept");

        mvc.perform(post(location + "/rows/2").with(editor.login()).with(csrf()).param("tag-SETTING", "prison"))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                    containsString("can no longer be corrected")));
    }

    @Test
    void risFromAReferenceManagerMapsItsKeywords() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        String marker = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String ris = "TY  - JOUR\r\nTI  - Dance behind bars " + marker + "\r\nAU  - Example, Ada\r\nPY  - 2021\r\nKW  - dance\r\n"
                + "KW  - women's prison\r\nKW  - basket weaving\r\nDO  - 10.9999/" + marker + "\r\nER  - \r\n";
        String location = mvc.perform(multipart("/admin/evidence/import").file(file("export.ris", ris)).with(editor.login()).with(csrf()))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(editor.login())).andExpect(content().string(containsString("Dance behind bars " + marker)))
            .andExpect(content().string(containsString("RIS")))
            .andExpect(content().string(containsString("basket weaving")));
        mvc.perform(post(location).with(editor.login()).with(csrf()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(marker) == 1);
        assertThat(jdbc.queryForObject("select doi from evidence_entry where title like ?", String.class, "%" + marker))
            .isEqualTo("10.9999/" + marker);
        assertThat(jdbc.queryForList("select t.slug from evidence_tag t join evidence_entry e on e.id = t.entry_id where e.title like ?",
                String.class, "%" + marker)).contains("dance", "adult-prison-women");
    }

    @Test
    void filesThatAreNotTextAreRefusedWithAReason() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        byte[] latin1 = "title\nCaf\u00e9 culture\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/admin/evidence/import").file(new MockMultipartFile("file", "old.csv", "text/csv", latin1))
                .with(editor.login()).with(csrf()))
            .andExpect(status().isOk()).andExpect(content().string(containsString("The file is not UTF-8 text")));
        mvc.perform(multipart("/admin/evidence/import").file(file("nothing.csv", "name,year\nX,2020\n")).with(editor.login()).with(csrf()))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdminRebuildsTheIndexWithProgress() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/evidence/index").with(editor.login()).with(csrf())).andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select rebuild_finished_at is not null from search_index_state where index_name = 'evidence'", Boolean.class));
        mvc.perform(get("/admin/evidence/index").with(editor.login())).andExpect(status().isOk())
            .andExpect(content().string(containsString("Last rebuilt")));
    }

    private long count(String marker) {
        return jdbc.queryForObject("select count(*) from evidence_entry where title like ?", Long.class, "%" + marker);
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
