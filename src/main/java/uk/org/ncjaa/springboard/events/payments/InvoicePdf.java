package uk.org.ncjaa.springboard.events.payments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.events.EventsProperties;
import uk.org.ncjaa.springboard.events.domain.Attendee;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Dates;
import uk.org.ncjaa.springboard.events.domain.Money;

/** An invoice (before payment) or a receipt (after), as a one-page PDF with a sequential number. */
@Component
public class InvoicePdf {

    private final EventsProperties.Organisation organisation;
    private final String baseUrl;

    InvoicePdf(EventsProperties properties, @Value("${springboard.base-url:http://localhost:8080}") String baseUrl) {
        this.organisation = properties.organisation();
        this.baseUrl = baseUrl;
    }

    public byte[] render(Booking booking) {
        boolean receipt = booking.paidAt() != null;
        String title = receipt ? "Receipt" : "Invoice";
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] { title + " number", String.format("%06d", booking.invoiceNumber()) });
        lines.add(new String[] { "Date", Dates.day(receipt ? booking.paidAt() : booking.createdAt(), java.util.Locale.UK) });
        lines.add(new String[] { "Booking reference", booking.reference() });
        lines.add(new String[] { "Billed to", booking.bookerName() + (booking.bookerOrg() == null ? "" : ", " + booking.bookerOrg()) });
        lines.add(new String[] { "Email", booking.bookerEmail() });
        lines.add(new String[] { "", "" });
        lines.add(new String[] { "Event", booking.event().title() });
        lines.add(new String[] { "When", Dates.range(booking.event().startsAt(), booking.event().endsAt(), java.util.Locale.UK) });
        lines.add(new String[] { booking.places() + " x " + booking.ticketType().kind().label(),
            Money.format(booking.ticketType().pricePence()) + " each" });
        for (Attendee attendee : booking.attendees()) {
            lines.add(new String[] { "", attendee.name() });
        }
        lines.add(new String[] { "Total", Money.format(booking.totalPence()) });
        if (booking.refundedPence() > 0) {
            lines.add(new String[] { "Refunded", Money.format(booking.refundedPence()) });
        }
        if (receipt) {
            lines.add(new String[] { "Paid", Dates.day(booking.paidAt(), java.util.Locale.UK) });
        }
        else if (booking.expiresAt() != null) {
            lines.add(new String[] { "Please pay by", Dates.day(booking.expiresAt(), java.util.Locale.UK) });
            // one row a line: the standard fonts have no line break, and bank details are written a line an item
            String label = "How to pay";
            for (String line : organisation.howToPay(baseUrl).split("\\R")) {
                lines.add(new String[] { label, line.strip() });
                label = "";
            }
            lines.add(new String[] { "Payment reference", booking.reference() });
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title + " " + booking.reference());
            info.setAuthor(organisation.name());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = 780;
                y = write(text, bold, 18, 56, y, organisation.name());
                for (String line : organisation.address().split("\\R|, ")) {
                    y = write(text, regular, 10, 56, y, line);
                }
                if (!organisation.charityNumber().isBlank()) {
                    y = write(text, regular, 10, 56, y, "Registered charity " + organisation.charityNumber());
                }
                y -= 24;
                y = write(text, bold, 22, 56, y, title);
                y -= 8;
                for (String[] line : lines) {
                    write(text, bold, 11, 56, y, line[0]);
                    for (String part : wrap(line[1], 60)) {
                        y = write(text, regular, 11, 220, y, part);
                    }
                    if (line[1].isEmpty()) {
                        y -= 16;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static float write(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(text));
        stream.endText();
        return y - size * 1.45f;
    }

    /** The standard fonts cover Latin-1 only: anything else prints as a question mark rather than failing. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c == '£' || c >= 32 && c < 127 || c >= 160 && c < 256 ? Character.toString(c)
                : c == '\u2019' || c == '\u2018' ? "'" : c == '\u201C' || c == '\u201D' ? "\"" : c == '\u2013' || c == '\u2014' ? "-" : "?"));
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
