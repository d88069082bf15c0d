package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, driven headless through Selenium, with the two checks every page must pass:
 * axe-core (no accessibility violations) and the Nu HTML checker (no errors).
 * Outside CI, a machine without Chromium skips these tests and says so; in CI that is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("springboard.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("springboard.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String base;
    private final String axe;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.axe = resource("/axe/axe.min.js");
    }

    /** Whether Chromium and its driver are installed here. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    public static Browser open(int port) throws IOException {
        if (!available()) {
            String message = "Chromium and its driver are needed for browser tests: apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("springboard-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page and checks what it weighs: no page of the site may cost a visitor more than {@link #MAX_PAGE_BYTES}. */
    public Browser visit(String path) {
        driver.get(base + path);
        Weight weight = weight();
        System.out.println("Page weight " + path + ": " + weight.compressed() + " bytes sent, " + weight.uncompressed()
                + " uncompressed, in " + weight.files() + " files");
        assertThat(weight.compressed()).as(path + " weighs " + weight.compressed() + " bytes as sent (the page, its styles, scripts "
                + "and images)").isLessThanOrEqualTo(MAX_PAGE_BYTES);
        return this;
    }

    /** 100 KB, as sent over the network (compressed), for a page with everything it loads. */
    public static final long MAX_PAGE_BYTES = 100 * 1024;

    /**
     * The bodies of the page now shown and of everything it loaded, from the browser's own Resource Timing: as sent
     * (compressed, whether it came over the network or from the browser's cache) and as read.
     */
    public Weight weight() {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return [entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
                        entries.reduce((sum, e) => sum + e.decodedBodySize, 0), entries.length];""");
        return new Weight(sizes.get(0).longValue(), sizes.get(1).longValue(), sizes.get(2).intValue());
    }

    public record Weight(long compressed, long uncompressed, int files) {
    }

    /** Where an element's top edge is, in CSS pixels from the top of the page. */
    public double top(String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].getBoundingClientRect().top + window.scrollY;", find(css))).doubleValue();
    }

    /** A picture of the window as it is now, written to {@code file}. */
    public Path screenshot(Path file) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        return Files.write(file, png);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser submit(String formCss) {
        return clickAndWait(formCss + " button[type=submit]");
    }

    /** Clicks something that loads a new page and waits until the old one is gone. */
    public Browser clickAndWait(String css) {
        WebElement page = find("html");
        find(css).click();
        // the old page is gone once its root element is; Chromium may say so in either of two ways
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            }
            catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
            catch (org.openqa.selenium.WebDriverException maybeGone) {
                if (maybeGone.getMessage() != null && maybeGone.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw maybeGone;
            }
        });
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String text() {
        return find("body").getText();
    }

    /** Runs both checks on the page now shown; {@code fromServer} re-fetches the raw HTML the server sent. */
    public Browser check(boolean fromServer) {
        String where = path();
        assertThat(axeViolations()).as("axe-core violations on " + where).isEmpty();
        // the browser's serialised DOM has no doctype; the server always sends one
        String html = fromServer ? serverHtml() : "<!DOCTYPE html>\n" + driver.getPageSource();
        assertThat(htmlErrors(html)).as("Nu HTML checker errors on " + where).isEmpty();
        return this;
    }

    public Browser check() {
        return check(true);
    }

    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** The page's HTML exactly as the server sends it, fetched with the browser's own cookies. */
    public String serverHtml() {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href, { credentials: 'same-origin' }).then(r => r.text()).then(done)
                  .catch(e => done('fetch failed: ' + e));""");
    }

    /** Nu HTML checker errors (warnings and info are ignored). */
    public static List<String> htmlErrors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                error(exception);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        }
        catch (Exception ex) {
            throw new IllegalStateException("The Nu HTML checker could not run", ex);
        }
        return errors;
    }

    /** Whether the page fits the window without scrolling sideways (WCAG reflow at 320 CSS px). */
    public boolean fitsWidth() {
        return (Boolean) ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
