package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import uk.org.ncjaa.springboard.events.EventsProperties;

/**
 * A stand-in for Stripe's API on 127.0.0.1, answering the few calls the site makes (create and
 * fetch a Checkout session, list a payment's refunds) from what a test sets up. Nothing leaves the
 * machine. The site is configured with test keys and this address.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeStripe {

    public static final String WEBHOOK_SECRET = "whsec_test_secret";

    /** Sessions by id, as JSON the API would return; refunds by payment intent, as JSON arrays of refund objects. */
    public static class Api {

        public final Map<String, String> sessions = new ConcurrentHashMap<>();
        public final Map<String, String> refunds = new ConcurrentHashMap<>();
        public final List<String> created = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Api() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/", this::handle);
            server.start();
        }

        public String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            if (!"Bearer sk_test_fake".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":{\"message\":\"Invalid API key\"}}");
                return;
            }
            if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/checkout/sessions")) {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = "cs_test_" + (created.size() + 1) + "_" + System.nanoTime();
                created.add(form);
                sessions.put(id, "{\"id\":\"" + id + "\",\"url\":\"https://checkout.stripe.test/pay/" + id
                        + "\",\"payment_status\":\"unpaid\",\"amount_total\":0,\"payment_intent\":null}");
                send(exchange, 200, sessions.get(id));
                return;
            }
            if (path.startsWith("/v1/checkout/sessions/")) {
                String session = sessions.get(path.substring("/v1/checkout/sessions/".length()));
                send(exchange, session == null ? 404 : 200, session == null ? "{\"error\":{}}" : session);
                return;
            }
            if (path.equals("/v1/checkout/sessions") && query != null && query.startsWith("payment_intent=")) {
                String intent = query.substring("payment_intent=".length());
                String found = sessions.values().stream().filter(s -> s.contains("\"payment_intent\":\"" + intent + "\"")).findFirst()
                    .orElse(null);
                send(exchange, 200, "{\"data\":[" + (found == null ? "" : found) + "]}");
                return;
            }
            if (path.equals("/v1/refunds") && query != null) {
                String intent = query.replaceAll(".*payment_intent=([^&]+).*", "$1");
                send(exchange, 200, "{\"data\":" + refunds.getOrDefault(intent, "[]") + "}");
                return;
            }
            send(exchange, 404, "{\"error\":{}}");
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Bean(destroyMethod = "stop")
    Api fakeStripeApi() throws IOException {
        return new Api();
    }

    @Bean
    @Primary
    EventsProperties testEventsProperties(Api api) {
        return new EventsProperties(null, null, null, 0, null, null,
                new EventsProperties.Stripe("sk_test_fake", WEBHOOK_SECRET, api.base()));
    }
}
