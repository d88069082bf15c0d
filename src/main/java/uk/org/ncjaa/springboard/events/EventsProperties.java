package uk.org.ncjaa.springboard.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bookings behave, bound from {@code springboard.events.*}.
 *
 * @param offerHold how long places offered from the waiting list are held before they pass on
 * @param invoiceTerm how long an invoice may stay unpaid before its places are freed (never after the event starts)
 * @param reminderBefore how long before an event its attendees are reminded
 * @param maxPlaces the most places one booking may take
 * @param lockTimeout how long a booking waits for others booking the same event before asking the person to try again
 * @param organisation who invoices and receipts come from
 * @param stripe card payments; off unless both keys are set
 */
@ConfigurationProperties("springboard.events")
public record EventsProperties(Duration offerHold, Duration invoiceTerm, Duration reminderBefore, int maxPlaces,
        Duration lockTimeout, Organisation organisation, Stripe stripe) {

    public EventsProperties {
        offerHold = offerHold == null ? Duration.ofHours(48) : offerHold;
        invoiceTerm = invoiceTerm == null ? Duration.ofDays(14) : invoiceTerm;
        reminderBefore = reminderBefore == null ? Duration.ofDays(2) : reminderBefore;
        maxPlaces = maxPlaces <= 0 ? 10 : maxPlaces;
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(5) : lockTimeout;
        organisation = organisation == null ? new Organisation(null, null, null, null) : organisation;
        stripe = stripe == null ? new Stripe(null, null, null) : stripe;
    }

    /**
     * The name, address and charity number printed on invoices, and how to pay an invoice.
     *
     * @param bankDetails the account to pay into, one item a line; empty when not set
     */
    public record Organisation(String name, String address, String charityNumber, String bankDetails) {

        public Organisation {
            name = blank(name) ? "National Criminal Justice Arts Alliance" : name;
            address = blank(address) ? "c/o Clinks, Tavis House, 1-6 Tavistock Square, London WC1H 9NA" : address;
            charityNumber = blank(charityNumber) ? "" : charityNumber;
            bankDetails = blank(bankDetails) ? "" : bankDetails.strip();
        }

        /**
         * How to pay an invoice, as the invoice and its email say it: the bank details, or when none
         * are set how to ask for them (the invoice is the only document we send, so it cannot point elsewhere).
         *
         * @param baseUrl the site's address, for its contact page
         */
        public String howToPay(String baseUrl) {
            return bankDetails.isEmpty() ? "Contact the alliance for our bank details, quoting your booking reference: " + baseUrl + "/contact"
                    : bankDetails;
        }
    }

    /**
     * @param secretKey the API key, from the environment only
     * @param webhookSecret the signing secret of the webhook endpoint
     * @param apiBase where the API is (set only to test against a stand-in)
     */
    public record Stripe(String secretKey, String webhookSecret, String apiBase) {

        public Stripe {
            apiBase = blank(apiBase) ? "https://api.stripe.com" : apiBase;
        }

        public boolean enabled() {
            return !blank(secretKey) && !blank(webhookSecret);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
