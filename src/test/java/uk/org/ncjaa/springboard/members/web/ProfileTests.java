package uk.org.ncjaa.springboard.members.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class ProfileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberChangesTheirProfileAndMistakesKeepWhatWasTyped() throws Exception {
        TestAccounts.Created member = accounts.createMember();

        mvc.perform(post("/account/profile").with(csrf()).with(member.login()).param("roleTitle", "Poet <i>in residence</i>")
                .param("region", "mars").param("artForms", "music").param("roles", "astronaut"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Choose a region from the list")))
            .andExpect(content().string(containsString("Choose roles from the list")))
            .andExpect(content().string(containsString("value=\"Poet &lt;i&gt;in residence&lt;/i&gt;\"")));

        mvc.perform(post("/account/profile").with(csrf()).with(member.login()).param("roleTitle", "Poet in residence")
                .param("organisation", "Verse Inside").param("region", "wales").param("artForms", "music", "theatre")
                .param("settings", "adult-prison-men").param("roles", "artist-or-facilitator", "researcher"))
            .andExpect(redirectedUrl("/account/profile"));
        assertThat(jdbc.queryForMap("select role_title, organisation_name, region_slug from member where account_id = ?", member.id()))
            .containsEntry("role_title", "Poet in residence").containsEntry("organisation_name", "Verse Inside")
            .containsEntry("region_slug", "wales");
        assertThat(jdbc.queryForList("select i.slug from member_interest i join member m on m.id = i.member_id where m.account_id = ? "
                + "order by 1", String.class, member.id())).containsExactly("adult-prison-men", "artist-or-facilitator", "music", "researcher", "theatre");
        // the page shows what they said, roles ticked among the rest
        mvc.perform(get("/account/profile").with(member.login()))
            .andExpect(content().string(containsString("value=\"Verse Inside\"")))
            .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                    "(?s).*name=\"roles\" value=\"researcher\" id=\"roles-\\d+\" checked=\"checked\".*")));
        // staff see the answers in words, each under its question
        TestAccounts.Created admin = accounts.create(uk.org.ncjaa.springboard.accounts.Role.MEMBER, uk.org.ncjaa.springboard.accounts.Role.ADMIN);
        Long id = jdbc.queryForObject("select id from member where account_id = ?", Long.class, member.id());
        mvc.perform(get("/admin/members/" + id).with(admin.login()))
            .andExpect(content().string(containsString("<dt>Roles in the network</dt><dd>Artist or arts facilitator, Researcher or academic</dd>")))
            .andExpect(content().string(containsString("<dt>Art forms</dt><dd>Music, Theatre</dd>")));
    }
}
