package uk.org.ncjaa.springboard.events.payments;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.support.FakeStripe;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Card payments end to end against a stand-in for Stripe's API: signed webhook fixtures, a bad
 * signature, a replay, a stale timestamp, and events arriving out of order. Nothing a webhook says
 * is trusted without fetching it again.
 */
@SpringboardTest
class StripeWebhookTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    FakeStripe.Api stripe;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Test
    void aSignedCompletedCheckoutConfirmsTheBookingOnceAndForgeriesAndReplaysChangeNothing() throws Exception {
        String booker = TestAccounts.uniqueEmail("card");
        String session = bookByCard(booker);
        paid(session, "pi_" + System.nanoTime(), 9500);
        String intent = intentOf(session);
        String completed = fixture("checkout.session.completed", "evt_" + System.nanoTime(), session, intent);

        webhook(completed, "t=" + Instant.now().getEpochSecond() + ",v1=" + "0".repeat(64)).andExpect(status().isBadRequest());
        webhook(completed, null).andExpect(status().isBadRequest());
        webhook(completed, signature(completed, Instant.now().minusSeconds(600))).andExpect(status().isBadRequest());
        assertThat(state(session)).isEqualTo("PENDING_PAYMENT");

        webhook(completed, signature(completed, Instant.now())).andExpect(status().isOk()).andExpect(content().string("handled"));
        assertThat(state(session)).isEqualTo("PAID");
        inbox.awaitOne(booker, "Booking confirmed");
        assertThat(jdbc.queryForObject("select invoice_number from booking where provider_ref = ?", Long.class, session)).isNotNull();

        webhook(completed, signature(completed, Instant.now())).andExpect(status().isOk()).andExpect(content().string("duplicate"));
        assertThat(inbox.to(booker).stream().filter(m -> Inbox.subject(m).startsWith("Booking confirmed")).count()).isOne();
    }

    @Test
    void aRefundReportedBeforeThePaymentIsAppliedInOrderAndRecordedOnce() throws Exception {
        String session = bookByCard(TestAccounts.uniqueEmail("refund"));
        String intent = "pi_" + System.nanoTime();
        paid(session, intent, 9500);
        stripe.refunds.put(intent, "[{\"id\":\"re_" + intent + "\",\"amount\":9500,\"status\":\"succeeded\",\"payment_intent\":\"" + intent
                + "\"}]");

        String refunded = fixture("charge.refunded", "evt_r_" + System.nanoTime(), session, intent);
        webhook(refunded, signature(refunded, Instant.now())).andExpect(status().isOk());
        assertThat(state(session)).isEqualTo("REFUNDED");
        assertThat(jdbc.queryForObject("select count(*) from attendee a join booking b on b.id = a.booking_id where b.provider_ref = ? "
                + "and a.active", Integer.class, session)).isZero();

        String completed = fixture("checkout.session.completed", "evt_c_" + System.nanoTime(), session, intent);
        webhook(completed, signature(completed, Instant.now())).andExpect(status().isOk());
        assertThat(state(session)).as("a late 'completed' does not undo the refund").isEqualTo("REFUNDED");

        String again = fixture("charge.refunded", "evt_r2_" + System.nanoTime(), session, intent);
        webhook(again, signature(again, Instant.now())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from refund where provider_id = ?", Integer.class, "re_" + intent)).isOne();
        assertThat(jdbc.queryForObject("select refunded_pence from booking where provider_ref = ?", Integer.class, session)).isEqualTo(9500);
    }

    @Test
    void aPaymentForTheWrongAmountIsRefusedAndLeavesTheBookingUnpaid() throws Exception {
        String session = bookByCard(TestAccounts.uniqueEmail("short"));
        paid(session, "pi_" + System.nanoTime(), 100);
        String completed = fixture("checkout.session.completed", "evt_" + System.nanoTime(), session, intentOf(session));
        webhook(completed, signature(completed, Instant.now())).andExpect(status().isUnprocessableContent());
        assertThat(state(session)).isEqualTo("PENDING_PAYMENT");
    }

    /** Books one £95 place by card; returns the Checkout session the site created. */
    private String bookByCard(String booker) throws Exception {
        Event event = TestEvents.publish(catalogue, "Card", 10, Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 10)));
        int before = stripe.created.size();
        mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "1")
                .param("attendees[0].name", "Payer").param("bookerName", "Payer").param("bookerEmail", booker).param("payment", "STRIPE"))
            .andExpect(status().is3xxRedirection())
            .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("https://checkout.stripe.test/pay/"));
        assertThat(stripe.created).hasSize(before + 1);
        assertThat(stripe.created.get(before)).contains("unit_amount%5D=9500").contains("currency%5D=gbp");
        return jdbc.queryForObject("select provider_ref from booking where booker_email = ?", String.class, booker);
    }

    @Test
    void aSignedBodyThatIsNotAStripeEventIsRefusedAsTheClientsMistake() throws Exception {
        for (String body : new String[] { "not json at all", "{\"id\": \"evt_1\"", "[1, 2, 3]", "\"evt\"",
                "{\"id\": \"evt\\u0000x\", \"type\": \"checkout.session.completed\"}",
                "{\"id\": \"evt_" + System.nanoTime() + "\", \"type\": \"checkout.session.completed\", \"data\": {\"object\": {\"id\": \"../../v1/customers\"}}}" }) {
            webhook(body, signature(body, Instant.now())).andExpect(status().isBadRequest())
                .andExpect(content().string("The body is not a Stripe event."));
        }
    }

    private void paid(String session, String intent, int amount) {
        stripe.sessions.put(session, "{\"id\":\"" + session + "\",\"payment_status\":\"paid\",\"amount_total\":" + amount
                + ",\"currency\":\"gbp\",\"payment_intent\":\"" + intent + "\"}");
    }

    private String intentOf(String session) {
        return stripe.sessions.get(session).replaceAll(".*\"payment_intent\":\"([^\"]+)\".*", "$1");
    }

    private String state(String session) {
        return jdbc.queryForObject("select state from booking where provider_ref = ?", String.class, session);
    }

    private org.springframework.test.web.servlet.ResultActions webhook(String payload, String signature) throws Exception {
        var request = post("/payments/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return mvc.perform(request);
    }

    private static String fixture(String name, String event, String session, String intent) throws Exception {
        try (InputStream in = StripeWebhookTests.class.getResourceAsStream("/stripe/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{event}}", event).replace("{{session}}", session)
                .replace("{{intent}}", intent);
        }
    }

    private static String signature(String payload, Instant at) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(FakeStripe.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signed = at.getEpochSecond() + "." + payload;
        return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
