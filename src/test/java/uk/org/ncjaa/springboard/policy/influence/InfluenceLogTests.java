package uk.org.ncjaa.springboard.policy.influence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.policy.forum.Proposals;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The influence log shows public entries only, each source by its title, and a source that has gone as text. */
@SpringboardTest
class InfluenceLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InfluenceLog log;

    @Autowired
    Proposals proposals;

    @Autowired
    TestAccounts accounts;

    @Test
    void publicEntriesShowTheirSourcesAndAGoneSourceAsText() throws Exception {
        TestAccounts.Created member = accounts.createMember();
        var item = proposals.propose(member.id(), "Someone", true, "Influence source issue", "Why", "", "");
        proposals.accept(item.id(), null);
        log.record("Public influence ask", "Ministry of Justice", LocalDate.of(2026, 10, 1), "", InfluenceEntry.Status.WAITING, true,
                List.of("forum-item:" + item.id(), "consultation:999999"));
        log.record("Hidden influence ask", "DCMS", LocalDate.of(2026, 10, 2), "", InfluenceEntry.Status.WAITING, false, List.of());
        mvc.perform(get("/policy/influence"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Public influence ask")))
            .andExpect(content().string(containsString("Arts Forum item: Influence source issue")))
            .andExpect(content().string(containsString("consultation:999999")))
            .andExpect(content().string(not(containsString("Hidden influence ask"))));
    }

    @Test
    void staffRecordAnEntryWithErrorsKeptBesideTheirFields() throws Exception {
        TestAccounts.Created staff = accounts.create(Role.MEMBER, Role.EDITOR);
        mvc.perform(post("/admin/policy/influence").with(csrf()).with(staff.login()).param("ask", "Kept ask").param("body", "")
                .param("askedOn", "yesterday").param("status", "NOPE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Say to whom it went")))
            .andExpect(content().string(containsString("Kept ask")));
        mvc.perform(post("/admin/policy/influence").with(csrf()).with(staff.login()).param("ask", "Staff influence ask")
                .param("body", "HMPPS").param("askedOn", "2026-11-01").param("status", "ACHIEVED").param("shown", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(log.entries(true)).anyMatch(l -> l.entry().ask().equals("Staff influence ask"));
    }
}
