package uk.org.ncjaa.springboard.insights.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.web.RegionTiles;
import uk.org.ncjaa.springboard.shared.web.SvgDrawing;
import uk.org.ncjaa.springboard.shared.web.XmlWriters;

/**
 * A figure drawn as inline SVG: months as lines, categories as bars. The picture repeats what the
 * table beside it says, so it is named and described for screen readers by its title and a
 * sentence, and its lines differ by dash and marker as well as colour (WCAG 1.4.1); colours are
 * chosen to stand out from white by at least 3 to 1 (WCAG 1.4.11).
 */
final class Charts {

    static final String INK = "#1d1d1b";
    static final String GRID = "#b1b4b6";
    /** Navy, burnt orange, teal and plum: each at least 4.5 to 1 against white. */
    static final String[] COLOURS = { "#1f3d5a", "#a3410d", "#00625e", "#6b2c6b" };
    static final String[] DASHES = { null, "8 4", "2 3", "10 3 2 3" };
    /** More lines than this cannot be told apart: the table holds the rest. */
    static final int MOST_LINES = 4;
    static final int MOST_BARS = 25;

    private static final int WIDTH = 720;
    private static final int LEFT = 64;
    private static final int RIGHT = 700;
    private static final int BAR_LABEL_CHARACTERS = 34;

    private Charts() {
    }

    /** The picture of a figure, or an empty string for a figure shown as a table only or with nothing in it. */
    static String svg(Figure figure, String id) {
        if (figure.empty() || figure.shape() == Figure.Shape.TABLE) {
            return "";
        }
        StringWriter svg = new StringWriter();
        try {
            XMLStreamWriter out = XmlWriters.to(svg);
            if (figure.shape() == Figure.Shape.OVER_TIME) {
                lines(out, figure, id);
            }
            else if (figure.shape() == Figure.Shape.REGIONS) {
                regions(out, figure, id);
            }
            else {
                bars(out, figure, id);
            }
            out.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return svg.toString();
    }

    private static void open(XMLStreamWriter out, String id, int height, String title, String description) throws XMLStreamException {
        open(out, id, WIDTH, height, title, description);
    }

    private static void open(XMLStreamWriter out, String id, int width, int height, String title, String description)
            throws XMLStreamException {
        out.writeStartElement("svg");
        out.writeDefaultNamespace("http://www.w3.org/2000/svg");
        out.writeAttribute("class", "chart");
        out.writeAttribute("width", String.valueOf(width));
        out.writeAttribute("height", String.valueOf(height));
        out.writeAttribute("viewBox", "0 0 " + width + " " + height);
        out.writeAttribute("role", "img");
        out.writeAttribute("aria-labelledby", id + "-title " + id + "-desc");
        out.writeAttribute("font-family", "Arial, Helvetica, sans-serif");
        out.writeAttribute("font-size", "14");
        SvgDrawing.element(out, "title", id + "-title", title);
        SvgDrawing.element(out, "desc", id + "-desc", description);
    }

    /** One line per column across the months, with a legend above. */
    private static void lines(XMLStreamWriter out, Figure figure, String id) throws XMLStreamException {
        int series = Math.min(MOST_LINES, figure.columns().size());
        int legendRows = (series + 1) / 2;
        int top = 16 + legendRows * 22 + 12;
        int plotHeight = 200;
        int bottom = top + plotHeight;
        int height = bottom + 44;
        Scale scale = Scale.of(figure, series);
        open(out, id, height, figure.title(), describeLines(figure, series));

        for (int s = 0; s < series; s++) {
            double x = s % 2 == 0 ? LEFT : LEFT + 320;
            double y = 16 + (s / 2) * 22;
            SvgDrawing.line(out, x, y, x + 36, y, COLOURS[s], "3", DASHES[s], null);
            marker(out, s, x + 18, y);
            SvgDrawing.text(out, x + 44, y + 5, figure.columns().get(s), "start", INK, null, null);
        }
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick.doubleValue(), top, bottom);
            SvgDrawing.line(out, LEFT, y, RIGHT, y, GRID, "1", null, null);
            SvgDrawing.text(out, LEFT - 8, y + 5, number(tick.longValue()), "end", INK, null, null);
        }
        List<Figure.Row> rows = figure.rows();
        // a month's three letters under its point, and the year under the first month and each January; over a year and a half,
        // every second, third... month is named, so the names never run into each other
        int every = Math.max(1, (int) Math.ceil(rows.size() / 18.0));
        String year = null;
        for (int i = 0; i < rows.size(); i++) {
            String[] parts = rows.get(i).label().split(" ", 2);
            String thisYear = parts.length == 2 ? parts[1] : null;
            if (i % every == 0) {
                SvgDrawing.text(out, x(i, rows.size()), bottom + 20, parts[0].length() > 3 ? parts[0].substring(0, 3) : parts[0],
                        "middle", INK, null, null);
            }
            if (thisYear != null && !thisYear.equals(year)) {
                SvgDrawing.text(out, x(i, rows.size()), bottom + 38, thisYear, "middle", INK, "bold", null);
                year = thisYear;
            }
        }
        for (int s = 0; s < series; s++) {
            out.writeStartElement("g");
            out.writeAttribute("class", "series");
            StringBuilder points = new StringBuilder();
            List<double[]> marks = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Long value = rows.get(i).values().get(s);
                if (value == null) {
                    // a hidden number breaks the line rather than being drawn as a guess
                    polyline(out, points, s);
                    points.setLength(0);
                    continue;
                }
                double x = x(i, rows.size());
                double y = scale.y(value, top, bottom);
                points.append(SvgDrawing.coordinate(x)).append(',').append(SvgDrawing.coordinate(y)).append(' ');
                marks.add(new double[] { x, y });
            }
            polyline(out, points, s);
            // markers only where there are few enough months to see them apart
            if (rows.size() <= 36) {
                for (double[] mark : marks) {
                    marker(out, s, mark[0], mark[1]);
                }
            }
            out.writeEndElement();
        }
        SvgDrawing.line(out, LEFT, bottom, RIGHT, bottom, INK, "1", null, null);
        out.writeEndElement();
    }

    private static void polyline(XMLStreamWriter out, CharSequence points, int s) throws XMLStreamException {
        if (points.isEmpty()) {
            return;
        }
        out.writeEmptyElement("polyline");
        out.writeAttribute("points", points.toString().strip());
        out.writeAttribute("fill", "none");
        out.writeAttribute("stroke", COLOURS[s]);
        out.writeAttribute("stroke-width", "2.5");
        if (DASHES[s] != null) {
            out.writeAttribute("stroke-dasharray", DASHES[s]);
        }
    }

    /** A circle, square, triangle or diamond: the second way, after the dashes, to tell lines apart. */
    private static void marker(XMLStreamWriter out, int s, double x, double y) throws XMLStreamException {
        String colour = COLOURS[s];
        switch (s) {
            case 0 -> {
                out.writeEmptyElement("circle");
                out.writeAttribute("cx", SvgDrawing.coordinate(x));
                out.writeAttribute("cy", SvgDrawing.coordinate(y));
                out.writeAttribute("r", "4");
                out.writeAttribute("fill", colour);
            }
            case 1 -> SvgDrawing.rect(out, x - 4, y - 4, 8, 8, colour, null);
            case 2 -> path(out, "M" + SvgDrawing.coordinate(x) + " " + SvgDrawing.coordinate(y - 5) + "L" + SvgDrawing.coordinate(x + 5)
                    + " " + SvgDrawing.coordinate(y + 4) + "L" + SvgDrawing.coordinate(x - 5) + " " + SvgDrawing.coordinate(y + 4) + "Z", colour);
            default -> path(out, "M" + SvgDrawing.coordinate(x) + " " + SvgDrawing.coordinate(y - 5) + "L" + SvgDrawing.coordinate(x + 5)
                    + " " + SvgDrawing.coordinate(y) + "L" + SvgDrawing.coordinate(x) + " " + SvgDrawing.coordinate(y + 5) + "L"
                    + SvgDrawing.coordinate(x - 5) + " " + SvgDrawing.coordinate(y) + "Z", colour);
        }
    }

    private static void path(XMLStreamWriter out, String d, String fill) throws XMLStreamException {
        out.writeEmptyElement("path");
        out.writeAttribute("d", d);
        out.writeAttribute("fill", fill);
    }

    private static double x(int i, int count) {
        return count == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + 12 + i * (RIGHT - LEFT - 24) / (double) (count - 1);
    }

    /** One bar per category for the first column, its number written after it. */
    private static void bars(XMLStreamWriter out, Figure figure, String id) throws XMLStreamException {
        List<Figure.Row> rows = figure.rows().subList(0, Math.min(MOST_BARS, figure.rows().size()));
        int labelWidth = 260;
        int barLeft = labelWidth + 8;
        int barRight = RIGHT - 70;
        int height = 12 + rows.size() * 28;
        long most = rows.stream().map(row -> row.values().get(0)).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        open(out, id, height, figure.title(), describeBars(figure, rows));
        for (int i = 0; i < rows.size(); i++) {
            Figure.Row row = rows.get(i);
            double y = 8 + i * 28;
            SvgDrawing.text(out, labelWidth, y + 15, shorten(row.label()), "end", INK, null, null);
            Long value = row.values().get(0);
            if (value == null) {
                SvgDrawing.text(out, barLeft, y + 15, "hidden (fewer than 5)", "start", INK, null, null);
                continue;
            }
            double length = most <= 0 || value <= 0 ? 0 : Math.max(2, (barRight - barLeft) * (double) value / most);
            SvgDrawing.rect(out, barLeft, y + 2, length, 18, COLOURS[0], null);
            SvgDrawing.text(out, barLeft + length + 6, y + 15, number(value), "start", INK, null, null);
        }
        out.writeEndElement();
    }

    /**
     * One equal square per region, placed roughly where it lies (the Directory's map), shaded by
     * its number and with the number written in it; regions with no place (none given) are in the
     * table only.
     */
    private static void regions(XMLStreamWriter out, Figure figure, String id) throws XMLStreamException {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (Figure.Row row : figure.rows()) {
            if (row.key() != null) {
                labels.put(row.key(), row.label());
                Long value = row.values().get(0);
                if (value == null) {
                    hidden.add(row.key());
                }
                counts.put(row.key(), value == null ? 0L : value);
            }
        }
        List<RegionTiles.Tile> tiles = RegionTiles.layout(labels, counts);
        Figure.Row top = figure.rows().stream().filter(row -> row.key() != null && row.values().get(0) != null)
            .max(java.util.Comparator.comparingLong(row -> row.values().get(0))).orElse(null);
        open(out, id, RegionTiles.width(), RegionTiles.height(), figure.title(), "A tile map: each region an equal square, placed"
                + " roughly where it lies, darker where its number is larger" + (top == null ? "" : "; the largest is " + top.label()
                + " with " + number(top.values().get(0))) + ". Every figure is in the table that follows.");
        for (RegionTiles.Tile tile : tiles) {
            out.writeStartElement("g");
            out.writeEmptyElement("rect");
            out.writeAttribute("x", String.valueOf(tile.x()));
            out.writeAttribute("y", String.valueOf(tile.y()));
            out.writeAttribute("width", String.valueOf(RegionTiles.SIZE));
            out.writeAttribute("height", String.valueOf(RegionTiles.SIZE));
            out.writeAttribute("rx", "6");
            out.writeAttribute("fill", tile.fill());
            out.writeAttribute("stroke", COLOURS[0]);
            for (int i = 0; i < tile.lines().size(); i++) {
                SvgDrawing.text(out, tile.x() + RegionTiles.SIZE / 2.0, tile.y() + 22 + i * 15, tile.lines().get(i), "middle", INK, null,
                        null);
            }
            SvgDrawing.text(out, tile.x() + RegionTiles.SIZE / 2.0, tile.y() + 80, hidden.contains(tile.slug()) ? "hidden"
                    : number(tile.count()), "middle", INK, "bold", null);
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static String shorten(String label) {
        return label.length() <= BAR_LABEL_CHARACTERS ? label : label.substring(0, BAR_LABEL_CHARACTERS - 1).strip() + "…";
    }

    /** What the lines show, in a sentence: each line's highest month and its latest. */
    static String describeLines(Figure figure, int series) {
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            Figure.Row highest = null;
            for (Figure.Row row : figure.rows()) {
                Long value = row.values().get(s);
                if (value != null && (highest == null || value > highest.values().get(s))) {
                    highest = row;
                }
            }
            if (highest != null) {
                parts.add(figure.columns().get(s) + ": highest " + number(highest.values().get(s)) + " in " + highest.label());
            }
        }
        return "A line chart by month from " + figure.rows().get(0).label() + " to " + figure.rows().get(figure.rows().size() - 1).label()
                + ". " + (parts.isEmpty() ? "" : String.join("; ", parts) + ". ") + "Every figure is in the table that follows.";
    }

    static String describeBars(Figure figure, List<Figure.Row> rows) {
        Figure.Row top = rows.stream().filter(row -> row.values().get(0) != null)
            .max(java.util.Comparator.comparingLong(row -> row.values().get(0))).orElse(null);
        return "A bar chart of " + figure.columns().get(0).toLowerCase(Locale.UK) + " by " + figure.rowHeading().toLowerCase(Locale.UK)
                + (top == null ? "" : "; the largest is " + top.label() + " with " + number(top.values().get(0)))
                + ". Every figure is in the table that follows.";
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** The vertical scale: from zero (or the lowest value, when below zero) to a round number above the highest. */
    record Scale(double low, double high, List<BigDecimal> ticks) {

        static Scale of(Figure figure, int series) {
            long min = 0;
            long max = 0;
            for (Figure.Row row : figure.rows()) {
                for (int s = 0; s < series; s++) {
                    Long value = row.values().get(s);
                    if (value != null) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                }
            }
            BigDecimal step = SvgDrawing.step(BigDecimal.valueOf(Math.max(1, max - min)), 4).max(BigDecimal.ONE);
            BigDecimal low = BigDecimal.valueOf(min).divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
            BigDecimal high = BigDecimal.valueOf(max).divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
            if (high.compareTo(low) == 0) {
                high = low.add(step);
            }
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
                ticks.add(tick);
            }
            return new Scale(low.doubleValue(), high.doubleValue(), ticks);
        }

        double y(double value, int top, int bottom) {
            return bottom - (value - low) / (high - low) * (bottom - top);
        }
    }
}
