package uk.org.ncjaa.springboard.events.payments;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where Stripe reports payments and refunds. Its signature stands in for a login and a form token. */
@RestController
class StripeWebhookController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripePayments stripe;

    StripeWebhookController(StripePayments stripe) {
        this.stripe = stripe;
    }

    @PostMapping(path = "/payments/stripe/webhook", consumes = "application/json")
    ResponseEntity<String> receive(@RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (!stripe.enabled()) {
            return ResponseEntity.status(404).body("Card payments are not set up.");
        }
        StripePayments.Result result;
        try {
            result = stripe.webhook(payload, signature);
        }
        catch (StripePayments.Unavailable unavailable) {
            // Stripe sends the event again later; by then its API may answer
            return ResponseEntity.status(503).body("Could not confirm the payment with Stripe yet.");
        }
        catch (IllegalArgumentException mismatch) {
            return ResponseEntity.unprocessableContent().body("The payment does not match a booking.");
        }
        if (result == StripePayments.Result.BAD_SIGNATURE) {
            return ResponseEntity.badRequest().body("Signature not valid.");
        }
        if (result == StripePayments.Result.NOT_AN_EVENT) {
            log.warn("Refused a signed Stripe webhook whose body is not an event");
            return ResponseEntity.badRequest().body("The body is not a Stripe event.");
        }
        return ResponseEntity.ok(result.name().toLowerCase(java.util.Locale.ROOT));
    }
}
