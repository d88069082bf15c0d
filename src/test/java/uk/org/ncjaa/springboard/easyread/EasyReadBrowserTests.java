package uk.org.ncjaa.springboard.easyread;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.support.Browser;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The easy-read pages in headless Chromium, as the site's browser walk checks every page: no axe-core
 * (WCAG 2.2 AA) violation, no Nu HTML checker error, at most 100 KB sent, nothing wider than a phone
 * at 320px, in English and in Welsh, and the text really as large as easy read asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EasyReadBrowserTests {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void open() throws Exception {
        browser = Browser.open(port);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.driver().quit();
        }
    }

    @Test
    void everyPageIsAccessibleAtEveryWidthInBothLanguages() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/easy-read"));
        EasyReadPages.all().forEach(page -> paths.add("/easy-read/" + page.name()));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> problems = new ArrayList<>();
        try {
            for (int width : new int[] { 320, 768, 1280 }) {
                browser.resize(width, 1000);
                for (String path : paths) {
                    for (String language : List.of("en", "cy")) {
                        String address = path + "?lang=" + language;
                        try {
                            browser.visit(address).check();
                            assertThat(browser.fitsWidth()).as(address + " fits " + width + "px").isTrue();
                        }
                        catch (AssertionError problem) {
                            problems.add(width + "px " + problem.getMessage());
                        }
                        browser.screenshot(shots.resolve("easy-read-" + width + "-" + language + path.replaceAll("[^a-z0-9]+", "-") + ".png"));
                    }
                }
            }
        }
        finally {
            browser.resize(1280, 1000);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTextIsAtLeast20PixelsAndEachPictureSitsOnTheLeftOfItsText() {
        browser.visit("/easy-read/booking");
        Number smallest = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                return Math.min(...[...document.querySelectorAll('main h1, main h2, main li p, main .breadcrumb a, main .button')]
                    .map(e => parseFloat(getComputedStyle(e).fontSize)));""");
        assertThat(smallest.doubleValue()).as("smallest text on the page, in CSS pixels").isGreaterThanOrEqualTo(20);
        Boolean leftOfText = (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                return [...document.querySelectorAll('main .easy-read-points > li')].every(li => {
                    const img = li.querySelector('img').getBoundingClientRect();
                    const text = li.querySelector('p').getBoundingClientRect();
                    return img.right <= text.left && img.width >= 56;
                });""");
        assertThat(leftOfText).isTrue();
    }
}
