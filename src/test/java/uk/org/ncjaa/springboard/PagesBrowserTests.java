package uk.org.ncjaa.springboard;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.shared.mail.MailProperties;
import uk.org.ncjaa.springboard.support.Browser;
import uk.org.ncjaa.springboard.support.ExplodingController;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type of the chassis in headless Chromium: no axe-core violations, no Nu HTML checker
 * errors, and the flows a person would follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class, ExplodingController.class, uk.org.ncjaa.springboard.mentoring.TestMentoring.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TotpCodes totp;

    @Autowired
    MailProperties mail;

    @Autowired
    uk.org.ncjaa.springboard.evidence.imports.EvidenceImport importer;

    @Autowired
    uk.org.ncjaa.springboard.evidence.search.SearchIndex searchIndex;

    private Browser browser;

    @Autowired
    uk.org.ncjaa.springboard.directory.domain.Listings listings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    uk.org.ncjaa.springboard.newsletter.domain.Links links;

    @Autowired
    uk.org.ncjaa.springboard.content.domain.Contents contents;

    @Autowired
    uk.org.ncjaa.springboard.mentoring.TestMentoring mentoring;

    @Autowired
    uk.org.ncjaa.springboard.mentoring.domain.Matching matching;

    @Autowired
    uk.org.ncjaa.springboard.mentoring.domain.Relationships relationships;

    @Autowired
    uk.org.ncjaa.springboard.policy.consultation.domain.Consultations consultations;

    @Autowired
    uk.org.ncjaa.springboard.policy.consultation.domain.Answering answering;

    @Autowired
    uk.org.ncjaa.springboard.policy.forum.Forum forum;

    @Autowired
    uk.org.ncjaa.springboard.policy.forum.Proposals forumProposals;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theChecksThemselvesCatchRealProblems() {
        browser.driver().get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=x.png></main></html>");
        assertThat(browser.axeViolations()).anyMatch(v -> v.startsWith("image-alt"));
        assertThat(Browser.htmlErrors("<!DOCTYPE html><html lang=en><title>t</title><p><div></p>")).isNotEmpty();
        // the weight check counts what a page loads: htmx alone is about 16 KB gzipped, 51 KB as read
        browser.driver().get("http://127.0.0.1:" + port + "/webjars/htmx.org/dist/htmx.min.js");
        Browser.Weight htmx = browser.weight();
        assertThat(htmx.compressed()).isBetween(5_000L, 30_000L);
        assertThat(htmx.uncompressed()).isGreaterThan(htmx.compressed() * 2);
    }

    @Test
    void searchResultsComeBeforeTheFiltersOnAPhoneAndBesideThemOnADesktop() throws Exception {
        try (var seed = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("evidence/seed-records.tsv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            importer.run(seed, true);
        }
        searchIndex.rebuildIfBehind();
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        for (int i = 0; i < 3; i++) {
            uk.org.ncjaa.springboard.directory.Publish.listing(listings, member.id(), uk.org.ncjaa.springboard.directory.Publish.content(
                    "Phone Check Arts " + i + " " + System.nanoTime(), "We run music workshops in prisons.",
                    java.util.List.of("music", "theatre"), java.util.List.of("london", "north-west"), i == 0));
        }
        logOut();
        for (String path : new String[] { "/directory", "/evidence" }) {
            String name = path.substring(1);
            browser.resize(375, 900);
            try {
                browser.visit(path);
                browser.screenshot(Path.of("/tmp/springboard-" + name + "-375.png"));
                assertThat(browser.fitsWidth()).as(path + " fits 375px").isTrue();
                assertThat(browser.top(".hits .hit")).as(path + ": the first result is on the first screen or so of a phone")
                    .isLessThan(1000);
                assertThat(browser.top(".facets")).as(path + ": the filters follow the results").isGreaterThan(browser.top(".hits .hit"));
                browser.find(".to-filters").click();
                assertThat(browser.driver().getCurrentUrl()).endsWith("#filters-heading");
            }
            finally {
                browser.resize(1280, 1000);
            }
            browser.visit(path);
            browser.screenshot(Path.of("/tmp/springboard-" + name + "-1280.png"));
            var results = browser.find(".results").getRect();
            var facets = browser.find(".facets").getRect();
            assertThat(facets.getX()).as(path + ": the filters stand beside the results on a desktop")
                .isGreaterThanOrEqualTo(results.getX() + results.getWidth());
            assertThat(Math.abs(facets.getY() - results.getY())).as(path + ": level with them").isLessThan(50);
        }
    }

    @Test
    void publicPagesAreAccessibleAndValid() {
        for (String path : new String[] { "/", "/login", "/register", "/join", "/register/check-email", "/password/forgot",
            "/password/sent", "/password/reset?token=nonsense", "/verify?token=nonsense", "/email/confirm?token=nonsense",
            "/privacy", "/accessibility", "/evidence", "/directory", "/events", "/news", "/case-studies", "/publications",
            "/mentoring", "/regions", "/regions/london" }) {
            browser.visit(path).check();
        }
    }

    @Autowired
    uk.org.ncjaa.springboard.directory.domain.Logos logos;

    @Autowired
    uk.org.ncjaa.springboard.content.domain.ContentImages contentImages;

    @Autowired
    uk.org.ncjaa.springboard.events.domain.EventImages eventImages;

    @Test
    void listsShowTheirPicturesBesideTheTextAtEveryWidthAndStayAccessibleAndValid() throws Exception {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String marker = "pictured" + Long.toString(System.nanoTime(), 36);
        uk.org.ncjaa.springboard.directory.Publish.listingWithLogo(listings, logos, member.id(),
                uk.org.ncjaa.springboard.directory.Publish.content("Logo Browser Arts", marker + " music in prisons",
                        java.util.List.of("music"), java.util.List.of("london"), false), uk.org.ncjaa.springboard.shared.DemoPictures.logo(3));
        uk.org.ncjaa.springboard.directory.Publish.listing(listings, member.id(), uk.org.ncjaa.springboard.directory.Publish.content(
                "Plain Browser Arts", marker + " theatre in prisons", java.util.List.of("theatre"), java.util.List.of("london"), false));
        uk.org.ncjaa.springboard.content.domain.ContentItem news = contents.create(uk.org.ncjaa.springboard.content.ContentKind.NEWS,
                uk.org.ncjaa.springboard.content.TestContent.article("Pictured browser news", "Text."), "Browser");
        contents.publish(news.id(), "Browser");
        contentImages.upload(news.id(), picture(960, 640), "Singers on the steps of a prison chapel");
        uk.org.ncjaa.springboard.content.domain.ContentItem study = contents.create(uk.org.ncjaa.springboard.content.ContentKind.CASE_STUDY,
                uk.org.ncjaa.springboard.content.TestContent.article("Pictured browser study", "Text.")
                    .caseStudy("Browser Arts", null, "Ten women", "They said it helped.", "Written consent", java.util.List.of(), true),
                "Browser");
        contents.publish(study.id(), "Browser");
        contentImages.upload(study.id(), picture(960, 640), "Pictured browser study");
        uk.org.ncjaa.springboard.events.domain.Event event = events.create(uk.org.ncjaa.springboard.events.TestEvents.details(
                "Pictured browser course", uk.org.ncjaa.springboard.events.EventKind.TRAINING, 3,
                java.util.Map.of(uk.org.ncjaa.springboard.events.TicketKind.FREE, new uk.org.ncjaa.springboard.events.domain.EventDetails.Ticket(0, 3)),
                Instant.now().plus(java.time.Duration.ofDays(1))), true);
        eventImages.upload(event.id(), picture(1200, 675), "People painting a mural together");
        logOut();

        for (String path : new String[] { "/", "/directory?q=" + marker, "/events" }) {
            browser.visit(path).check();
            for (int width : new int[] { 320, 768, 1280 }) {
                browser.resize(width, 1000);
                try {
                    browser.visit(path);
                    String name = path.replaceAll("\\?.*", "").replaceAll("[^a-z]+", "-").replaceAll("-$", "");
                    browser.screenshot(java.nio.file.Files.createDirectories(Path.of("target", "screenshots"))
                        .resolve("pictures" + (name.isEmpty() ? "-home" : name) + "-" + width + ".png"));
                    assertThat(browser.fitsWidth()).as(path + " fits " + width + "px").isTrue();
                    @SuppressWarnings("unchecked")
                    java.util.List<Number> shares = (java.util.List<Number>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("""
                                return [...document.querySelectorAll('main img[loading=lazy]')]
                                  .filter(img => !img.closest('.work-card')).map(img => {
                                  const item = img.parentElement.getBoundingClientRect();
                                  return img.getBoundingClientRect().width / item.width; });""");
                    assertThat(shares).as(path + " shows pictures at " + width + "px").isNotEmpty();
                    // the showcase's works stand above their words, the width of their card, as on a gallery wall: not beside text
                    assertThat(shares).as(path + ": beside each picture the text keeps 60% of the line at " + width + "px")
                        .allSatisfy(share -> assertThat(share.doubleValue()).isLessThanOrEqualTo(0.4));
                }
                finally {
                    browser.resize(1280, 1000);
                }
            }
        }
        var logo = browser.visit("/directory?q=" + marker).find(".hits img");
        assertThat(logo.getAttribute("alt")).isEmpty();
        assertThat(logo.getAttribute("loading")).isEqualTo("lazy");
    }

    /** A flat picture, light as a drawing is: the weight check counts the pictures a page loads. */
    private static byte[] picture(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0xf4f1ea));
        g.fillRect(0, 0, width, height);
        g.setColor(new java.awt.Color(0x2a7f62));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void errorPagesAreAccessibleAndValid() {
        browser.visit("/css/missing.css");
        assertThat(browser.text()).contains("Page not found");
        browser.check(false);
        browser.visit("/test/explode");
        assertThat(browser.text()).contains("Sorry, something went wrong on our side").doesNotContain("secret internal detail");
        browser.check(false);
    }

    @Test
    void aFormWithMistakesIsAccessibleAndKeepsWhatWasTyped() throws Exception {
        logOut();
        browser.visit("/register").type("#displayName", "Grace Hopper").type("#email", "not an email").submit("form.form");
        assertThat(browser.find(".error-summary").getText()).contains("There is a problem");
        assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("Grace Hopper");
        assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        browser.check(false);
        browser.visit("/join").type("#name", "Grace Hopper").type("#email", "not an email").type("#roleTitle", "Poet");
        browser.find("label[for='roles-0']").click();
        browser.submit("form.form");
        assertThat(browser.find(".error-summary").getText()).contains("There is a problem");
        assertThat(browser.find("#roleTitle").getAttribute("value")).isEqualTo("Poet");
        assertThat(browser.find("#roles-0").isSelected()).as("a role ticked stays ticked").isTrue();
        browser.resize(375, 900);
        try {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('roles').scrollIntoView()");
            browser.screenshot(Path.of("/tmp/springboard-join-roles-375.png"));
        }
        finally {
            browser.resize(1280, 1000);
        }
        browser.check(false);
    }

    /** A page of every public type: lists, searches, and one item of each kind the database holds, including the hardest. */
    private java.util.List<String> publicPageTypes() throws Exception {
        java.util.List<String> paths = new java.util.ArrayList<>(List.of("/", "/evidence", "/evidence/map", "/evidence/toolkit",
                "/evidence/strength", "/directory", "/directory/map", "/events", "/news", "/blog", "/case-studies", "/publications",
                "/opportunities", "/search?q=arts", "/regions", "/regions/london", "/newsletter", "/newsletter/archive", "/mentoring",
                "/policy", "/policy/arts-forum", "/policy/consultations", "/policy/influence", "/showcase", "/join", "/login", "/privacy",
                "/about", "/easy-read", "/easy-read/joining", "/easy-read/booking"));
        for (String sql : List.of("select '/evidence/' || slug from evidence_entry where status = 'PUBLISHED' order by id limit 1",
                "select '/directory/' || slug from directory_listing where published_at is not null order by id limit 1",
                "select '/events/' || slug from event where status = 'PUBLISHED' order by id limit 1")) {
            try {
                paths.addAll(jdbc.queryForList(sql, String.class));
            }
            catch (org.springframework.dao.DataAccessException schemaChanged) {
                throw new AssertionError("The page-type walk's query no longer fits the schema: " + sql, schemaChanged);
            }
        }
        // the hardest content for a narrow screen: an entry whose title ends in a long number (its citation's link cannot
        // break at a hyphen), and entries in every art form and outcome, so that the gap map is full to its right edge
        String marker = Long.toString(System.nanoTime());
        StringBuilder rows = new StringBuilder("title\tauthors\tyear\tpublisher_or_org\tdoc_type\tart_form\tsetting\toutcomes_studied\tsummary\n");
        rows.append("Singing through the sentence ").append(marker).append("\tAda Example\t2022\tLinnet Theatre\tevaluation report\tmusic\t")
            .append("prison\twellbeing\tA choir in a prison.\n");
        String outcomes = String.join("; ", jdbc.queryForList("select label from concept where vocabulary = 'OUTCOME' order by id", String.class));
        for (String artForm : jdbc.queryForList("select label from concept where vocabulary = 'ART_FORM' order by id", String.class)) {
            rows.append("Wide map ").append(artForm).append(' ').append(marker).append("\tAda Example\t2021\tLinnet Theatre\tevaluation report\t")
                .append(artForm).append("\tprison\t").append(outcomes).append("\tA study.\n");
        }
        importer.run(new java.io.StringReader(rows.toString()), true);
        paths.add("/evidence/" + jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class,
                "Singing through the sentence " + marker));
        return paths;
    }

    /**
     * Every public page type at a phone's, a tablet's and a desktop's width: no axe-core violation or HTML
     * error at any of them, nothing wider than the window, and a screenshot of each to look at. Pages of one
     * item are taken from what the database holds, so whichever tests ran first, each type is there.
     */
    @Test
    void everyPublicPageTypeWorksAt320And768And1280Pixels() throws Exception {
        logOut();
        java.util.List<String> paths = publicPageTypes();
        java.nio.file.Path shots = java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        // every page at every width is checked before the test fails, so one run lists all there is to mend
        java.util.List<String> problems = new java.util.ArrayList<>();
        try {
            for (int width : new int[] { 320, 768, 1280 }) {
                browser.resize(width, 1000);
                for (String path : paths) {
                    try {
                        browser.visit(path).check();
                        assertThat(browser.fitsWidth()).as(path + " fits " + width + "px").isTrue();
                    }
                    catch (AssertionError problem) {
                        problems.add(width + "px " + problem.getMessage());
                    }
                    browser.screenshot(shots.resolve("page-" + width + path.replaceAll("[^a-z0-9]+", "-") + ".png"));
                }
            }
        }
        finally {
            browser.resize(1280, 1000);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every page type in Welsh: public pages at a phone's and a desktop's width, then a member's and the staff's
     * pages, each with no axe-core violation or HTML error, nothing wider than a phone, the page marked as Welsh and
     * no message missing from the Welsh bundles (Thymeleaf shows those as ??key??).
     */
    @Test
    void everyPageTypeWorksInWelsh() throws Exception {
        logOut();
        java.util.List<String> paths = publicPageTypes();
        java.nio.file.Path shots = java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        java.util.List<String> problems = new java.util.ArrayList<>();
        try {
            // the switch remembers the choice: every page after this one is in Welsh
            browser.visit("/?lang=cy");
            for (int width : new int[] { 320, 1280 }) {
                browser.resize(width, 1000);
                for (String path : paths) {
                    checkWelsh(path, width, problems);
                    browser.screenshot(shots.resolve("cy-" + width + path.replaceAll("[^a-z0-9]+", "-") + ".png"));
                }
            }
            browser.resize(1280, 1000);
            TestAccounts.Created staff = accounts.create(Role.MEMBER, Role.EDITOR, Role.ADMIN);
            logIn(staff.email());
            browser.type("#code", accounts.currentCode(staff)).submit("form.form");
            for (String path : List.of("/account", "/account/profile", "/account/consents", "/account/equality",
                    "/account/membership", "/account/data", "/account/password", "/account/two-factor", "/members", "/share",
                    "/evidence/submit", "/evidence/saved", "/mentoring/mine", "/directory/manage", "/account/bookings",
                    "/admin", "/admin/translations", "/admin/evidence", "/admin/evidence/entries", "/admin/evidence/import",
                    "/admin/content", "/admin/events", "/admin/directory", "/admin/newsletter", "/admin/mentoring",
                    "/admin/policy/consultations", "/admin/policy/forum", "/admin/showcase", "/admin/taxonomy", "/admin/members",
                    "/admin/insights", "/admin/accounts")) {
                checkWelsh(path, 1280, problems);
            }
            logOut();
        }
        finally {
            browser.resize(1280, 1000);
            browser.visit("/?lang=en");
        }
        assertThat(problems).isEmpty();
    }

    private void checkWelsh(String path, int width, java.util.List<String> problems) {
        try {
            browser.visit(path).check();
            assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).as(path).isEqualTo("cy");
            assertThat(browser.text()).as(path + " has every message in Welsh").doesNotContain("??");
            if (width < 400) {
                assertThat(browser.fitsWidth()).as(path + " fits " + width + "px").isTrue();
            }
        }
        catch (AssertionError problem) {
            problems.add(width + "px " + problem.getMessage());
        }
    }

    @Test
    void theSkipLinkComesFirstAndPagesReflowAtNarrowWidths() {
        browser.visit("/");
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        browser.resize(320, 800);
        try {
            for (String path : new String[] { "/", "/register", "/join", "/login", "/privacy" }) {
                assertThat(browser.visit(path).fitsWidth()).as(path + " fits 320px").isTrue();
            }
        }
        finally {
            browser.resize(1280, 1000);
        }
    }

    @Test
    void aMemberLogsInAndUsesTheirAccountPages() {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        logIn(member.email());
        assertThat(browser.path()).as(browser.text()).isEqualTo("/account");
        browser.check();
        for (String path : new String[] { "/account/password", "/account/email", "/account/delete", "/account/two-factor",
            "/account/consents", "/account/data", "/account/equality", "/account/membership", "/account/profile", "/members", "/members?q=nobody+at+all&region=london" }) {
            browser.visit(path).check();
        }
        browser.visit("/admin/taxonomy");
        assertThat(browser.text()).contains("You do not have permission");
        browser.check(false);
        logOut();
    }

    @Test
    void staffSetUpTwoFactorThenUseTheAdminPages() throws Exception {
        TestAccounts.Created admin = accounts.createStaffWithoutTwoFactor(Role.ADMIN);
        logIn(admin.email());
        assertThat(browser.path()).isEqualTo("/account/two-factor");
        browser.check();
        String secret = browser.find("code.secret").getText().replace(" ", "");
        browser.type("#code", totp.code(secret, Instant.now())).submit("form.form");
        assertThat(browser.text()).contains("Save your recovery codes");
        browser.check(false);

        writeOutboxMessage();
        browser.visit("/admin").check();
        browser.visit("/admin/accounts").check();
        browser.visit("/admin/accounts/" + admin.id()).check();
        browser.visit("/admin/audit").check();
        browser.visit("/admin/outbox").check();
        browser.clickAndWait("table a");
        browser.check();
        browser.visit("/admin/taxonomy").check();
        browser.visit("/admin/taxonomy/study-design").check();
        browser.clickAndWait("table a");
        browser.check();
        browser.visit("/admin/members").check();
        browser.visit("/admin/members?q=test&status=all&newsletter=no").check();
        long memberId = jdbc.queryForObject("select id from member where account_id = ?", Long.class, admin.id());
        browser.visit("/admin/members/" + memberId).check();
        browser.type("#tag", "<no>").submit("form[action$='/tags']");
        assertThat(browser.text()).contains("A tag is up to 40 letters");
        browser.check(false);
        browser.type("#body", "Called about the forum.").submit("form[action$='/notes']");
        assertThat(browser.text()).contains("Called about the forum.");
        browser.check();
        browser.visit("/admin/members/duplicates").check();
        logOut();

        logIn(admin.email());
        assertThat(browser.path()).isEqualTo("/login/two-factor");
        browser.check();
        logOut();
    }

    @Test
    void staffReadTheInsightsOnAnyScreenAndTheAnalystTheEqualityFigures() throws Exception {
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        for (int width : new int[] { 320, 375, 1280 }) {
            browser.resize(width, 900);
            try {
                browser.visit("/admin/insights");
                browser.screenshot(Path.of("/tmp/springboard-insights-" + width + ".png"));
                assertThat(browser.fitsWidth()).as("/admin/insights fits " + width + "px").isTrue();
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('network').scrollIntoView()");
                browser.screenshot(Path.of("/tmp/springboard-insights-charts-" + width + ".png"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('network-by-role').scrollIntoView()");
                browser.screenshot(Path.of("/tmp/springboard-insights-roles-" + width + ".png"));
            }
            finally {
                browser.resize(1280, 1000);
            }
        }
        browser.visit("/admin/insights").check();
        assertThat(browser.weight().compressed()).as("/admin/insights transferred").isLessThan(100 * 1024);
        // a table opens under its chart
        browser.find("#network-joined-left details summary").click();
        assertThat(browser.find("#network-joined-left table").isDisplayed()).isTrue();
        browser.visit("/admin/insights?from=2026-02-30&to=2026-03-31");
        assertThat(browser.text()).contains("The start of the period must be a date");
        browser.check(false);
        logOut();

        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        logIn(analyst.email());
        browser.type("#code", accounts.currentCode(analyst)).submit("form.form");
        browser.visit("/admin/equality/insights").check();
        assertThat(browser.text()).contains("Equality monitoring over time");
        logOut();
    }

    @Test
    void theEqualityAnalystReadsTotalsOnly() {
        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        logIn(analyst.email());
        browser.type("#code", accounts.currentCode(analyst)).submit("form.form");
        browser.visit("/account/equality").check();
        browser.find("#consent").click();
        browser.submit("form.form");
        assertThat(browser.text()).contains("Your answers are saved");
        browser.check();
        browser.visit("/admin/equality");
        assertThat(browser.text()).contains("Equality monitoring: totals");
        browser.check();
        logOut();
    }

    @Test
    void directoryPagesAreAccessibleAndValid() {
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        String name = "Browser Check Arts " + System.nanoTime();
        var published = uk.org.ncjaa.springboard.directory.Publish.listing(listings, member.id(),
                uk.org.ncjaa.springboard.directory.Publish.content("Published " + name, "We run music workshops.\n\nIn prisons.",
                        java.util.List.of("music"), java.util.List.of("london"), true));
        logIn(member.email());
        browser.visit("/directory/manage").check();
        browser.visit("/directory/new").check();
        browser.submit("form.form");
        assertThat(browser.text()).contains("Enter the organisation's name");
        browser.check(false);
        browser.type("#name", name).submit("form.form");
        assertThat(browser.path()).startsWith("/directory/manage/");
        browser.check();
        browser.type("#email", "not an email").type("#services\\[0\\]\\.url", "ftp://nowhere");
        browser.clickAndWait("button[name=submit]");
        assertThat(browser.text()).contains("Enter an email address like info@example.org").contains("Enter a web address");
        browser.check(false);
        browser.type("#email", "hello@example.org").type("#services\\[0\\]\\.url", "https://example.org/course")
            .type("#services\\[0\\]\\.name", "Drama course").type("#description", "Drama with young people in custody.");
        browser.clickAndWait("button[name=submit]");
        assertThat(browser.text()).contains("Sent for review");
        browser.check();
        browser.visit("/directory/invitations/no-such-token").check();
        logOut();

        browser.visit("/directory").check();
        browser.visit("/directory?q=music&art=music&led=lived-experience&sort=name").check();
        browser.visit("/directory?q=%22nothing+matches+this+at+all").check();
        browser.visit("/directory/" + published.slug()).check();
        browser.visit("/directory/map").check();

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/directory").check();
        long id = jdbc.queryForObject("select id from directory_listing where name = ?", Long.class, name);
        browser.visit("/admin/directory/" + id).check();
        assertThat(browser.text()).contains(name);
        browser.clickAndWait("form[action$='/return'] button");
        assertThat(browser.text()).contains("Say what the organisation should change");
        browser.check(false);
        logOut();
    }

    @Test
    void htmxSearchUpdatesTheResultsInPlace() {
        TestAccounts.Created admin = accounts.create(Role.ADMIN);
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        logIn(admin.email());
        browser.type("#code", accounts.currentCode(admin)).submit("form.form");
        browser.visit("/admin/accounts");
        browser.find("#q").sendKeys(member.email());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> browser.find("#results").getText().contains(member.email())
                    && browser.find(".result-count").getText().startsWith("1 "));
        assertThat(browser.path()).as("the URL keeps the search").contains("q=");
        browser.check(false);
        logOut();
    }

    @Test
    void evidencePagesAreAccessibleAndValidAndFiltersWork() throws Exception {
        try (var seed = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("evidence/seed-records.tsv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            importer.run(seed, true);
        }
        searchIndex.rebuildIfBehind();
        browser.visit("/evidence").check();
        browser.visit("/evidence?q=music&art=theatre&sort=newest").check();
        browser.visit("/evidence?q=%22nothing+matches+this+at+all").check();
        browser.visit("/evidence/strength").check();
        browser.visit("/evidence/map").check();
        browser.visit("/evidence/map?by=setting&art=music").check();
        browser.visit("/evidence/toolkit").check();
        browser.visit("/evidence/toolkit/art-forms/music").check();
        browser.visit("/evidence/toolkit/outcomes/wellbeing").check();

        browser.visit("/evidence");
        String before = browser.find(".result-count").getText();
        String musicId = browser.find("input[name=art][value=music]").getAttribute("id");
        browser.find("input[name=art][value=music]").click();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> browser.path().contains("art=music") && !browser.find(".result-count").getText().equals(before));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("focus stays on the checkbox")
            .isEqualTo(musicId);
        browser.check(false);

        browser.clickAndWait(".hit h3 a");
        assertThat(browser.text()).contains("Cite this");
        browser.check();
    }

    @Test
    void submissionCurationImportAndAlertPagesAreAccessibleAndValid() throws Exception {
        try (var demo = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("evidence/demo-records.tsv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            importer.run(demo, true);
        }
        String withFindings = jdbc.queryForObject("""
                select e.slug from evidence_entry e where e.status = 'PUBLISHED'
                and exists (select 1 from evidence_finding f where f.entry_id = e.id and f.effect_size is not null)
                order by e.id limit 1""", String.class);
        browser.visit("/evidence/" + withFindings).check();
        assertThat(browser.text()).contains("Findings").contains("fictional entry");

        // a member submits an evaluation in three steps
        TestAccounts.Created member = accounts.create(Role.MEMBER);
        logIn(member.email());
        browser.visit("/evidence/submit").check();
        browser.submit("main form");
        assertThat(browser.find(".error-summary").getText()).contains("Enter the title");
        browser.check(false);
        String title = "Browser submission " + java.util.UUID.randomUUID();
        browser.type("#title", title).type("#authors", "Ada Example").type("#description", "A choir in a prison.");
        browser.find("#artForms-0").click();
        browser.find("#settings-0").click();
        browser.submit("main form");
        assertThat(browser.path()).endsWith("/file");
        browser.check();
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("report", ".pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
        browser.submit("form[enctype]");
        assertThat(browser.text()).contains("Your file was uploaded");
        browser.check(false);
        browser.clickAndWait("a.button[href$='/confirm']");
        browser.check();
        browser.find("#criteria").click();
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo("/evidence/submissions");
        browser.check(false);
        String slug = jdbc.queryForObject("select slug from evidence_entry where title = ?", String.class, title);

        // saved searches
        browser.visit("/evidence?q=music&art=music");
        browser.clickAndWait("button[form=save-search]");
        assertThat(browser.path()).isEqualTo("/evidence/saved");
        browser.check(false);
        logOut();

        // an editor curates and imports
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/evidence").check();
        browser.visit("/admin/evidence/" + slug).check();
        browser.type("#year", "20x0").submit("form.curation-form");
        assertThat(browser.find(".error-summary").getText()).contains("Enter a four-digit year");
        browser.check(false);
        browser.visit("/admin/evidence/" + slug);
        browser.clickAndWait("button[value=review]");
        browser.check(false);
        browser.visit("/admin/evidence/" + slug + "/revisions/1").check();

        browser.visit("/admin/evidence/import").check();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("catalogue", ".csv");
        java.nio.file.Files.writeString(csv, "title,year,art_form\n\"Imported in the browser " + java.util.UUID.randomUUID()
                + "\",2024,\"music; juggling\"\nBad year,20x4,music\n");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.submit("main form");
        assertThat(browser.text()).contains("Check the import");
        browser.check();
        browser.submit("main form");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions()
            .until(() -> browser.find("#progress").getText().contains("Finished"));
        browser.check();
        browser.visit("/admin/evidence/index").check();
        browser.visit("/admin/evidence/toolkit").check();
        browser.visit("/admin/evidence/toolkit/outcomes/wellbeing").check();
        browser.type("#summary", "## What we know\n\nSome *encouraging* studies.").submit("main form");
        assertThat(browser.text()).contains("is saved");
        browser.check();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("document.getElementById('summary').value = arguments[0]", "x".repeat(20_001));
        browser.submit("main form");
        assertThat(browser.find(".error-summary").getText()).contains("Keep the summary under");
        browser.check(false);
        logOut();
    }

    @Autowired
    uk.org.ncjaa.springboard.events.domain.EventCatalogue events;

    @Test
    void eventPagesAreAccessibleAndValidFromListingToCheckIn() {
        uk.org.ncjaa.springboard.events.domain.Event event = events.create(uk.org.ncjaa.springboard.events.TestEvents.details(
                "Browser course", uk.org.ncjaa.springboard.events.EventKind.TRAINING, 3,
                java.util.Map.of(uk.org.ncjaa.springboard.events.TicketKind.FREE, new uk.org.ncjaa.springboard.events.domain.EventDetails.Ticket(0, 3),
                        uk.org.ncjaa.springboard.events.TicketKind.NON_MEMBER, new uk.org.ncjaa.springboard.events.domain.EventDetails.Ticket(9500, 3)),
                Instant.now().plus(java.time.Duration.ofDays(12))), true);
        // a past event with a start in microseconds, as the database keeps it: the page must still give valid times
        uk.org.ncjaa.springboard.events.domain.Event past = events.create(uk.org.ncjaa.springboard.events.TestEvents.details(
                "Browser past", uk.org.ncjaa.springboard.events.EventKind.WEBINAR, 3,
                java.util.Map.of(uk.org.ncjaa.springboard.events.TicketKind.FREE, new uk.org.ncjaa.springboard.events.domain.EventDetails.Ticket(0, 3)),
                Instant.now().plus(java.time.Duration.ofDays(3))), true);
        jdbc.update("update event set starts_at = now() - interval '2 days', ends_at = now() - interval '47 hours' where id = ?", past.id());
        browser.visit("/events").check();
        browser.visit("/events?when=past").check();
        browser.visit("/events/" + past.slug()).check();
        browser.visit("/events?type=training&online=yes&free=yes").check();
        browser.visit("/events/" + event.slug()).check();
        browser.visit("/events/" + event.slug() + "/book?ticket=free&places=2").check();

        // a mistake, then the booking itself
        browser.type("#attendees\\[0\\]\\.name", "Ada Lovelace").clickAndWait("#book");
        assertThat(browser.text()).contains("Enter your name").contains("Enter the name of attendee 2");
        browser.check(false);
        browser.type("#attendees\\[1\\]\\.name", "Person In Custody").type("#bookerName", "Grace Booker")
            .type("#bookerEmail", "grace-" + System.nanoTime() + "@example.org").clickAndWait("#book");
        assertThat(browser.path()).startsWith("/bookings/");
        assertThat(browser.text()).contains("You are booked");
        assertThat(browser.driver().getPageSource()).contains("Person In Custody");
        browser.check();

        // one place left: asking for two says so and keeps the form; once the last place is taken, asking joins the waiting list
        browser.visit("/events/" + event.slug() + "/book?ticket=free&places=2");
        browser.type("#attendees\\[0\\]\\.name", "Late One").type("#attendees\\[1\\]\\.name", "Late Two")
            .type("#bookerName", "Late Booker").type("#bookerEmail", "late-" + System.nanoTime() + "@example.org").clickAndWait("#book");
        assertThat(browser.text()).contains("Only 1 place is left");
        browser.check(false);
        browser.visit("/events/" + event.slug() + "/book?ticket=free&places=1");
        browser.type("#attendees\\[0\\]\\.name", "Last One").type("#bookerName", "Last Booker")
            .type("#bookerEmail", "last-" + System.nanoTime() + "@example.org").clickAndWait("#book");
        assertThat(browser.path()).startsWith("/bookings/");
        browser.visit("/events/" + event.slug() + "/book?ticket=free&places=2");
        browser.type("#attendees\\[0\\]\\.name", "Late One").type("#attendees\\[1\\]\\.name", "Late Two")
            .type("#bookerName", "Late Booker").type("#bookerEmail", "late-" + System.nanoTime() + "@example.org").clickAndWait("#book");
        assertThat(browser.path()).startsWith("/events/waitlist/");
        assertThat(browser.text()).contains("Your position");
        browser.check();

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/events").check();
        browser.visit("/admin/regions").check();
        browser.visit("/admin/events/new").check();
        browser.type("#title", "Half-made event").submit("form.form");
        assertThat(browser.text()).contains("Enter a one-line summary");
        browser.check(false);
        browser.visit("/admin/events/" + event.id()).check();
        browser.visit("/admin/events/" + event.id() + "/bookings").check();
        browser.visit("/admin/events/" + event.id() + "/sign-in").check();
        browser.visit("/admin/events/" + event.id() + "/feedback").check();
        browser.visit("/admin/events/" + event.id() + "/check-in").check();
        browser.find(".check-in-list button").click();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> browser.find("#check-in-list").getText().contains("is checked in"));
        browser.check(false);
        logOut();
    }

    @Test
    void newsletterPagesAreAccessibleAndValidFromSubscribingToTheArchive() throws Exception {
        logOut();
        browser.visit("/newsletter").check();
        browser.type("#email", "not an address").type("#name", "Nell Reader").submit("form.form");
        assertThat(browser.find(".error-summary").getText()).contains("Enter your email address");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Nell Reader");
        browser.check(false);
        String email = TestAccounts.uniqueEmail("nell");
        browser.visit("/newsletter").type("#email", email).submit("form.form");
        assertThat(browser.path()).isEqualTo("/newsletter/check-email");
        browser.check();
        long id = jdbc.queryForObject("select id from newsletter_subscriber where lower(email) = ?", Long.class, email);
        browser.visit("/newsletter/confirm/" + links.confirm(id)).check();
        browser.clickAndWait("main form button");
        assertThat(browser.text()).contains("You are subscribed");
        browser.check(false);
        String manage = links.manage(id);
        browser.visit("/newsletter/preferences/" + manage).check();
        browser.visit("/newsletter/unsubscribe/" + manage).check();
        browser.visit("/newsletter/manage").check();
        browser.visit("/newsletter/confirm/not-a-real-link");
        assertThat(browser.text()).contains("This link does not work");
        browser.check(false);

        // the soonest upcoming events fill the digest: at least two, so it has items to edit and move
        uk.org.ncjaa.springboard.events.TestEvents.free(events, "Newsletter browser workshop", 10);
        uk.org.ncjaa.springboard.events.TestEvents.free(events, "Newsletter browser conference", 10);
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/newsletter").check();
        browser.clickAndWait("form[action$='/admin/newsletter/campaigns'] button");
        String campaign = browser.path();
        assertThat(campaign).matches("/admin/newsletter/campaigns/\\d+");
        browser.check();
        // which events make the digest depends on what else the database holds; that some do, with their buttons, does not
        assertThat(browser.text()).contains("Events and training").contains("Move down");
        browser.type("#new-title", "Residency").type("#new-url", "not a link").submit("form[action$='/items']");
        assertThat(browser.find(".error-summary").getText()).contains("Enter a web address");
        assertThat(browser.find("#new-title").getAttribute("value")).isEqualTo("Residency");
        browser.check(false);
        browser.visit(campaign).type("#subject", "").submit("main form.form");
        assertThat(browser.find(".error-summary").getText()).contains("Enter a subject line");
        browser.check(false);
        browser.visit(campaign).type("#subject", "Browser digest").type("#intro", "A word from the editors.").submit("main form.form");
        browser.visit(campaign + "/preview").check();
        browser.visit(campaign).clickAndWait("#send button");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions()
            .until(() -> browser.visit(campaign).text().contains("Finished."));
        browser.check();
        browser.visit("/newsletter/archive").check();
        browser.visit("/newsletter/archive/" + campaign.substring(campaign.lastIndexOf('/') + 1)).check();
        // leaving once the send is over (the send needs a reader), then saying why: nothing chosen is refused with its
        // reason, then an answer is thanked
        browser.visit("/newsletter/unsubscribe/" + manage).clickAndWait("main form button");
        assertThat(browser.text()).contains("You are unsubscribed").contains("Would you tell us why?");
        browser.check(false);
        browser.submit("main form.form");
        assertThat(browser.text()).contains("Choose one of the reasons");
        browser.check(false);
        browser.find("#reason-0").click();
        browser.submit("main form.form");
        assertThat(browser.text()).contains("Thank you for telling us");
        browser.check(false);
        logOut();

        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        logIn(admin.email());
        browser.type("#code", accounts.currentCode(admin)).submit("form.form");
        browser.visit("/admin/newsletter/subscribers").check();
        Path csv = Files.createTempFile("subscribers", ".csv");
        Files.writeString(csv, "email,name,consent_source,consented_on\n" + TestAccounts.uniqueEmail("imported")
                + ",Imo Ported,2024 conference sign-up sheet,2024-03-01\nnot-an-address,,,\n");
        browser.find("#file").sendKeys(csv.toString());
        browser.submit("form[action$='/import']");
        assertThat(browser.text()).contains("Import finished").contains("Line 3");
        browser.check(false);
        browser.visit("/admin/newsletter/subscribers/" + id).check();
        logOut();
    }

    @Test
    void contentPagesAndTheEditorAreAccessibleAndValid() throws java.io.IOException {
        logOut();
        java.util.Map<uk.org.ncjaa.springboard.content.ContentKind, String> hrefs = new java.util.LinkedHashMap<>();
        for (uk.org.ncjaa.springboard.content.ContentKind kind : uk.org.ncjaa.springboard.content.ContentKind.values()) {
            uk.org.ncjaa.springboard.content.domain.ContentFields fields = uk.org.ncjaa.springboard.content.TestContent.article(
                    "Browser " + kind.label(), "## A heading\n\nText with a [link](/evidence) and a table:\n\n| Year | People |\n|---|---|\n"
                            + "| 2026 | 12 |\n\nA claim.[^1]\n\n[^1]: Its source.");
            if (kind == uk.org.ncjaa.springboard.content.ContentKind.PAGE) {
                fields = uk.org.ncjaa.springboard.content.domain.ContentFields.titled("Browser page",
                        uk.org.ncjaa.springboard.content.TestContent.slug("guidance/browser")).written("A guide", "## Part one\n\nText.", "");
            }
            if (kind == uk.org.ncjaa.springboard.content.ContentKind.OPPORTUNITY) {
                fields = fields.opportunity("job", "Browser Arts", "Leeds", true, java.time.LocalDate.now().plusDays(5), "Write to us.");
            }
            if (kind == uk.org.ncjaa.springboard.content.ContentKind.PUBLICATION) {
                fields = fields.publication("briefing", "/publications/briefing.pdf", "REF-1");
            }
            if (kind == uk.org.ncjaa.springboard.content.ContentKind.CASE_STUDY) {
                fields = fields.caseStudy("Browser Arts", null, "Ten women", "They said it helped.", "Written consent", java.util.List.of(), false)
                    .video("https://vimeo.com/123456789", "Narrator: welcome.");
            }
            uk.org.ncjaa.springboard.content.domain.ContentItem item = contents.create(kind, fields, "Browser");
            hrefs.put(kind, contents.publish(item.id(), "Browser").href());
        }
        for (String path : new String[] { "/news", "/blog", "/case-studies", "/publications", "/opportunities", "/about", "/guidance",
            "/contact", "/search", "/search?q=browser", "/search?q=browser&type=case-studies", "/search?q=zzqqnothing" }) {
            browser.visit(path).check();
        }
        hrefs.values().forEach(href -> browser.visit(href).check());

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/content").check();
        browser.visit("/admin/content/new?kind=case-studies").check();
        browser.type("#title", "").type("#body", "Kept words").clickAndWait("form.editor button[value=save]");
        assertThat(browser.find(".error-summary").getText()).contains("Enter a title");
        assertThat(browser.find("#body").getAttribute("value")).isEqualTo("Kept words");
        browser.check(false);
        browser.visit("/admin/content/new?kind=news").type("#title", "Browser draft").type("#body", "First words")
            .clickAndWait("form.editor button[value=save]");
        String editorPath = browser.path();
        assertThat(editorPath).matches("/admin/content/\\d+");
        browser.check();
        // the live preview follows the typing
        browser.type("#body", "## Live heading\n\nLive **words**");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> browser.find("#preview").getText().contains("Live heading"));
        browser.check(false);
        browser.clickAndWait("form.editor button[value=save]");
        // a picture for the text: the editor lists it with the line that places it
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("picture", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 200, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                picture.toFile());
        browser.visit(editorPath);
        browser.find("#bodyFile").sendKeys(picture.toAbsolutePath().toString());
        browser.type("#bodyAlt", "A printed poster").submit("#body-images form[enctype]");
        assertThat(browser.find(".body-images code").getText()).startsWith("![A printed poster](/media/content/images/");
        browser.check();
        browser.visit(editorPath + "/preview").check();
        browser.visit(editorPath + "/revisions").check();
        // the first revision against the saved live text, word by word
        browser.visit(editorPath + "/revisions/1").check();
        assertThat(browser.find(".word-diff").getText()).contains("First").contains("Live");

        // share your work, then the editors' queue
        browser.visit("/share").check();
        browser.type("#title", "Shared in the browser").submit("main form.form");
        assertThat(browser.find(".error-summary").getText()).contains("Choose what you are sharing");
        browser.check(false);
        browser.find("#kind-0").click();
        browser.type("#body", "Our news, in our words.").submit("main form.form");
        assertThat(browser.text()).contains("it is with our editors");
        browser.check(false);
        browser.visit("/admin/content/submissions").check();
        browser.clickAndWait("main table a");
        browser.check();
        logOut();
    }

    @Test
    void mentoringPagesAreAccessibleAndValidFromApplyingToTheReport() {
        logOut();
        uk.org.ncjaa.springboard.mentoring.domain.Round round = mentoring.openRound("Browser mentoring round", true);
        uk.org.ncjaa.springboard.mentoring.domain.Role mentee = uk.org.ncjaa.springboard.mentoring.domain.Role.MENTEE;
        uk.org.ncjaa.springboard.mentoring.domain.Role mentor = uk.org.ncjaa.springboard.mentoring.domain.Role.MENTOR;
        uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant ann = mentoring.accepted(round, mentee, "Ann Browser", "", "london", 1, "");
        uk.org.ncjaa.springboard.mentoring.TestMentoring.Applicant bob = mentoring.accepted(round, mentor, "Bob Browser", "", "london", 2, "");
        mentoring.accepted(round, mentee, "Cat Browser", "", "london", 1, "");
        browser.visit("/mentoring").check();

        // a new applicant: errors keep what they typed; a draft is saved
        TestAccounts.Created applicant = accounts.createMember();
        logIn(applicant.email());
        browser.visit("/mentoring/rounds/" + round.id() + "/apply?as=mentee").check();
        browser.type("#statement", "Kept words").clickAndWait("main form.form button[value=send]");
        assertThat(browser.find(".error-summary").getText()).contains("Choose at least one art form");
        assertThat(browser.find("#statement").getAttribute("value")).isEqualTo("Kept words");
        browser.check(false);
        browser.clickAndWait("main form.form button[value=save]");
        assertThat(browser.text()).contains("Your draft is saved");
        browser.check(false);
        browser.visit("/mentoring/mine").check();
        logOut();

        // staff: rounds, applications, matching with its reasons, the report
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/mentoring").check();
        browser.visit("/admin/mentoring/rounds/new").check();
        browser.type("#name", "").clickAndWait("main form.form button[type=submit]");
        assertThat(browser.find(".error-summary").getText()).contains("Enter a name");
        browser.check(false);
        browser.visit("/admin/mentoring/rounds/" + round.id()).check();
        browser.visit("/admin/mentoring/rounds/" + round.id() + "/applications").check();
        browser.visit("/admin/mentoring/applications/" + ann.application().id()).check();
        browser.visit("/admin/mentoring/rounds/" + round.id() + "/matching").check();
        browser.visit("/admin/mentoring/rounds/" + round.id() + "/matching?mentee=" + ann.application().id() + "&mentor="
                + bob.application().id()).check();
        assertThat(browser.find("#explanation").getText()).contains("Why this match");
        browser.clickAndWait("form[action$='/matching/run'] button");
        assertThat(browser.text()).contains("Proposed 2 pairs");
        browser.check(false);
        browser.clickAndWait("form[action$='/matching/publish'] button");
        assertThat(browser.text()).contains("2 pairs offered");
        browser.check(false);
        browser.visit("/admin/mentoring/rounds/" + round.id() + "/report").check();
        logOut();

        // the mentee answers, the mentor too, and their page fills
        long matchId = matching.inRound(round.id()).stream().filter(m -> m.menteeId() == ann.application().id()).findFirst().orElseThrow().id();
        logIn(ann.account().email());
        browser.visit("/mentoring/matches/" + matchId).check();
        assertThat(browser.text()).contains("Why this match");
        browser.clickAndWait("#answer button[value=accept]");
        browser.check(false);
        relationships.answer(matchId, bob.account().id(), true);
        browser.visit("/mentoring/matches/" + matchId).check();
        browser.type("#minutes", "none").clickAndWait("form[action$='/meetings'] button");
        assertThat(browser.find(".error-summary").getText()).contains("Enter the date you met");
        browser.check(false);
        browser.visit("/mentoring/mine").check();
        logOut();

        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        logIn(analyst.email());
        browser.type("#code", accounts.currentCode(analyst)).submit("form.form");
        browser.visit("/admin/equality/mentoring/" + round.id()).check();
        logOut();
    }

    @Test
    void consultationPagesAreAccessibleAndValidFromAnsweringToTheResponse() {
        logOut();
        uk.org.ncjaa.springboard.policy.consultation.ConsultationMother.Made made = uk.org.ncjaa.springboard.policy.consultation.ConsultationMother
            .open(consultations, "Browser consultation", uk.org.ncjaa.springboard.policy.consultation.domain.Consultation.Audience.ANYONE, true);
        String page = "/policy/consultations/" + made.id();
        browser.visit("/policy/consultations").check();
        browser.visit(page).check();

        // a visitor answers: a ranking with a number twice comes back with the error and what was typed
        browser.visit(page + "/answer").check();
        browser.type("#q" + made.text().id(), "Kept words");
        new org.openqa.selenium.support.ui.Select(browser.find("#q" + made.ranking().id() + "-0")).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(browser.find("#q" + made.ranking().id() + "-1")).selectByValue("1");
        browser.clickAndWait("#answer-form button[value=send]");
        assertThat(browser.find(".error-summary").getText()).contains("Give each item a different number");
        assertThat(browser.find("#q" + made.text().id()).getAttribute("value")).isEqualTo("Kept words");
        browser.check(false);
        new org.openqa.selenium.support.ui.Select(browser.find("#q" + made.ranking().id() + "-1")).selectByValue("2");
        new org.openqa.selenium.support.ui.Select(browser.find("#q" + made.ranking().id() + "-2")).selectByValue("3");
        browser.clickAndWait("#answer-form button[value=send]");
        assertThat(browser.path()).isEqualTo(page + "/thanks");
        browser.check();

        // staff: the settings, the answers with their charts, a free-text question, a paper answer, the response
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        String admin = "/admin/policy/consultations/" + made.id();
        browser.visit("/admin/policy/consultations").check();
        browser.visit("/admin/policy/consultations/new").check();
        browser.visit(admin).check();
        browser.visit(admin + "/paper").check();
        browser.type("#paperSource", "paper, HMP Example, via Example Arts").type("#q" + made.text().id(), "Written by hand")
            .clickAndWait("main form.form button[type=submit]");
        assertThat(browser.text()).contains("The paper answer is added");
        browser.check(false);
        browser.visit(admin + "/answers").check();
        browser.visit(admin + "/questions/" + made.text().id()).check();
        browser.visit(admin + "/response").check();
        logOut();

        consultations.close(made.id());
        consultations.writeResponse(made.id(), "We **heard** you.", "Browser test");
        consultations.addOutcome(made.id(), "You said more funding", "We asked for it");
        consultations.publishResponse(made.id());
        browser.visit(page + "/response").check();
        browser.visit(page + "/you-said-we-did").check();

        TestAccounts.Created analyst = accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST);
        logIn(analyst.email());
        browser.type("#code", accounts.currentCode(analyst)).submit("form.form");
        browser.visit("/admin/equality/consultations/" + made.id()).check();
        logOut();

        // a member's own answers, a draft among them
        uk.org.ncjaa.springboard.policy.consultation.ConsultationMother.Made other = uk.org.ncjaa.springboard.policy.consultation.ConsultationMother
            .open(consultations, "Browser drafts", uk.org.ncjaa.springboard.policy.consultation.domain.Consultation.Audience.MEMBERS, false);
        TestAccounts.Created member = accounts.createMember();
        answering.answer(other.id(), new uk.org.ncjaa.springboard.policy.consultation.domain.Answering.Who(member.id(), "Drafter", null),
                java.util.Map.of(other.text().id(), java.util.List.of("Half way")),
                uk.org.ncjaa.springboard.policy.consultation.domain.Answer.QuoteConsent.NONE, false);
        logIn(member.email());
        browser.visit("/account/consultations").check();
        assertThat(browser.text()).contains("Draft, not sent.");
        browser.visit("/policy/consultations/" + other.id() + "/answer").check();
        logOut();
    }

    @Test
    void policyPagesAreAccessibleAndValidFromTheForumToTheInfluenceLog() throws Exception {
        logOut();
        uk.org.ncjaa.springboard.policy.forum.Meeting past = forum.createMeeting("Browser forum meeting",
                Instant.now().minus(java.time.Duration.ofDays(120)), "Leeds Town Hall", "Ministry of Justice", null);
        uk.org.ncjaa.springboard.policy.forum.Meeting next = forum.createMeeting("Browser next meeting",
                Instant.now().plus(java.time.Duration.ofDays(20)), "London", "Ministry of Justice", null);
        forum.addAgendaItem(past.id(), "Welcome and apologies", "", null);
        forum.addAgendaItem(past.id(), "Arts in the women's estate", "Paper A", null);
        forum.addPaper(past.id(), "Paper A", java.time.LocalDate.now().minusDays(130), false,
                new java.io.ByteArrayInputStream(uk.org.ncjaa.springboard.policy.forum.DemoForum.pdf("Paper A")), "paper-a.pdf");
        forum.recordAttendance(past.id(), "Browser Attendee", "HMPPS", true);
        forum.recordAttendance(past.id(), "Browser Apologies", "DCMS", false);
        forum.draftMinutes(past.id(), "## Item 1\n\nMembers discussed the paper.\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        forum.approveMinutesByCorrespondence(past.id());
        forum.publishMinutes(past.id());
        forum.addAction(past.id(), "Report back", "HMPPS", null, next.id(), null);
        forum.addAction(past.id(), "An overdue action", "NCJAA", null, null, java.time.LocalDate.now().minusDays(2));

        browser.visit("/policy").check();
        browser.visit("/policy/arts-forum").check();
        browser.visit(past.path()).check();
        assertThat(browser.text()).contains("Members discussed the paper");
        browser.visit(next.path()).check();
        browser.visit("/policy/arts-forum/actions").check();
        assertThat(browser.text()).contains("An overdue action");
        browser.visit("/policy/influence").check();

        TestAccounts.Created member = accounts.createMember();
        logIn(member.email());
        browser.visit("/policy/arts-forum/propose").check();
        browser.type("#why", "Kept reason").clickAndWait("main form.form button[type=submit]");
        assertThat(browser.find(".error-summary").getText()).contains("Say in a few words what the issue is");
        assertThat(browser.find("#why").getAttribute("value")).isEqualTo("Kept reason");
        browser.check(false);
        browser.type("#title", "A browser issue").clickAndWait("main form.form button[type=submit]");
        browser.visit("/policy/arts-forum/proposals").check();
        logOut();

        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        // a member on the list, so its table and buttons are checked whatever other tests left in the database
        forum.addMember("Browser Forum Member", null, "Arts Council England");
        browser.visit("/admin/policy/forum").check();
        browser.visit("/admin/policy/forum/meetings/new").check();
        browser.visit("/admin/policy/forum/meetings/" + past.id()).check();
        browser.visit("/admin/policy/forum/meetings/" + next.id()).check();
        browser.type("#itemTitle", "").clickAndWait("form[action$='/agenda'] button");
        assertThat(browser.find(".error-summary").getText()).contains("Enter the agenda item");
        browser.check(false);
        browser.visit(past.path() + "/members").check();
        browser.visit("/admin/policy/forum/proposals").check();
        browser.visit("/admin/policy/influence").check();
        browser.type("#ask", "A browser ask").type("#body", "Ministry of Justice")
            .clickAndWait("main form.form button[type=submit]");
        browser.check(false);
        browser.visit("/policy/influence").check();
        logOut();
    }

    @Autowired
    uk.org.ncjaa.springboard.showcase.domain.Works showcase;

    /** A work of the showcase as its organisation sends it, with the consent form held by the organisation. */
    private static uk.org.ncjaa.springboard.showcase.domain.WorkDetails work(uk.org.ncjaa.springboard.showcase.domain.WorkKind kind,
            String title, String access) {
        boolean picture = kind == uk.org.ncjaa.springboard.showcase.domain.WorkKind.IMAGE;
        boolean writing = kind == uk.org.ncjaa.springboard.showcase.domain.WorkKind.TEXT;
        return new uk.org.ncjaa.springboard.showcase.domain.WorkDetails(kind, title,
                uk.org.ncjaa.springboard.showcase.domain.CreditMode.INITIALS, "J. S.", false, false, "visual-arts", "adult-prison-men",
                "wales", java.time.LocalDate.now().getYear(), "Browser project", "A few words from the maker about the work, in their own voice.",
                picture ? access : "", !picture && !writing ? access : "", null, writing ? access : "", true, true, false, null, true, false,
                false, false);
    }

    @Test
    void showcasePagesAreAccessibleAndValidAtEveryWidthFromSendingToModeration() throws Exception {
        logOut();
        TestAccounts.Created organisation = accounts.createMember();
        var listing = uk.org.ncjaa.springboard.directory.Publish.listing(listings, organisation.id(),
                uk.org.ncjaa.springboard.directory.Publish.content("Browser Showcase Studio", "Art in prison", List.of("visual-arts"),
                        List.of("wales"), false));
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        var picture = showcase.submit(organisation.id(), listing.id(), work(uk.org.ncjaa.springboard.showcase.domain.WorkKind.IMAGE,
                "Browser landscape", "Green hills under an orange sky"), new uk.org.ncjaa.springboard.showcase.domain.Works.Upload(
                        uk.org.ncjaa.springboard.showcase.domain.DemoArtworks.png(
                                uk.org.ncjaa.springboard.showcase.domain.DemoArtworks.Style.LANDSCAPE, 5, 1600, 1200), "hills.png"), null);
        byte[] melody;
        try (var in = getClass().getResourceAsStream("/demo/showcase/melody-for-a-long-night.opus")) {
            melody = in.readAllBytes();
        }
        var recording = showcase.submit(organisation.id(), listing.id(), work(uk.org.ncjaa.springboard.showcase.domain.WorkKind.AUDIO,
                "Browser melody", "A slow melody on a soft keyboard, with no words."),
                new uk.org.ncjaa.springboard.showcase.domain.Works.Upload(melody, "melody.opus"), null);
        var writing = showcase.submit(organisation.id(), listing.id(), work(uk.org.ncjaa.springboard.showcase.domain.WorkKind.TEXT,
                "Browser poem", "A line of a poem,\nand another line."), null, null);
        var waiting = showcase.submit(organisation.id(), listing.id(), work(uk.org.ncjaa.springboard.showcase.domain.WorkKind.TEXT,
                "Browser waiting poem", "Mr Jones read it in HMP Example Vale."), null, null);
        for (var w : List.of(picture, recording, writing)) {
            showcase.decide(w.id(), "publish", java.util.EnumSet.allOf(uk.org.ncjaa.springboard.showcase.domain.Check.class), "", editor.id());
        }
        var exhibition = showcase.createExhibition("Browser exhibition", "");
        showcase.editExhibition(exhibition.id(), "Browser exhibition", "An *introduction* to the works.",
                List.of(picture.slug(), writing.slug(), recording.slug()));
        showcase.publishExhibition(exhibition.id(), true);

        java.nio.file.Path shots = java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        try {
            for (int width : new int[] { 320, 768, 1280 }) {
                browser.resize(width, 1000);
                for (String path : List.of("/", "/showcase", picture.href(), recording.href(), writing.href(), exhibition.href())) {
                    browser.visit(path).check();
                    assertThat(browser.fitsWidth()).as(path + " fits " + width + "px").isTrue();
                    browser.screenshot(shots.resolve("showcase-" + width + path.replaceAll("[^a-z0-9]+", "-") + ".png"));
                }
            }
        }
        finally {
            browser.resize(1280, 1000);
        }
        browser.visit("/showcase?kind=text&art=visual-arts").check();
        assertThat(browser.text()).contains("Browser poem").doesNotContain("Browser landscape");

        logIn(organisation.email());
        browser.visit("/showcase/submit").check();
        // sent empty: the reason at the top, and what was typed still there
        browser.type("#title", "Kept title").clickAndWait("main form.form button[type=submit]");
        assertThat(browser.find(".notices").getText()).contains("Answer the three questions");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Kept title");
        browser.check(false);
        browser.visit("/showcase/manage").check();
        browser.visit("/showcase/manage/" + waiting.id()).check();
        logOut();

        logIn(editor.email());
        browser.type("#code", accounts.currentCode(editor)).submit("form.form");
        browser.visit("/admin/showcase").check();
        browser.visit("/admin/showcase/works/" + waiting.id()).check();
        assertThat(browser.text()).contains("Mr Jones", "HMP Example Vale");
        browser.visit("/admin/showcase/exhibitions/" + exhibition.id()).check();
        logOut();
    }

    private void logIn(String email) {
        browser.visit("/login").type("#email", email).type("#password", TestAccounts.PASSWORD).submit("form.form");
    }

    private void logOut() {
        browser.visit("/");
        if (!browser.driver().findElements(org.openqa.selenium.By.cssSelector(".account-nav form button")).isEmpty()) {
            // wait for the logout to land, or the next page's form token belongs to a session it ends
            browser.clickAndWait(".account-nav form button");
            assertThat(browser.path()).startsWith("/?loggedOut");
        }
    }

    private void writeOutboxMessage() throws Exception {
        Files.createDirectories(mail.outboxDir());
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("no-reply@example.org"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "reader@example.org");
        message.setSubject("A message in the outbox");
        message.setText("Hello from the outbox.");
        message.setSentDate(new java.util.Date());
        try (OutputStream out = Files.newOutputStream(mail.outboxDir().resolve("20261123-000000-000-test.eml"))) {
            message.writeTo(out);
        }
    }

}
