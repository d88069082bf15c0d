package uk.org.ncjaa.springboard.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pages the page cache keeps, as the running application's modules name them: each module's
 * public pages, and nothing that a signed-in member or an editor uses.
 */
@SpringboardTest
class CachedPagesTests {

    @Autowired
    java.util.List<CachedPages> modules;

    private boolean kept(String path) {
        return modules.stream().anyMatch(module -> module.keeps(path) || module.keepsSearch(path));
    }

    @Test
    void everyModuleNamesItsOwnPublicPagesAndNoneOfTheRest() {
        for (String path : new String[] { "/", "/search", "/events", "/events/summer-school", "/directory", "/directory/kestrel-theatre",
            "/mentoring", "/evidence", "/evidence/some-entry", "/news", "/about/governance" }) {
            assertThat(kept(path)).as(path).isTrue();
        }
        for (String path : new String[] { "/account", "/admin/insights", "/directory/new", "/directory/manage", "/events/1/book",
            "/evidence/submit", "/join", "/login", "/members" }) {
            assertThat(kept(path)).as(path).isFalse();
        }
    }
}
