package uk.org.ncjaa.springboard.events.payments;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.events.EventsProperties;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How an unpaid invoice tells people to pay. The shared test context has no bank details set; the
 * invoice with them set is drawn by an {@link InvoicePdf} made with those settings, so no second
 * application context is started for one setting.
 */
@SpringboardTest
class InvoicePdfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    Bookings bookings;

    @Autowired
    EventsProperties properties;

    @Autowired
    Inbox inbox;

    @Test
    void anInvoicePrintsTheBankDetailsThatAreSetLineByLine() throws Exception {
        String booker = TestAccounts.uniqueEmail("bank");
        Booking booking = bookings.byToken(bookPaidPlace(booker)).orElseThrow();
        EventsProperties.Organisation organisation = properties.organisation();
        EventsProperties withBank = new EventsProperties(properties.offerHold(), properties.invoiceTerm(), properties.reminderBefore(),
                properties.maxPlaces(), properties.lockTimeout(), new EventsProperties.Organisation(organisation.name(),
                        organisation.address(), organisation.charityNumber(), "Account name: NCJAA\nSort code: 12-34-56\nAccount: 12345678"),
                properties.stripe());

        String text = text(new InvoicePdf(withBank, "https://springboard.example.org").render(booking));

        assertThat(text).contains("Account name: NCJAA").contains("Sort code: 12-34-56").contains("Account: 12345678")
            .contains(booking.reference()).doesNotContain("emailed to you").doesNotContain("?");
        assertThat(text.lines().filter(line -> line.contains("Sort code: 12-34-56"))).singleElement().asString()
            .doesNotContain("Account");
    }

    @Test
    void withoutBankDetailsTheInvoiceAndItsEmailSayHowToGetThem() throws Exception {
        String booker = TestAccounts.uniqueEmail("nobank");
        String token = bookPaidPlace(booker);

        String text = text(mvc.perform(get("/bookings/" + token + "/invoice.pdf")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsByteArray());

        assertThat(text).contains("Please pay by").contains("Contact the alliance for our bank details").contains("/contact")
            .doesNotContain("emailed to you");
        assertThat(Inbox.body(inbox.awaitOne(booker, "payment due"))).contains("Contact the alliance for our bank details")
            .doesNotContain("emailed to you");
    }

    /** Books one place on an invoice; the booking's secret link. */
    private String bookPaidPlace(String booker) throws Exception {
        Event event = TestEvents.publish(catalogue, "Invoiced course", 10, Map.of(TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 10)));
        String page = mvc.perform(post("/events/" + event.slug() + "/book").with(csrf()).param("ticket", "non-member").param("places", "1")
                .param("attendees[0].name", "Ann Example").param("bookerName", "Ann Example").param("bookerEmail", booker)
                .param("payment", "INVOICE"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return page.substring("/bookings/".length()).replaceAll("\\?.*", "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
