package uk.org.ncjaa.springboard.members;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts a consultation sets beside its answers: current members by region, role, kind of membership and setting,
 * for a group of accounts or the whole network, counted in the database.
 */
@SpringboardTest
class ProfileCountsTests {

    @Autowired
    MembersApi members;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGroupIsCountedByRegionRoleKindAndSettingAndLeaversAreLeftOut() {
        long first = member("wales", "Counts test facilitator", "adult-prison-men", "probation-and-community-sentences");
        long second = member("wales", null);
        long third = member("london", "Counts test facilitator");
        long leaver = member("wales", "Counts test facilitator", "adult-prison-men");
        jdbc.update("update membership_term set ended_at = now() where ended_at is null and member_id = (select id from member where account_id = ?)",
                leaver);

        MembersApi.ProfileCounts group = members.profileCounts(List.of(first, second, third, leaver));
        assertThat(group.people()).isEqualTo(3);
        assertThat(group.byDimension().get("Region")).containsEntry("wales", 2L).containsEntry("london", 1L).hasSize(2);
        assertThat(group.byDimension().get("Role")).containsEntry("Counts test facilitator", 2L);
        assertThat(group.byDimension().get("Organisation type")).containsEntry("Individual", 3L);
        assertThat(group.byDimension().get("Setting")).as("a member in two settings counts in each; one in none counts as not given")
            .containsEntry("adult-prison-men", 1L).containsEntry("probation-and-community-sentences", 1L).containsEntry("", 2L);

        assertThat(members.profileCounts(List.of()).people()).isZero();
        MembersApi.ProfileCounts everyone = members.profileCounts(null);
        assertThat(everyone.people()).isEqualTo(jdbc.queryForObject("select count(*) from member m where m.erased_at is null"
                + " and m.merged_into is null and exists (select 1 from membership_term t where t.member_id = m.id and t.ended_at is null)",
                Long.class));
        assertThat(everyone.byDimension().get("Region").get("wales")).isGreaterThanOrEqualTo(2L);
    }

    private long member(String region, String role, String... settings) {
        TestAccounts.Created account = accounts.createMember();
        jdbc.update("update member set region_slug = ?, role_title = ? where account_id = ?", region, role, account.id());
        for (String setting : settings) {
            jdbc.update("insert into member_interest (member_id, vocabulary, slug) select id, 'SETTING', ? from member where account_id = ?",
                    setting, account.id());
        }
        return account.id();
    }
}
