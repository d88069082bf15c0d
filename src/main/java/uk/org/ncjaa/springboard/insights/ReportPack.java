package uk.org.ncjaa.springboard.insights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.insights.Dashboards.Audience;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The figures of a period ready for a funder's annual return: a ZIP of one CSV per figure with a
 * note on method, and a PDF of the same tables, each under its heading with what it counts and
 * what it hides. Both are made from the dashboards' own figures, so they say what the page says.
 */
@Service
public class ReportPack {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Dashboards dashboards;
    private final Clock clock;

    ReportPack(Dashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    private String heading(Period period) {
        return "Springboard figures, " + DAY.format(period.from()) + " to " + DAY.format(period.to());
    }

    private String made() {
        return "Made on " + MADE.format(LocalDateTime.ofInstant(clock.instant(), Period.UK))
                + " from the National Criminal Justice Arts Alliance's records.";
    }

    /** One CSV per figure, numbered in the dashboard's order, and {@code method.txt} saying what each one counts. */
    public byte[] zip(Audience audience, Period period) {
        List<Dashboards.Computed> sections = dashboards.all(audience, period);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder method = new StringBuilder(heading(period)).append("\r\n").append(made()).append("\r\n\r\n")
                .append("Each CSV file holds one figure. A number written as \"hidden\" is a count from 1 to 4 of people,"
                        + " left out so that nobody can be picked out; where one such count could be worked out from a total,"
                        + " a second is hidden too.\r\n");
            int n = 0;
            for (Dashboards.Computed section : sections) {
                method.append("\r\n").append(section.title()).append("\r\n");
                for (Figure figure : section.figures()) {
                    n++;
                    String name = String.format(Locale.ROOT, "%02d-%s-%s.csv", n, section.id(), figure.id());
                    zip.putNextEntry(new ZipEntry(name));
                    // a byte-order mark, so spreadsheets open the file as UTF-8
                    zip.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                    zip.write(figure.csv().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    method.append("\r\n").append(name).append(": ").append(figure.title()).append("\r\n")
                        .append(figure.method()).append("\r\n");
                }
            }
            zip.putNextEntry(new ZipEntry("method.txt"));
            zip.write(method.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** The same figures as tables in a PDF, A4, each with its heading and method note. */
    public byte[] pdf(Audience audience, Period period) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(heading(period));
            document.getDocumentInformation().setAuthor("National Criminal Justice Arts Alliance");
            Pages pages = new Pages(document);
            pages.line(heading(period), Pages.BOLD, 16);
            pages.gap(4);
            pages.paragraph(made(), Pages.REGULAR, 10);
            pages.paragraph("Counts from 1 to 4 of people are shown as \"hidden\", so that nobody can be picked out; where one"
                    + " such count could be worked out from a total, a second is hidden too. Springboard does not track who"
                    + " opens or clicks a newsletter, and keeps nothing about who searched.", Pages.REGULAR, 10);
            for (Dashboards.Computed section : dashboards.all(audience, period)) {
                pages.gap(14);
                pages.line(section.title(), Pages.BOLD, 14);
                for (Figure figure : section.figures()) {
                    pages.gap(8);
                    pages.paragraph(figure.title(), Pages.BOLD, 11);
                    pages.paragraph(figure.method(), Pages.REGULAR, 9);
                    pages.table(figure);
                }
            }
            pages.close();
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes lines down A4 pages, starting a new page when one is full. */
    private static final class Pages {

        static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        static final float LEFT = 50;
        static final float RIGHT = 545;
        static final float TOP = 790;
        static final float BOTTOM = 50;

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        void gap(float points) {
            y -= points;
        }

        void line(String text, PDType1Font font, float size) throws IOException {
            at(LEFT, text, font, size);
            y -= size * 1.35f;
        }

        private void at(float x, String text, PDType1Font font, float size) throws IOException {
            if (y - size < BOTTOM) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y - size);
            stream.showText(printable(text));
            stream.endText();
        }

        void paragraph(String text, PDType1Font font, float size) throws IOException {
            for (String line : wrap(printable(text), font, size, RIGHT - LEFT)) {
                line(line, font, size);
            }
        }

        /**
         * The figure's table: the row labels in a column of their own, the numbers right-aligned in
         * equal columns beside them; a figure with many columns is set smaller.
         */
        void table(Figure figure) throws IOException {
            int columns = figure.columns().size();
            float size = columns > 5 ? 7 : 9;
            float labelWidth = columns > 5 ? 130 : 190;
            float width = (RIGHT - LEFT - labelWidth) / Math.max(1, columns);
            row(figure.rowHeading(), figure.columns(), BOLD, size, labelWidth, width);
            if (figure.rows().isEmpty()) {
                line("Nothing to count in this period.", REGULAR, size);
            }
            for (Figure.Row row : figure.rows()) {
                List<String> values = new ArrayList<>();
                row.values().forEach(value -> values.add(value == null ? "hidden" : String.format(Locale.UK, "%,d", value)));
                row(row.label(), values, REGULAR, size, labelWidth, width);
            }
        }

        private void row(String label, List<String> cells, PDType1Font font, float size, float labelWidth, float width) throws IOException {
            List<String> labelLines = wrap(printable(label), font, size, labelWidth - 6);
            List<List<String>> cellLines = new ArrayList<>();
            int height = labelLines.size();
            for (String cell : cells) {
                List<String> lines = wrap(printable(cell), font, size, width - 6);
                cellLines.add(lines);
                height = Math.max(height, lines.size());
            }
            if (y - height * size * 1.3f < BOTTOM) {
                newPage();
            }
            float top = y;
            for (int i = 0; i < labelLines.size(); i++) {
                y = top - i * size * 1.3f;
                at(LEFT, labelLines.get(i), font, size);
            }
            for (int c = 0; c < cellLines.size(); c++) {
                List<String> lines = cellLines.get(c);
                float right = LEFT + labelWidth + (c + 1) * width - 4;
                for (int i = 0; i < lines.size(); i++) {
                    y = top - i * size * 1.3f;
                    at(right - font.getStringWidth(lines.get(i)) / 1000 * size, lines.get(i), font, size);
                }
            }
            y = top - height * size * 1.3f - 2;
        }

        private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
                else {
                    current.setLength(0);
                    current.append(tried);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** The standard fonts cover Latin-1 only: anything else prints as a question mark rather than failing. */
        private static String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> out.append(c >= 32 && c < 127 || c >= 160 && c < 256 ? Character.toString(c)
                    : c == '\u2019' || c == '\u2018' ? "'" : c == '\u201C' || c == '\u201D' ? "\""
                    : c == '\u2013' || c == '\u2014' ? "-" : c == '\u2026' ? "..." : "?"));
            return out.toString();
        }
    }
}
