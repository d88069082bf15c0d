package uk.org.ncjaa.springboard.members.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.members.domain.Regions;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class RegionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Regions regions;

    @Test
    void aRegionCountsItsCurrentMembersAndWhatTheyWorkIn() throws Exception {
        Regions.Region before = regions.region("wales");
        TestAccounts.Created first = member("wales", "dance");
        member("wales", "dance");
        TestAccounts.Created leaver = member("wales", "music");
        mvc.perform(post("/account/membership/leave").with(csrf()).with(leaver.login()));
        mvc.perform(post("/account/consents").with(csrf()).with(first.login()).param("purpose", "PUBLIC_PROFILE").param("decision", "give"));

        Regions.Region after = regions.region("wales");
        assertThat(after.members()).as("the one who left is not counted").isEqualTo(before.members() + 2);
        assertThat(after.joinedThisYear()).isEqualTo(before.joinedThisYear() + 2);
        assertThat(after.listed()).isEqualTo(before.listed() + 1);
        assertThat(after.artForms().get("dance")).isEqualTo(before.artForms().getOrDefault("dance", 0L) + 2);
        assertThat(after.artForms().getOrDefault("music", 0L)).isEqualTo(before.artForms().getOrDefault("music", 0L));
        assertThat(regions.membersByRegion().get("wales")).isEqualTo(after.members());

        mvc.perform(get("/regions/wales")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Wales")))
            .andExpect(content().string(containsString("<dd>" + after.members() + "</dd>")));
        mvc.perform(get("/regions")).andExpect(content().string(containsString("/regions/wales")));
        mvc.perform(get("/regions/atlantis")).andExpect(status().isNotFound());
    }

    @Test
    void staffPublishARegionalContactWhichTheRegionsPageShowsAndMistakesAreExplained() throws Exception {
        TestAccounts.Created editor = accounts.create(uk.org.ncjaa.springboard.accounts.Role.MEMBER,
                uk.org.ncjaa.springboard.accounts.Role.EDITOR);
        mvc.perform(post("/admin/regions/scotland").with(csrf()).with(editor.login()).param("role", "Regional lead")
                .param("email", "not-an-email"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the contact&#39;s name")))
            .andExpect(content().string(containsString("Enter an email address like name@example.org")))
            .andExpect(content().string(containsString("value=\"Regional lead\"")));
        mvc.perform(post("/admin/regions/scotland").with(csrf()).with(editor.login()).param("name", "Morag <Example>")
                .param("role", "Regional lead").param("email", "morag@example.org"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/regions/scotland")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Your regional contact")))
            .andExpect(content().string(containsString("Morag &lt;Example&gt;")))
            .andExpect(content().string(containsString("mailto:morag@example.org")));
        mvc.perform(post("/admin/regions/scotland").with(csrf()).with(editor.login())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/regions/scotland")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("Your regional contact"))));
        mvc.perform(post("/admin/regions/atlantis").with(csrf()).with(editor.login()).param("name", "X")).andExpect(status().isNotFound());
    }

    private TestAccounts.Created member(String region, String art) {
        TestAccounts.Created account = accounts.createMember();
        jdbc.update("update member set region_slug = ? where account_id = ?", region, account.id());
        jdbc.update("insert into member_interest (member_id, vocabulary, slug) select id, 'ART_FORM', ? from member where account_id = ?",
                art, account.id());
        return account;
    }
}
