package uk.org.ncjaa.springboard.members.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.members.MembersApi;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class CrmTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MembersApi members;

    @Test
    void staffFindTagNoteAndSaveSegmentsAndOnlyAdminsGetIn() throws Exception {
        String marker = "Crm" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        long music = member(marker + " Musician", marker + " Band", "london", "music", true);
        long theatre = member(marker + " Actor", null, "wales", "theatre", false);

        mvc.perform(get("/admin/members").param("q", marker).with(accounts.create(Role.MEMBER, Role.EDITOR).login()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/admin/members").param("q", marker).with(admin.login()))
            .andExpect(content().string(containsString(marker + " Musician")))
            .andExpect(content().string(containsString(marker + " Actor")));
        mvc.perform(get("/admin/members").param("q", marker).param("region", "london").param("art", "music").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Musician")))
            .andExpect(content().string(not(containsString(marker + " Actor"))));
        // what members said they do is a filter, kept on the member row by the trigger as their answers change
        jdbc.update("insert into member_interest (member_id, vocabulary, slug) values (?, 'ROLE', 'researcher')", theatre);
        mvc.perform(get("/admin/members").param("q", marker).param("role", "researcher").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Actor")))
            .andExpect(content().string(not(containsString(marker + " Musician"))));
        jdbc.update("delete from member_interest where member_id = ? and vocabulary = 'ROLE'", theatre);
        mvc.perform(get("/admin/members").param("q", marker).param("role", "researcher").with(admin.login()))
            .andExpect(content().string(not(containsString(marker + " Actor"))));
        String email = jdbc.queryForObject("select a.email from account a join member m on m.account_id = a.id where m.id = ?",
                String.class, music);
        mvc.perform(get("/admin/members").param("q", email).with(admin.login()))
            .andExpect(content().string(containsString(marker + " Musician")));
        // found by name and by email address at once, a member is still one member
        jdbc.update("update account set email = ? where id = (select account_id from member where id = ?)",
                marker.toLowerCase() + "@example.org", theatre);
        mvc.perform(get("/admin/members").param("q", marker).with(admin.login()))
            .andExpect(content().string(containsString("2 members found")));
        mvc.perform(get("/admin/members").param("q", marker.toLowerCase() + "@").with(admin.login()))
            .andExpect(content().string(containsString("1 member found")))
            .andExpect(content().string(containsString(marker + " Actor")));
        mvc.perform(get("/admin/members").param("q", "100%_\\").param("region", "<nowhere>").param("status", "sideways")
                .param("page", "x").with(admin.login()))
            .andExpect(status().isOk());

        mvc.perform(post("/admin/members/" + music + "/tags").with(csrf()).with(admin.login()).param("tag", "<b>bad</b>"))
            .andExpect(flash().attributeExists("tagProblem"));
        mvc.perform(post("/admin/members/" + music + "/tags").with(csrf()).with(admin.login()).param("tag", "Forum 2026 " + marker));
        mvc.perform(post("/admin/members/" + music + "/notes").with(csrf()).with(admin.login())
                .param("body", "Met at the <script>forum</script>"));
        mvc.perform(get("/admin/members/" + music).with(admin.login()))
            .andExpect(content().string(containsString("forum 2026 " + marker.toLowerCase())))
            .andExpect(content().string(containsString("Met at the &lt;script&gt;forum&lt;/script&gt;")));
        mvc.perform(get("/admin/members").param("tag", "forum 2026 " + marker.toLowerCase()).with(admin.login()))
            .andExpect(content().string(containsString(marker + " Musician")))
            .andExpect(content().string(not(containsString(marker + " Actor"))));

        mvc.perform(post("/admin/members/segments").with(csrf()).with(admin.login()).param("name", "Welsh theatre " + marker)
                .param("query", "q=" + marker + "&region=wales"));
        mvc.perform(post("/admin/members/segments").with(csrf()).with(admin.login()).param("name", "Welsh theatre " + marker)
                .param("query", "q=x")).andExpect(flash().attributeExists("segmentProblem"));
        assertThat(jdbc.queryForObject("select query from member_segment where name = ?", String.class, "Welsh theatre " + marker))
            .isEqualTo("q=" + marker + "&region=wales");
        mvc.perform(get("/admin/members").param("q", marker).param("region", "wales").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Actor")))
            .andExpect(content().string(not(containsString(marker + " Musician"))));
        assertThat(theatre).isNotEqualTo(music);
    }

    @Test
    void newsletterAndKindFiltersFollowEachMembersLatestRecord() throws Exception {
        String marker = "Latest" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        long changedMind = member(marker + " Changed", null, "london", "music", true);
        long keen = member(marker + " Keen", null, "london", "music", true);
        jdbc.update("insert into consent_record (member_id, purpose, granted, wording_version, source, recorded_at)"
                + " values (?, 'NEWSLETTER', false, '1', 'FORM', now() + interval '1 minute')", changedMind);
        jdbc.update("update membership_term set ended_at = now(), end_reason = 'became an organisation' where member_id = ?"
                + " and ended_at is null", keen);
        jdbc.update("insert into membership_term (member_id, kind, started_at) values (?, 'ORGANISATION', now() + interval '1 second')",
                keen);

        mvc.perform(get("/admin/members").param("q", marker).param("newsletter", "yes").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Keen")))
            .andExpect(content().string(not(containsString(marker + " Changed"))));
        mvc.perform(get("/admin/members").param("q", marker).param("newsletter", "no").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Changed")))
            .andExpect(content().string(not(containsString(marker + " Keen"))));
        mvc.perform(get("/admin/members").param("q", marker).param("kind", "organisation").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Keen")))
            .andExpect(content().string(not(containsString(marker + " Changed"))));
        mvc.perform(get("/admin/members").param("q", marker).param("kind", "individual").with(admin.login()))
            .andExpect(content().string(containsString(marker + " Changed")))
            .andExpect(content().string(not(containsString(marker + " Keen"))));

        // erasing the ledger (as erasure does) takes the copy with it
        jdbc.update("delete from consent_record where member_id = ? and purpose = 'NEWSLETTER'", keen);
        assertThat(jdbc.queryForObject("select newsletter from member where id = ?", Boolean.class, keen)).isFalse();
    }

    @Test
    void exportsRespectConsentAndNeutraliseFormulas() throws Exception {
        String marker = "Exp" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        member("=SUM(A1) " + marker, "+Org", "london", "music", true);
        member(marker + " Quiet", null, "london", "music", false);

        String contact = mvc.perform(get("/admin/members/export.csv").param("purpose", "contact").param("q", marker)
                .with(admin.login())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(contact).startsWith("name,email,").contains("\"'=SUM(A1) " + marker + "\"").contains("\"'+Org\"")
            .as("no one who did not agree to be emailed").doesNotContain(marker + " Quiet");
        String analysis = mvc.perform(get("/admin/members/export.csv").param("purpose", "analysis").param("q", marker)
                .with(admin.login())).andReturn().getResponse().getContentAsString();
        assertThat(analysis).startsWith("member,region,art_forms").doesNotContain(marker).doesNotContain("@");
        assertThat(analysis.lines().count()).isEqualTo(3);
    }

    @Test
    void duplicatesAreRankedDismissedMergedAndUnmerged() throws Exception {
        String marker = "Dup" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        long first = member("Jo Byrne " + marker, "Org " + marker, "london", "music", false);
        long second = member("jo byrne " + marker, "org " + marker, null, "dance", false);
        long plus = member("Someone Else " + marker, null, null, null, false);
        jdbc.update("update account set email = ? where id = (select account_id from member where id = ?)", marker.toLowerCase()
                + "@example.org", first);
        jdbc.update("update account set email = ? where id = (select account_id from member where id = ?)", marker.toLowerCase()
                + "+events@example.org", plus);
        long before = members.count();

        String page = mvc.perform(get("/admin/members/duplicates").with(admin.login())).andReturn().getResponse().getContentAsString();
        int sameEmail = page.indexOf("Someone Else " + marker);
        int sameName = page.indexOf("jo byrne " + marker);
        assertThat(sameEmail).as("the same email ignoring +tags is found").isPositive();
        assertThat(sameName).as("the same name and organisation is found").isPositive();
        assertThat(sameEmail).as("the stronger rule ranks first").isLessThan(sameName);

        mvc.perform(post("/admin/members/duplicates/dismiss").with(csrf()).with(admin.login()).param("first", String.valueOf(plus))
                .param("second", String.valueOf(first)));
        mvc.perform(get("/admin/members/duplicates").with(admin.login()))
            .andExpect(content().string(not(containsString("Someone Else " + marker))));

        mvc.perform(post("/admin/members/duplicates/merge").with(csrf()).with(admin.login()).param("kept", String.valueOf(first))
                .param("merged", String.valueOf(second)));
        assertThat(members.count()).as("counts no longer include the merged record").isEqualTo(before - 1);
        assertThat(jdbc.queryForList("select slug from member_interest where member_id = ? order by slug", String.class, first))
            .containsExactly("dance", "music");
        mvc.perform(get("/admin/members").param("q", marker).with(admin.login()))
            .andExpect(content().string(not(containsString("jo byrne " + marker))));

        Long merge = jdbc.queryForObject("select id from member_merge where kept_id = ? and merged_id = ?", Long.class, first, second);
        mvc.perform(post("/admin/members/merges/" + merge + "/undo").with(csrf()).with(admin.login()));
        assertThat(members.count()).isEqualTo(before);
        assertThat(jdbc.queryForList("select slug from member_interest where member_id = ? order by slug", String.class, first))
            .containsExactly("music");
        mvc.perform(get("/admin/members").param("q", marker).with(admin.login()))
            .andExpect(content().string(containsString("jo byrne " + marker)));
    }

    /** A current member with a profile, one art form, and a say on the newsletter. */
    private long member(String name, String organisation, String region, String art, boolean newsletter) {
        TestAccounts.Created account = accounts.createMember();
        long id = jdbc.queryForObject("select id from member where account_id = ?", Long.class, account.id());
        jdbc.update("update member set display_name = ?, organisation_name = ?, region_slug = ? where id = ?", name, organisation, region,
                id);
        if (art != null) {
            jdbc.update("insert into member_interest (member_id, vocabulary, slug) values (?, 'ART_FORM', ?)", id, art);
        }
        jdbc.update("insert into consent_record (member_id, purpose, granted, wording_version, source, recorded_at)"
                + " values (?, 'NEWSLETTER', ?, '1', 'FORM', now())", id, newsletter);
        return id;
    }
}
