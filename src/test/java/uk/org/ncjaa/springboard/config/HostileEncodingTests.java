package uk.org.ncjaa.springboard.config;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.org.ncjaa.springboard.config.Routes.Access;
import uk.org.ncjaa.springboard.support.CapturedLogs;
import uk.org.ncjaa.springboard.support.ExplodingController;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses and form bodies that cannot be decoded (bad percent-encoding, bytes that are not
 * UTF-8), sent to the real server as raw bytes, since only Tomcat decodes them: every public route
 * refuses them with a 400 and its reason, the API as a problem detail, and nothing is logged as an
 * ERROR. The same context as {@link ErrorPagesTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestMail.class, TestAccounts.class, ExplodingController.class })
class HostileEncodingTests {

    static final List<String> UNDECODABLE = List.of("%C3%28", "%FF%FE", "%G1", "%", "%E2%82", "%C0%AF");

    @LocalServerPort
    int port;

    @Test
    void everyPublicRouteRefusesAnUndecodableParameterWithABadRequest() throws Exception {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        List<ILoggingEvent> errors;
        List<ILoggingEvent> traced;
        try (CapturedLogs logs = CapturedLogs.start()) {
            for (Map.Entry<String, Access> route : Routes.expected().entrySet()) {
                if (route.getValue() != Access.PUBLIC || route.getKey().startsWith("* ")) {
                    continue;
                }
                String path = Routes.path(route.getKey(), 999_999_999L, 999_999_999L);
                boolean api = path.startsWith("/api/");
                for (String bad : UNDECODABLE) {
                    String response = route.getKey().startsWith("GET ") ? raw("GET " + path + "?page=1&q=" + bad, null)
                            : raw("POST " + path, "email=someone%40example.org&q=" + bad);
                    sent++;
                    String status = response.isEmpty() ? "nothing" : response.substring(0, Math.min(12, response.length()));
                    boolean refused = response.startsWith("HTTP/1.1 400");
                    boolean explained = api ? response.contains("application/problem+json") && response.contains("could not be read")
                            : response.contains("characters we could not read");
                    if (!refused || !explained || response.contains("Exception")) {
                        wrong.add(route.getKey() + " with q=" + bad + ": " + status);
                    }
                }
            }
            errors = logs.at(Level.ERROR);
            traced = logs.withStackTraces();
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(wrong).isEmpty();
        assertThat(errors.stream().map(ILoggingEvent::getFormattedMessage)).isEmpty();
        assertThat(traced.stream().map(ILoggingEvent::getFormattedMessage)).as("lines with a stack trace").isEmpty();
    }

    @Test
    void aNulByteInAnAddressOrFormIsTakenOutBeforeAnythingReadsIt() throws Exception {
        String news = raw("GET /news?topic=%00&page=%001", null);
        assertThat(news).startsWith("HTTP/1.1 200");
        String search = raw("GET /search?q=theatre%00", null);
        assertThat(search).startsWith("HTTP/1.1 200").contains("value=\"theatre\"");
        String api = raw("GET /api/v1/evidence?q=%00music", null, "application/json");
        assertThat(api).startsWith("HTTP/1.1 200");
    }

    /** A request written straight to the socket, as no well-behaved client would send it. */
    private String raw(String requestLine, String form) throws IOException {
        return raw(requestLine, form, "text/html");
    }

    private String raw(String requestLine, String form, String accept) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: ").append(accept)
            .append("\r\n")
            .append("Connection: close\r\n");
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.US_ASCII);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
