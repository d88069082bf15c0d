package uk.org.ncjaa.springboard.mentoring.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.i18n.Languages;

/** A certificate of participation, one landscape A4 page, for rounds where staff turned them on. */
@Component
public class Certificates {

    private final MessageSource messages;

    Certificates(MessageSource messages) {
        this.messages = messages;
    }

    /** The certificate in English. */
    public byte[] render(Relationships.View view) {
        return render(view, Languages.ENGLISH);
    }

    /**
     * The certificate in a language (English or Welsh): its fixed words and its dates.
     *
     * @throws MentoringException when the round gives none, or the mentoring has not begun
     */
    public byte[] render(Relationships.View view, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (!view.round().certificates()) {
            throw new MentoringException("This round does not give certificates.", "mentoring.problem.noCertificates");
        }
        if (view.match().startedAt() == null) {
            throw new MentoringException("A certificate is given once the mentoring has begun.", "mentoring.problem.certificateBegun");
        }
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(words(locale, "mentoring.certificate.title", view.round().name()));
            document.getDocumentInformation().setAuthor("National Criminal Justice Arts Alliance");
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = landscape.getWidth();
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                centre(text, regular, 14, width, 480, "National Criminal Justice Arts Alliance");
                centre(text, bold, 30, width, 420, words(locale, "mentoring.certificate.heading"));
                centre(text, regular, 14, width, 370, words(locale, "mentoring.certificate.certify"));
                centre(text, bold, 26, width, 325, view.mine().displayName());
                centre(text, regular, 14, width, 280, words(locale, "mentoring.certificate.tookPart",
                        words(locale, "mentoring.role." + view.side().name() + ".lower")));
                centre(text, bold, 18, width, 245, view.round().name());
                String from = day.format(view.match().startedAt().atZone(Rounds.LONDON));
                centre(text, regular, 14, width, 205, view.match().endedAt() == null ? words(locale, "mentoring.certificate.from", from)
                        : words(locale, "mentoring.certificate.fromTo", from, day.format(view.match().endedAt().atZone(Rounds.LONDON))));
                centre(text, regular, 12, width, 120, words(locale, "mentoring.certificate.scheme"));
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String words(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void centre(PDPageContentStream stream, PDType1Font font, float size, float pageWidth, float y, String line)
            throws IOException {
        String printable = printable(line);
        float width = font.getStringWidth(printable) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(Math.max(36, (pageWidth - width) / 2), y);
        stream.showText(printable);
        stream.endText();
    }

    /** The standard fonts cover Latin-1 only: anything else prints as a question mark rather than failing. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 32 && c < 127 || c >= 160 && c < 256 ? Character.toString(c)
                : c == '\u2019' || c == '\u2018' ? "'" : c == '\u2013' || c == '\u2014' ? "-" : "?"));
        return out.toString();
    }
}
