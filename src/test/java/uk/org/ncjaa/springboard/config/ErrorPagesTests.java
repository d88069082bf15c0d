package uk.org.ncjaa.springboard.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.support.CapturedLogs;
import uk.org.ncjaa.springboard.support.ExplodingController;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors seen through the real server (Tomcat), as a browser would see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class, ExplodingController.class })
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aServerErrorShowsTheFriendlyPageAndNoExceptionText() throws Exception {
        HttpResponse<String> response = get("/test/explode");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Sorry, something went wrong on our side")
            .doesNotContain("secret internal detail").doesNotContain("IllegalStateException").doesNotContain("at uk.org");
    }

    @Test
    void anOversizedFormIsRefusedWithAClearPage() throws Exception {
        String body = "displayName=" + "x".repeat(3 * 1024 * 1024);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/register"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was too large");
    }

    @Test
    void aFormWithoutAValidTokenSaysThePageExpired() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/register"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString("displayName=A&_csrf=forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This page has expired").contains("Nothing you typed has been sent");
    }

    @Test
    void aMistypedAddressGetsTheFriendlyNotFoundPageEvenBeforeLogin() throws Exception {
        for (String path : new String[] { "/no/such/page", "/evidencee", "/actuator", "/actuator/env", "/news/2026/01" }) {
            HttpResponse<String> anonymous = get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(404);
            assertThat(anonymous.body()).as(path).contains("Page not found");
        }
        assertThat(get("/account").statusCode()).as("a page that exists still asks for a login").isEqualTo(302);
        assertThat(get("/admin/no-such-tool").statusCode()).as("the staff area asks for a login whatever the address")
            .isEqualTo(302);
        HttpResponse<String> css = get("/css/no-such-file.css");
        assertThat(css.statusCode()).isEqualTo(404);
        assertThat(css.body()).contains("Page not found");
    }

    @Test
    void nonsenseInAQueryIsABadRequestNotACrash() throws Exception {
        HttpResponse<String> response = get("/admin/taxonomy/not-a-vocabulary");
        assertThat(response.statusCode()).isIn(302, 404);
        String raw = rawGet("/password/reset?token=%ZZ&page=%");
        assertThat(raw).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Apache Tomcat");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("We could not understand that request")
            .contains("characters we could not read");
    }

    @Test
    void pagesStylesAndScriptsAreSentGzippedToBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> page = gzipped("/evidence");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().allValues("Vary").toString().toLowerCase()).contains("accept-encoding");
        String html = gunzip(page.body());
        assertThat(html).contains("<!DOCTYPE html>").contains("Evidence Library");
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site[^\"]*\\.css)\"").matcher(html);
        assertThat(css.find()).as("the page links its style sheet").isTrue();
        for (String path : new String[] { css.group(1), "/webjars/htmx.org/dist/htmx.min.js" }) {
            HttpResponse<byte[]> asset = gzipped(path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gunzip(asset.body()).length()).as(path).isGreaterThan(asset.body().length * 2);
        }
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri("/evidence")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).as("a client that does not ask for gzip").isEmpty();
        assertThat(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<!DOCTYPE html>");
    }

    /**
     * The page cache is off in tests, so it runs here in a Tomcat of its own with the application's compression
     * settings: Tomcat will not compress a response with a strong ETag, which the cache used to send.
     */
    @Test
    void aCachedPageIsGzippedAndStillAnswersNotModified(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.boot.web.server.autoconfigure.ServerProperties server,
            @org.springframework.beans.factory.annotation.Autowired java.util.List<uk.org.ncjaa.springboard.shared.web.CachedPages> modules)
            throws Exception {
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        var factory = new org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory(0);
        factory.setCompression(server.getCompression());
        org.springframework.boot.web.server.WebServer tomcat = factory.getWebServer(context -> {
            context.addFilter("cache", new AnonymousPageCache(true, java.time.Duration.ofMinutes(1), modules)).addMappingForUrlPatterns(null, false, "/*");
            context.addServlet("page", new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void doGet(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                        throws java.io.IOException {
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write("<!DOCTYPE html><title>About</title>" + "<p>About the alliance.</p>".repeat(200)
                            + "<p>render " + renders.incrementAndGet() + "</p>");
                }
            }).addMapping("/*");
        });
        tomcat.start();
        try {
            URI about = URI.create("http://127.0.0.1:" + tomcat.getPort() + "/about");
            HttpResponse<byte[]> first = http.send(gzipRequest(about).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> cached = http.send(gzipRequest(about).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(renders).as("the second visit comes from the cache").hasValue(1);
            for (HttpResponse<byte[]> response : java.util.List.of(first, cached)) {
                assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
                assertThat(gunzip(response.body())).contains("render 1");
            }
            String etag = cached.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).isEqualTo(first.headers().firstValue("ETag").orElseThrow());
            HttpResponse<byte[]> again = http.send(gzipRequest(about).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<byte[]> changed = http.send(gzipRequest(about).header("If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(gunzip(changed.body())).contains("render 1");
        }
        finally {
            tomcat.stop();
        }
    }

    private static HttpRequest.Builder gzipRequest(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,*/*").header("Accept-Encoding", "gzip, deflate").GET();
    }

    private HttpResponse<byte[]> gzipped(String path) throws Exception {
        return http.send(gzipRequest(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request no well-behaved client would send, written straight to the socket. */
    private String rawGet(String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // uploads over the limits: the friendly 413 page whatever the client sends, with one WARN line and no trace

    @Test
    void aFileOverItsLimitInAnUploadUnderTheTotalLimitGetsTheTooLargePage() throws Exception {
        assertTooLargePage(() -> upload(26 * MB, true));
    }

    @Test
    void anUploadWithoutALengthThatRunsOverTheTotalLimitGetsTheTooLargePage() throws Exception {
        assertTooLargePage(() -> upload(31 * MB, false));
    }

    @Test
    void anUploadWithoutALengthWhoseFileRunsOverItsLimitGetsTheTooLargePage() throws Exception {
        assertTooLargePage(() -> upload(26 * MB, false));
    }

    @Test
    void anUploadWhoseLengthIsOverTheTotalLimitGetsTheTooLargePage() throws Exception {
        assertTooLargePage(() -> upload(31 * MB, true));
    }

    private static final int MB = 1024 * 1024;

    private void assertTooLargePage(java.util.concurrent.Callable<HttpResponse<String>> send) throws Exception {
        try (CapturedLogs logs = CapturedLogs.start()) {
            HttpResponse<String> response = send.call();
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("That was too large").contains("Make it smaller and try again");
            assertThat(logs.at(Level.WARN)).as("one line for a client's mistake").hasSize(1);
            assertThat(logs.at(Level.ERROR)).isEmpty();
            assertThat(logs.withStackTraces()).isEmpty();
        }
    }

    /** A member's PDF upload as a browser sends it: one file part and the form's token. */
    private HttpResponse<String> upload(int fileBytes, boolean withLength) throws Exception {
        String boundary = "----springboard" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(fileBytes + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nsome-token\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.writeBytes("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.writeBytes(new byte[fileBytes]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        HttpRequest.BodyPublisher publisher = withLength ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
        return http.send(HttpRequest.newBuilder(uri("/evidence/submit/some-draft/file"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
            .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }
}
