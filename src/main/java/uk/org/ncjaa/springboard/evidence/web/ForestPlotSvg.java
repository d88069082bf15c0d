package uk.org.ncjaa.springboard.evidence.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.org.ncjaa.springboard.evidence.domain.Metric;
import uk.org.ncjaa.springboard.shared.web.SvgDrawing;
import uk.org.ncjaa.springboard.shared.web.XmlWriters;

/**
 * A forest plot drawn on the server as inline SVG: one row per finding, a square at its effect size,
 * a line across its confidence interval, and a dashed line where there is no effect. Everything is
 * also written in words (the labels, the numbers, the title and description), and colour carries
 * no meaning of its own; the page puts a table of the same numbers beside it.
 */
final class ForestPlotSvg {

    static final String INK = "#1d1d1b";
    static final String MUTED = "#4a4a48";
    static final String NAVY = "#1f3d5a";

    private static final int WIDTH = 760;
    private static final int LABEL_X = 8;
    private static final int PLOT_LEFT = 300;
    private static final int PLOT_RIGHT = 560;
    private static final int VALUE_X = 580;
    private static final int TOP = 44;
    private static final int LINE = 17;
    private static final int LABEL_CHARACTERS = 40;

    private ForestPlotSvg() {
    }

    static String render(ForestPlot plot) {
        Axis axis = Axis.of(plot.metric().scale(), plot.rows());
        List<List<String>> labels = plot.rows().stream().map(ForestPlotSvg::labelLines).toList();
        int height = TOP + labels.stream().mapToInt(lines -> lines.size() * LINE + 14).sum() + 64;
        int axisY = height - 56;
        StringWriter svg = new StringWriter();
        try {
            XMLStreamWriter out = XmlWriters.to(svg);
            out.writeStartElement("svg");
            out.writeDefaultNamespace("http://www.w3.org/2000/svg");
            out.writeAttribute("width", String.valueOf(WIDTH));
            out.writeAttribute("height", String.valueOf(height));
            out.writeAttribute("viewBox", "0 0 " + WIDTH + " " + height);
            out.writeAttribute("role", "img");
            out.writeAttribute("aria-labelledby", plot.id() + "-title " + plot.id() + "-desc");
            out.writeAttribute("font-family", "Arial, Helvetica, sans-serif");
            out.writeAttribute("font-size", "14");
            element(out, "title", plot.id() + "-title", "Forest plot: " + plot.title() + " by " + plot.rowsAre());
            element(out, "desc", plot.id() + "-desc", description(plot));

            text(out, LABEL_X, 18, plot.rowHeading(), "start", INK, "bold");
            text(out, VALUE_X, 18, "Estimate (interval)", "start", INK, "bold");
            double noEffect = axis.x(plot.metric().scale().noEffect());
            text(out, noEffect, 36, "No effect", "middle", MUTED, null);
            line(out, noEffect, TOP - 4, noEffect, axisY, MUTED, "1.5", "6 4", "no-effect");

            int y = TOP;
            for (int i = 0; i < plot.rows().size(); i++) {
                ForestPlot.Row row = plot.rows().get(i);
                List<String> lines = labels.get(i);
                double middle = y + 12;
                out.writeStartElement("g");
                out.writeAttribute("class", "finding");
                for (int l = 0; l < lines.size(); l++) {
                    boolean timePoint = row.timePoint() != null && l == lines.size() - 1;
                    text(out, LABEL_X, y + 17 + l * LINE, lines.get(l), "start", timePoint ? MUTED : INK, null);
                }
                if (row.hasInterval()) {
                    double from = axis.x(row.lower());
                    double to = axis.x(row.upper());
                    line(out, from, middle, to, middle, INK, "2", null, "interval");
                    line(out, from, middle - 6, from, middle + 6, INK, "2", null, null);
                    line(out, to, middle - 6, to, middle + 6, INK, "2", null, null);
                }
                double x = axis.x(row.effect());
                out.writeEmptyElement("rect");
                out.writeAttribute("class", "point");
                out.writeAttribute("x", coordinate(x - 6));
                out.writeAttribute("y", coordinate(middle - 6));
                out.writeAttribute("width", "12");
                out.writeAttribute("height", "12");
                out.writeAttribute("fill", NAVY);
                text(out, VALUE_X, y + 17, row.estimate(), "start", INK, null, "value");
                out.writeEndElement();
                y += lines.size() * LINE + 14;
            }

            line(out, PLOT_LEFT, axisY, PLOT_RIGHT, axisY, INK, "1", null, "axis");
            for (BigDecimal tick : axis.ticks()) {
                double x = axis.x(tick);
                line(out, x, axisY, x, axisY + 6, INK, "1", null, null);
                text(out, x, axisY + 22, Metric.number(tick), "middle", INK, null, "tick");
            }
            text(out, (PLOT_LEFT + PLOT_RIGHT) / 2.0, axisY + 44,
                    plot.title() + (axis.log() ? " (log scale)" : ""), "middle", INK, null);
            out.writeEndElement();
            out.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return svg.toString();
    }

    /** Every finding in words, so the picture says what it shows to those who cannot see it. */
    static String description(ForestPlot plot) {
        List<String> findings = new ArrayList<>();
        for (ForestPlot.Row row : plot.rows()) {
            findings.add(row.label() + ": " + row.effectText() + (row.hasInterval()
                    ? " (" + row.level() + "% confidence interval " + row.lowerText() + " to " + row.upperText() + ")" : ""));
        }
        return plot.rows().size() + (plot.rows().size() == 1 ? " finding" : " findings") + " measured as " + plot.metric().label()
                + ". Each square marks an effect size and the line across it the confidence interval, where the study reported one;"
                + " the dashed line at " + Metric.number(plot.metric().scale().noEffect()) + " marks no effect. "
                + String.join("; ", findings) + ".";
    }

    /** The outcome, wrapped to fit its column, then the time point on a line of its own. */
    static List<String> labelLines(ForestPlot.Row row) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : row.outcome().split("\\s+")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > LABEL_CHARACTERS) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(word);
        }
        lines.add(current.toString());
        if (row.timePoint() != null) {
            lines.add(row.timePoint());
        }
        return lines;
    }

    /**
     * Where values fall across the plot: differences on a linear scale, ratios on a log scale (so
     * that halving and doubling lie equally far from 1), from a round number below to one above
     * every value and the line of no effect.
     */
    record Axis(double low, double high, boolean log, List<BigDecimal> ticks) {

        static Axis of(Metric.Scale scale, List<ForestPlot.Row> rows) {
            BigDecimal min = scale.noEffect();
            BigDecimal max = scale.noEffect();
            for (ForestPlot.Row row : rows) {
                for (BigDecimal value : new BigDecimal[] { row.effect(), row.lower(), row.upper() }) {
                    if (value != null) {
                        min = min.min(value);
                        max = max.max(value);
                    }
                }
            }
            return scale == Metric.Scale.RATIO ? ratios(min, max) : differences(min, max);
        }

        private static Axis differences(BigDecimal min, BigDecimal max) {
            BigDecimal step = step(max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min));
            BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
            // the line of no effect is never drawn on the plot's edge
            low = low.signum() == 0 ? step.negate() : low;
            high = high.signum() == 0 ? step : high;
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
                ticks.add(tick);
            }
            return new Axis(low.doubleValue(), high.doubleValue(), false, ticks);
        }

        /** A round step that cuts the range into about four. */
        private static BigDecimal step(BigDecimal range) {
            return SvgDrawing.step(range, 4);
        }

        private static Axis ratios(BigDecimal min, BigDecimal max) {
            Axis axis = ratios(min, max, new int[] { 1, 2, 5 });
            // a wide range is marked at powers of ten only
            return axis.ticks().size() > 7 ? ratios(min, max, new int[] { 1 }) : axis;
        }

        private static Axis ratios(BigDecimal min, BigDecimal max, int[] mantissas) {
            List<BigDecimal> candidates = new ArrayList<>();
            for (int exponent = -4; exponent <= 4; exponent++) {
                for (int mantissa : mantissas) {
                    candidates.add(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent));
                }
            }
            // the nearest candidates outside every value, and at least halving and doubling
            BigDecimal low = min;
            BigDecimal high = max;
            for (BigDecimal candidate : candidates) {
                low = candidate.compareTo(min) <= 0 ? candidate : low;
            }
            for (int i = candidates.size() - 1; i >= 0; i--) {
                high = candidates.get(i).compareTo(max) >= 0 ? candidates.get(i) : high;
            }
            low = low.min(new BigDecimal("0.5"));
            high = high.max(new BigDecimal("2"));
            BigDecimal from = low;
            BigDecimal to = high;
            List<BigDecimal> ticks = candidates.stream().filter(c -> c.compareTo(from) >= 0 && c.compareTo(to) <= 0).toList();
            return new Axis(Math.log10(low.doubleValue()), Math.log10(high.doubleValue()), true, ticks);
        }

        double x(BigDecimal value) {
            double v = log ? Math.log10(value.doubleValue()) : value.doubleValue();
            return PLOT_LEFT + (v - low) / (high - low) * (PLOT_RIGHT - PLOT_LEFT);
        }
    }

    private static String coordinate(double value) {
        return SvgDrawing.coordinate(value);
    }

    private static void element(XMLStreamWriter out, String name, String id, String text) throws XMLStreamException {
        SvgDrawing.element(out, name, id, text);
    }

    private static void line(XMLStreamWriter out, double x1, double y1, double x2, double y2, String stroke, String width, String dashes,
            String cssClass) throws XMLStreamException {
        SvgDrawing.line(out, x1, y1, x2, y2, stroke, width, dashes, cssClass);
    }

    private static void text(XMLStreamWriter out, double x, double y, String text, String anchor, String fill, String weight)
            throws XMLStreamException {
        SvgDrawing.text(out, x, y, text, anchor, fill, weight, null);
    }

    private static void text(XMLStreamWriter out, double x, double y, String text, String anchor, String fill, String weight,
            String cssClass) throws XMLStreamException {
        SvgDrawing.text(out, x, y, text, anchor, fill, weight, cssClass);
    }
}
