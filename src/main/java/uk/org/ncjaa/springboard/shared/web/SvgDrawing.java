package uk.org.ncjaa.springboard.shared.web;

import java.math.BigDecimal;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The pieces every chart drawn on the server is made of (lines, text, titled pictures) and the
 * round steps of an axis. Charts are written as inline SVG through an XML writer, so every label
 * is escaped and the markup is well formed whatever the data says; they need no fonts or graphics
 * system on the server, unlike a chart library drawing through Java's AWT.
 */
public final class SvgDrawing {

    private SvgDrawing() {
    }

    /**
     * A coordinate to one decimal place, as SVG reads it whatever the server's locale. Written by
     * hand: {@code String.format} parses its pattern on every call, and a dashboard writes some ten
     * thousand coordinates (it was a fifth of the dashboard's time).
     */
    public static String coordinate(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        return (tenths < 0 && whole == 0 ? "-" : "") + whole + "." + Math.abs(tenths % 10);
    }

    /**
     * A round step (1, 2 or 5 times a power of ten) that cuts {@code range} into about
     * {@code parts}; 1 for an empty or negative range.
     */
    public static BigDecimal step(BigDecimal range, int parts) {
        double raw = range.doubleValue() / parts;
        if (!(raw > 0)) {
            return BigDecimal.ONE;
        }
        int exponent = (int) Math.floor(Math.log10(raw));
        double fraction = raw / Math.pow(10, exponent);
        int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    /** An element holding only text, with an id for {@code aria-labelledby}: a picture's title or description. */
    public static void element(XMLStreamWriter out, String name, String id, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeAttribute("id", id);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    public static void line(XMLStreamWriter out, double x1, double y1, double x2, double y2, String stroke, String width,
            String dashes, String cssClass) throws XMLStreamException {
        out.writeEmptyElement("line");
        if (cssClass != null) {
            out.writeAttribute("class", cssClass);
        }
        out.writeAttribute("x1", coordinate(x1));
        out.writeAttribute("y1", coordinate(y1));
        out.writeAttribute("x2", coordinate(x2));
        out.writeAttribute("y2", coordinate(y2));
        out.writeAttribute("stroke", stroke);
        out.writeAttribute("stroke-width", width);
        if (dashes != null) {
            out.writeAttribute("stroke-dasharray", dashes);
        }
    }

    public static void text(XMLStreamWriter out, double x, double y, String text, String anchor, String fill, String weight,
            String cssClass) throws XMLStreamException {
        out.writeStartElement("text");
        if (cssClass != null) {
            out.writeAttribute("class", cssClass);
        }
        out.writeAttribute("x", coordinate(x));
        out.writeAttribute("y", coordinate(y));
        out.writeAttribute("text-anchor", anchor);
        out.writeAttribute("fill", fill);
        if (weight != null) {
            out.writeAttribute("font-weight", weight);
        }
        out.writeCharacters(text);
        out.writeEndElement();
    }

    public static void rect(XMLStreamWriter out, double x, double y, double width, double height, String fill, String cssClass)
            throws XMLStreamException {
        out.writeEmptyElement("rect");
        if (cssClass != null) {
            out.writeAttribute("class", cssClass);
        }
        out.writeAttribute("x", coordinate(x));
        out.writeAttribute("y", coordinate(y));
        out.writeAttribute("width", coordinate(width));
        out.writeAttribute("height", coordinate(height));
        out.writeAttribute("fill", fill);
    }
}
