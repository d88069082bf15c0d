package uk.org.ncjaa.springboard.events.payments;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.org.ncjaa.springboard.events.EventsProperties;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;

/**
 * Card payments through Stripe Checkout. Nothing a webhook says is trusted as it stands: its
 * signature is checked, each of Stripe's events is acted on once (by its id), and the payment and
 * its refunds are fetched from Stripe again before anything changes here.
 */
@Service
public class StripePayments implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(StripePayments.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Stripe's own tolerance for a webhook's timestamp: an older signed message is a replay. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final EventsProperties.Stripe stripe;
    private final Bookings bookings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    StripePayments(EventsProperties properties, Bookings bookings, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${springboard.base-url:http://localhost:8080}") String baseUrl) {
        this.stripe = properties.stripe();
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public Booking.Provider id() {
        return Booking.Provider.STRIPE;
    }

    @Override
    public boolean enabled() {
        return stripe.enabled();
    }

    @Override
    public java.util.Optional<URI> start(Booking booking, String token) {
        return java.util.Optional.of(checkout(booking, token));
    }

    /** Thrown when Stripe cannot be reached or refuses: the booking is not paid, and the person is told to try another way. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Starts a Checkout session for an unpaid booking; returns where to send the booker. */
    public URI checkout(Booking booking, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "payment");
        form.put("client_reference_id", booking.reference());
        form.put("customer_email", booking.bookerEmail());
        form.put("line_items[0][quantity]", String.valueOf(booking.places()));
        form.put("line_items[0][price_data][currency]", "gbp");
        form.put("line_items[0][price_data][unit_amount]", String.valueOf(booking.ticketType().pricePence()));
        form.put("line_items[0][price_data][product_data][name]",
                booking.event().title() + " (" + booking.ticketType().kind().label() + ")");
        form.put("metadata[booking]", booking.reference());
        form.put("success_url", baseUrl + "/bookings/" + token + "?paid");
        form.put("cancel_url", baseUrl + "/bookings/" + token);
        form.put("expires_at", String.valueOf(clock.instant().plus(Duration.ofMinutes(31)).getEpochSecond()));
        JsonNode session = call(HttpRequest.newBuilder(URI.create(stripe.apiBase() + "/v1/checkout/sessions"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Idempotency-Key", "checkout-" + booking.reference())
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        bookings.checkoutStarted(booking.id(), session.path("id").asString());
        return URI.create(session.path("url").asString());
    }

    /** What a webhook delivery led to, for the HTTP answer. */
    public enum Result { HANDLED, DUPLICATE, IGNORED, BAD_SIGNATURE, NOT_AN_EVENT }

    /** Stripe's ids and event types: letters, digits, underscores and dots, nothing a database would refuse. */
    private static final java.util.regex.Pattern STRIPE_WORD = java.util.regex.Pattern.compile("[A-Za-z0-9_.]{1,255}");

    public Result webhook(String payload, String signatureHeader) {
        if (!verified(payload, signatureHeader)) {
            return Result.BAD_SIGNATURE;
        }
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        }
        catch (JacksonException notJson) {
            return Result.NOT_AN_EVENT;
        }
        String id = event.path("id").asString("");
        String type = event.path("type").asString("");
        // signed, but not an event as Stripe sends them: nothing to record or look up
        if (!event.isObject() || !STRIPE_WORD.matcher(id).matches() || !STRIPE_WORD.matcher(type).matches()) {
            return Result.NOT_AN_EVENT;
        }
        JsonNode object = event.path("data").path("object");
        if (alreadyHandled(id)) {
            return Result.DUPLICATE;
        }
        // fetched again from Stripe before anything changes: the webhook only says where to look
        String sessionId;
        String paymentIntent;
        switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
                sessionId = object.path("id").asString();
                paymentIntent = null;
            }
            case "charge.refunded", "refund.created", "refund.updated", "charge.refund.updated" -> {
                sessionId = null;
                paymentIntent = object.path("payment_intent").asString(null);
            }
            default -> {
                record(id, type);
                return Result.IGNORED;
            }
        }
        String reference = sessionId != null ? sessionId : paymentIntent;
        if (reference != null && !STRIPE_WORD.matcher(reference).matches()) {
            // the reference goes into an address at Stripe: only a plain id may
            return Result.NOT_AN_EVENT;
        }
        JsonNode session = sessionId != null ? get("/v1/checkout/sessions/" + sessionId) : sessionFor(paymentIntent);
        if (session == null) {
            record(id, type);
            return Result.IGNORED;
        }
        String paidIntent = session.path("payment_intent").asString(null);
        JsonNode refunds = paidIntent == null ? null : get("/v1/refunds?payment_intent=" + paidIntent + "&limit=100");
        transactions.executeWithoutResult(status -> {
            if (!claim(id, type)) {
                return;
            }
            if ("paid".equals(session.path("payment_status").asString())) {
                bookings.paidByProvider(Booking.Provider.STRIPE, session.path("id").asString(), session.path("amount_total").asInt(),
                        paidIntent);
            }
            if (refunds != null) {
                Long bookingId = jdbc.queryForList("select id from booking where provider = 'STRIPE' and provider_ref = ?", Long.class,
                        session.path("id").asString()).stream().findFirst().orElse(null);
                for (JsonNode refund : refunds.path("data")) {
                    if (bookingId != null && "succeeded".equals(refund.path("status").asString())) {
                        bookings.refunded(Booking.Provider.STRIPE, refund.path("id").asString(), bookingId, refund.path("amount").asInt());
                    }
                }
            }
        });
        return Result.HANDLED;
    }

    /** Stripe's scheme: t=timestamp,v1=HMAC-SHA256(secret, "t.payload") in hex; a v1 of any current secret will do. */
    boolean verified(String payload, String header) {
        if (header == null || payload == null) {
            return false;
        }
        Long timestamp = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].strip().equals("t") && kv[1].strip().matches("\\d{1,12}")) {
                timestamp = Long.parseLong(kv[1].strip());
            }
            else if (kv[0].strip().equals("v1")) {
                signatures.add(kv[1].strip());
            }
        }
        if (timestamp == null || signatures.isEmpty()
                || Math.abs(clock.instant().getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(stripe.webhookSecret(), timestamp + "." + payload);
        for (String signature : signatures) {
            if (signature.matches("[0-9a-fA-F]{64}") && MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
                return true;
            }
        }
        return false;
    }

    static byte[] sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private boolean alreadyHandled(String id) {
        return jdbc.queryForObject("select count(*) from payment_event where provider = 'STRIPE' and event_id = ?", Integer.class, id) > 0;
    }

    private boolean claim(String id, String type) {
        return jdbc.update("""
                insert into payment_event (provider, event_id, kind, received_at) values ('STRIPE', ?, ?, ?) on conflict do nothing
                """, id, type, java.sql.Timestamp.from(clock.instant())) == 1;
    }

    private void record(String id, String type) {
        transactions.executeWithoutResult(status -> claim(id, type));
    }

    private JsonNode sessionFor(String paymentIntent) {
        if (paymentIntent == null) {
            return null;
        }
        JsonNode list = get("/v1/checkout/sessions?payment_intent=" + URLEncoder.encode(paymentIntent, StandardCharsets.UTF_8));
        JsonNode data = list.path("data");
        return data.isArray() && !data.isEmpty() ? data.get(0) : null;
    }

    private JsonNode get(String path) {
        return call(HttpRequest.newBuilder(URI.create(stripe.apiBase() + path)).GET());
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + stripe.secretKey())
                .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("Stripe answered {} to {}", response.statusCode(), response.request().uri().getPath());
                throw new Unavailable("Card payments are not available just now.", null);
            }
            return JSON.readTree(response.body());
        }
        catch (IOException ex) {
            throw new Unavailable("Card payments are not available just now.", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Card payments are not available just now.", ex);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }
}
