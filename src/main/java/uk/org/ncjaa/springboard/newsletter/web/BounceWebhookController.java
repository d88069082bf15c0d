package uk.org.ncjaa.springboard.newsletter.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.org.ncjaa.springboard.newsletter.domain.MailgunBounces;

/** Where the mail provider reports bounces and complaints. Its signature stands in for a login and a form token. */
@RestController
class BounceWebhookController {

    private final MailgunBounces bounces;

    BounceWebhookController(MailgunBounces bounces) {
        this.bounces = bounces;
    }

    @PostMapping(path = "/newsletter/bounces/mailgun", consumes = "application/json")
    ResponseEntity<String> receive(@RequestBody(required = false) String payload) {
        MailgunBounces.Result result = bounces.receive(payload == null ? "" : payload);
        return switch (result) {
            case NOT_SET_UP -> ResponseEntity.status(404).body("Bounce reports are not set up.");
            // 406 tells the provider not to send it again
            case BAD_SIGNATURE -> ResponseEntity.status(406).body("Signature not valid.");
            case REPLAYED -> ResponseEntity.status(406).body("Already received.");
            case MALFORMED -> ResponseEntity.badRequest().body("Not a bounce report.");
            default -> ResponseEntity.ok(result.name().toLowerCase(java.util.Locale.ROOT));
        };
    }
}
