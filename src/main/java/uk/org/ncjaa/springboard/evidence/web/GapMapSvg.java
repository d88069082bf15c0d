package uk.org.ncjaa.springboard.evidence.web;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.org.ncjaa.springboard.evidence.search.GapMap;
import uk.org.ncjaa.springboard.shared.web.XmlWriters;

/**
 * The evidence-and-gap map as a standalone SVG picture for reports and slides: the same numbers
 * and shades as the table on the site, with a title and description for screen readers.
 */
final class GapMapSvg {

    private static final String[] SHADES = { "#ffffff", "#eef4fa", "#d6e6f4", "#b9d3ec", "#9cc0e3" };
    private static final int CELL = 44;
    private static final int ROW_LABEL = 300;
    private static final int COLUMN_LABEL = 170;
    private static final int TOP = 60;

    private GapMapSvg() {
    }

    static String render(GapMap map, String title) {
        List<GapMap.Row> rows = map.rows();
        int width = ROW_LABEL + map.columns().size() * CELL + 20;
        int gridTop = TOP + COLUMN_LABEL;
        int height = gridTop + rows.size() * CELL + 70;
        StringWriter svg = new StringWriter();
        try {
            XMLStreamWriter out = XmlWriters.to(svg);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("svg");
            out.writeDefaultNamespace("http://www.w3.org/2000/svg");
            out.writeAttribute("width", String.valueOf(width));
            out.writeAttribute("height", String.valueOf(height));
            out.writeAttribute("viewBox", "0 0 " + width + " " + height);
            out.writeAttribute("role", "img");
            out.writeAttribute("aria-labelledby", "map-title map-desc");
            out.writeAttribute("font-family", "Arial, Helvetica, sans-serif");
            out.writeAttribute("font-size", "13");
            element(out, "title", "map-title", title);
            element(out, "desc", "map-desc", map.total() + " entries. Each cell counts the entries on that outcome and "
                    + (map.axis() == GapMap.Axis.ART ? "art form" : "justice setting")
                    + "; a star counts those rated 3 or more for strength. Source: NCJAA Evidence Library.");
            text(out, 10, 24, title, "18", "bold", null);
            text(out, 10, 44, map.total() + " entries · ★ = rated 3 or more · NCJAA Evidence Library", "12", null, null);
            for (int c = 0; c < map.columns().size(); c++) {
                int x = ROW_LABEL + c * CELL + CELL / 2 + 4;
                text(out, x, gridTop - 8, map.columns().get(c).label(), "13", null, "rotate(-60 " + x + " " + (gridTop - 8) + ")");
            }
            for (int r = 0; r < rows.size(); r++) {
                GapMap.Row row = rows.get(r);
                int y = gridTop + r * CELL;
                text(out, ROW_LABEL - 8, y + CELL / 2 + 5, row.outcome().label(), "13", row.group() ? "bold" : null, null, "end");
                for (int c = 0; c < row.cells().size(); c++) {
                    GapMap.Cell cell = row.cells().get(c);
                    int x = ROW_LABEL + c * CELL;
                    out.writeEmptyElement("rect");
                    out.writeAttribute("x", String.valueOf(x));
                    out.writeAttribute("y", String.valueOf(y));
                    out.writeAttribute("width", String.valueOf(CELL));
                    out.writeAttribute("height", String.valueOf(CELL));
                    out.writeAttribute("fill", SHADES[map.shade(cell)]);
                    out.writeAttribute("stroke", "#8a8a8a");
                    String label = cell.count() == 0 ? "0" : cell.count() + (cell.robust() > 0 ? " ★" + cell.robust() : "");
                    text(out, x + CELL / 2, y + CELL / 2 + 5, label, cell.robust() > 0 ? "11" : "13", null, null, "middle",
                            cell.count() == 0 ? "#767676" : "#1d1d1b");
                }
            }
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return svg.toString();
    }

    private static void element(XMLStreamWriter out, String name, String id, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeAttribute("id", id);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static void text(XMLStreamWriter out, int x, int y, String text, String size, String weight, String transform)
            throws XMLStreamException {
        text(out, x, y, text, size, weight, transform, null, null);
    }

    private static void text(XMLStreamWriter out, int x, int y, String text, String size, String weight, String transform, String anchor)
            throws XMLStreamException {
        text(out, x, y, text, size, weight, transform, anchor, null);
    }

    private static void text(XMLStreamWriter out, int x, int y, String text, String size, String weight, String transform, String anchor,
            String fill) throws XMLStreamException {
        out.writeStartElement("text");
        out.writeAttribute("x", String.valueOf(x));
        out.writeAttribute("y", String.valueOf(y));
        out.writeAttribute("font-size", size);
        if (weight != null) {
            out.writeAttribute("font-weight", weight);
        }
        if (transform != null) {
            out.writeAttribute("transform", transform);
        }
        if (anchor != null) {
            out.writeAttribute("text-anchor", anchor);
        }
        if (fill != null) {
            out.writeAttribute("fill", fill);
        }
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
