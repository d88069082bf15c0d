package uk.org.ncjaa.springboard.directory.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.directory.domain.Listing;
import uk.org.ncjaa.springboard.directory.domain.Listings;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing changed on another node: this node's copy of the Directory is read again as soon as
 * that node says so, not a minute later.
 */
@SpringboardTest
class DirectoryNodesTests {

    @Autowired
    DirectorySearch search;

    @Autowired
    Listings listings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long found(String words) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", words);
        return search.search(DirectoryQuery.read(params, new java.util.ArrayList<>())).total();
    }

    @Test
    void aListingRenamedOnAnotherNodeIsFoundHereOnceThatNodeSaysSo() {
        String before = "zq" + Long.toString(System.nanoTime(), 36);
        String after = "zr" + Long.toString(System.nanoTime(), 36);
        Listing listing = Publish.listing(listings, accounts.createMember().id(), Publish.content(before + " Theatre",
                "Plays in custody", List.of("theatre"), List.of("london"), false));
        assertThat(found(before)).isEqualTo(1);

        // what another node's change leaves in the database, with no event on this node
        jdbc.update("update directory_listing set published = jsonb_set(published, '{name}', to_jsonb(?::text)),"
                + " version = version + 1 where id = ?", after + " Theatre", listing.id());
        assertThat(found(after)).as("this node's copy is still the one it read").isZero();

        search.heard("changed");
        assertThat(found(after)).isEqualTo(1);
        assertThat(found(before)).isZero();
    }
}
