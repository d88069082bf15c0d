package uk.org.ncjaa.springboard.easyread;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.support.Browser;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The easy-read pages through the real server, in English and Welsh: every page answers, every point has
 * its picture and every picture is credited, the way on to the full page and the action works, the text
 * is large, the page is light, and the English stays easy to read by the measures easy read asks for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class })
class EasyReadPagesTests {

    private static final Path PICTURES = Path.of("src/main/resources/static/img/easy-read");

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The index and every page. */
    private static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/easy-read"));
        EasyReadPages.all().forEach(page -> paths.add("/easy-read/" + page.name()));
        return paths;
    }

    @Test
    void everyPageAnswersInEnglishAndInWelsh() throws Exception {
        assertThat(EasyReadPages.all()).extracting(EasyReadPage::name)
            .containsExactly("about", "joining", "privacy", "booking", "equality", "mentoring", "consultation");
        for (String path : paths()) {
            HttpResponse<String> english = get(path + "?lang=en");
            assertThat(english.statusCode()).as(path).isEqualTo(200);
            assertThat(english.body()).as(path).contains("<html lang=\"en-GB\"").contains("Pictures: Mulberry Symbols by Steve Lee, CC BY-SA 4.0")
                .contains("Do you need help?").contains("href=\"/contact\"").doesNotContain("??");
            HttpResponse<String> welsh = get(path + "?lang=cy");
            assertThat(welsh.statusCode()).as(path).isEqualTo(200);
            assertThat(welsh.body()).as(path).contains("<html lang=\"cy\"").contains("Lluniau: Mulberry Symbols gan Steve Lee")
                .contains("Oes angen help arnoch chi?").doesNotContain("??").doesNotContain("Do you need help?");
        }
        assertThat(get("/easy-read/joining?lang=en").body()).contains("<h1>Joining the network</h1>")
            .contains("<title>Joining the network | Easy read | Springboard</title>");
        assertThat(get("/easy-read/joining?lang=cy").body()).contains("<h1>Ymuno â&#39;r rhwydwaith</h1>")
            .contains("Mae ymuno am ddim.");
        assertThat(get("/easy-read?lang=cy").body()).contains("<h1>Hawdd ei ddeall</h1>");
        assertThat(get("/easy-read/no-such-page").statusCode()).isEqualTo(404);
        // what a page is about, for search and sharing, in its language
        assertThat(get("/easy-read/booking?lang=en").body())
            .contains("<meta name=\"description\" content=\"How to book a place at one of our events.\">");
        assertThat(get("/easy-read/booking?lang=cy").body())
            .contains("<meta name=\"description\" content=\"Sut i archebu lle yn un o&#39;n digwyddiadau.\">")
            .contains("/easy-read/booking?lang=cy\">");
    }

    @Test
    void everyTextTheCatalogueNamesIsInBothBundles() throws IOException {
        Properties english = bundle("easyread.properties");
        Properties welsh = bundle("easyread_cy.properties");
        Set<String> keys = new LinkedHashSet<>(List.of("easyread.index.title", "easyread.index.1", "easyread.index.heading",
                "easyread.breadcrumb", "easyread.next.heading", "easyread.full", "easyread.credit", "easyread.link"));
        List<EasyReadPage.Section> sections = new ArrayList<>(List.of(EasyReadPages.HELP));
        for (EasyReadPage page : EasyReadPages.all()) {
            keys.addAll(List.of(page.titleKey(), page.summaryKey(), page.actionKey()));
            sections.addAll(page.sections());
        }
        for (EasyReadPage.Section section : sections) {
            keys.add(section.headingKey());
            section.points().forEach(point -> keys.add(point.key()));
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(welsh.getProperty(key)).as("Welsh " + key).isNotBlank();
        });
        // and nothing in the bundles that no page says
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void everyPointHasItsPictureAndEveryPictureIsThereAndCredited() throws Exception {
        String readme = Files.readString(PICTURES.resolve("README.md"));
        assertThat(readme).contains("Steve Lee").contains("CC BY-SA 4.0").contains("https://creativecommons.org/licenses/by-sa/4.0/");
        Set<String> used = new LinkedHashSet<>();
        for (String path : paths()) {
            String main = main(get(path).body());
            int points = count(main, "<li>");
            List<String> images = new ArrayList<>();
            Matcher img = IMG.matcher(main);
            while (img.find()) {
                images.add(img.group());
            }
            assertThat(images).as("a picture beside each point of " + path).hasSize(points);
            for (String tag : images) {
                assertThat(tag).as(path).contains("alt=\"\"").contains("width=\"80\"").contains("height=\"80\"");
                Matcher src = Pattern.compile("src=\"(/img/easy-read/([a-z]+)(?:-[0-9a-f]{32})?\\.svg)\"").matcher(tag);
                assertThat(src.find()).as(tag).isTrue();
                used.add(src.group(2) + ".svg");
                HttpResponse<byte[]> picture = http.send(request(src.group(1)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(picture.statusCode()).as(src.group(1)).isEqualTo(200);
                assertThat(picture.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
            }
        }
        used.add("read.svg"); // the link from standard pages
        try (var files = Files.list(PICTURES)) {
            List<String> present = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".svg")).toList();
            assertThat(present).as("only the pictures the pages use").containsExactlyInAnyOrderElementsOf(used);
        }
        assertThat(used).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
        for (EasyReadPage page : EasyReadPages.all()) {
            assertThat(page.points()).allSatisfy(point -> assertThat(PICTURES.resolve(point.symbol() + ".svg")).exists());
        }
    }

    @Test
    void eachPageLeadsToItsFullPageAndItsAction() throws Exception {
        for (EasyReadPage page : EasyReadPages.all()) {
            String body = get("/easy-read/" + page.name()).body();
            assertThat(body).as(page.name()).contains("<a class=\"easy-read-full\" href=\"" + page.fullPage() + "\">Go to the full page</a>")
                .contains("<a class=\"button\" href=\"" + page.actionPage() + "\">");
            for (String target : List.of(page.fullPage(), page.actionPage())) {
                HttpResponse<String> reached = get(target);
                if (target.startsWith("/account/")) {
                    // pages of your own account ask you to log in first, and then come back
                    assertThat(reached.statusCode()).as(target).isEqualTo(302);
                    assertThat(reached.headers().firstValue("Location").orElse("")).as(target).endsWith("/login");
                }
                else {
                    assertThat(reached.statusCode()).as(target).isEqualTo(200);
                }
            }
        }
        // the index leads to every page
        String index = get("/easy-read").body();
        EasyReadPages.all().forEach(page -> assertThat(index).contains("href=\"/easy-read/" + page.name() + "\""));
    }

    @Test
    void theTextIsLargeAndTheStylesAreAllowedByTheContentSecurityPolicy() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/static/css/easy-read.css"));
        assertThat(css).contains(".easy-read { font-size: 1.25rem;").contains(".easy-read p, .easy-read li, .easy-read a { font-size: 1.25rem; }");
        // no size under 1.25rem but the credit's small print, the link on standard pages and the phone's headings
        Matcher sizes = Pattern.compile("font-size:\\s*([0-9.]+)rem").matcher(css);
        while (sizes.find()) {
            assertThat(Double.parseDouble(sizes.group(1))).isIn(1.0, 1.125, 1.25, 1.5, 1.75, 1.875, 2.25);
        }
        HttpResponse<String> page = get("/easy-read/privacy");
        assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/css/easy-read-")
            .doesNotContain("style=").doesNotContain("<style").doesNotContain("<i>").doesNotContain("<em>");
        assertThat(get("/css/easy-read.css").statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("style-src 'self'");
    }

    @Test
    void theEnglishIsEasyToRead() throws Exception {
        List<String> report = new ArrayList<>();
        for (String path : paths()) {
            Readability text = Readability.ofMain(get(path + "?lang=en").body());
            report.add(path + ": " + text.summary());
            assertThat(text.sentences()).as(path + ": every sentence 15 words at most")
                .allSatisfy(sentence -> assertThat(sentence.words()).as(sentence.text()).hasSizeLessThanOrEqualTo(15));
            assertThat(text.averageSentenceLength()).as(path + ": " + text.summary()).isLessThanOrEqualTo(10);
            assertThat(text.averageWordLength()).as(path + ": " + text.summary()).isLessThanOrEqualTo(5.5);
            assertThat(text.fleschReadingEase()).as(path + ": " + text.summary()).isGreaterThanOrEqualTo(75);
            // numbers as digits, no capitals for emphasis
            assertThat(text.sentences()).as(path).noneMatch(s -> Pattern.compile("\\b(?:two|three|four|five|six|seven|eight|nine|ten)\\b",
                    Pattern.CASE_INSENSITIVE).matcher(s.text()).find());
            assertThat(text.sentences()).as(path).noneMatch(s -> s.words().stream()
                .anyMatch(w -> w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.matches(".*\\d.*") && !w.equals("BY-SA")));
        }
        report.forEach(System.out::println);
    }

    @Test
    void everyPageIsLightAndValidHtml() throws Exception {
        for (String path : paths()) {
            HttpResponse<byte[]> page = gzipped(path);
            long sent = page.body().length;
            String html = gunzip(page);
            Set<String> loaded = new LinkedHashSet<>();
            Matcher resource = Pattern.compile("(?:src|href)=\"(/(?:css|js|img|webjars)/[^\"]+)\"").matcher(html);
            while (resource.find()) {
                if (!resource.group(1).endsWith(".xml") && !html.contains("rel=\"icon\" href=\"" + resource.group(1))) {
                    loaded.add(resource.group(1).replace("&amp;", "&"));
                }
            }
            for (String file : loaded) {
                sent += gzipped(file).body().length;
            }
            System.out.println("Easy read " + path + ": " + sent + " bytes sent in " + (loaded.size() + 1) + " files");
            assertThat(sent).as(path + " with its styles and pictures, as sent").isLessThanOrEqualTo(Browser.MAX_PAGE_BYTES);
            assertThat(Browser.htmlErrors(html)).as("Nu HTML checker on " + path).isEmpty();
        }
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }

    private static String main(String html) {
        int start = html.indexOf("<main");
        return html.substring(start, html.indexOf("</main>", start));
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html,*/*");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> gzipped(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(request(path).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static String gunzip(HttpResponse<byte[]> response) throws IOException {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
