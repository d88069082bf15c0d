package uk.org.ncjaa.springboard.evidence.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.FindingView;
import uk.org.ncjaa.springboard.evidence.domain.Finding;
import uk.org.ncjaa.springboard.evidence.domain.Metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForestPlotSvgTests {

    /** The attributes each element may carry: all of them valid on inline SVG in HTML. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "svg", Set.of("xmlns", "width", "height", "viewBox", "role", "aria-labelledby", "font-family", "font-size"),
            "title", Set.of("id"),
            "desc", Set.of("id"),
            "g", Set.of("class"),
            "line", Set.of("class", "x1", "y1", "x2", "y2", "stroke", "stroke-width", "stroke-dasharray"),
            "rect", Set.of("class", "x", "y", "width", "height", "fill"),
            "text", Set.of("class", "x", "y", "text-anchor", "fill", "font-weight"));

    private static final List<FindingView> FINDINGS = List.of(
            finding("Mental wellbeing", "0.31", "Cohen's d", "0.12", "0.5"),
            finding("Proven reoffending", "-4.3", "percentage points", "-7.6", "-1"),
            finding("Emotional regulation", "0.22", "Cohen's d", null, null),
            finding("Adjudications and behaviour in custody", "0.72", "rate ratio", "0.55", "0.94"),
            finding("Compliance with the regime or order", "1.35", "odds ratio", "1.02", "1.79"),
            finding("Teamwork", null, null, null, null),
            finding("Hope", "0.4", null, null, null),
            finding("Self-esteem", "-0.12", "odds ratio", null, null));

    @Test
    void givesEachMetricItsOwnPlotAndLeavesOutWhatCannotBeDrawn() {
        List<ForestPlot> plots = ForestPlot.of(FINDINGS);
        assertThat(plots).extracting(ForestPlot::title)
            .containsExactly("Cohen's d", "Risk difference (percentage points)", "Rate ratio", "Odds ratio");
        assertThat(plots).extracting(ForestPlot::id).doesNotHaveDuplicates();
        assertThat(plots.get(0).rows()).extracting(ForestPlot.Row::outcome).containsExactly("Mental wellbeing", "Emotional regulation");
        assertThat(plots.get(3).rows()).as("a ratio below zero has no place on a log scale").extracting(ForestPlot.Row::outcome)
            .containsExactly("Compliance with the regime or order");
    }

    @Test
    void drawsAnAccessiblePictureWithAPointForEachFinding() throws Exception {
        ForestPlot plot = ForestPlot.of(FINDINGS).get(0);
        Element svg = parse(plot.svg());
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("forest-plot-1-title forest-plot-1-desc");
        assertThat(first(svg, "title").getAttribute("id")).isEqualTo("forest-plot-1-title");
        assertThat(first(svg, "title").getTextContent()).isEqualTo("Forest plot: Cohen's d by outcome");
        assertThat(first(svg, "desc").getAttribute("id")).isEqualTo("forest-plot-1-desc");
        assertThat(first(svg, "desc").getTextContent()).contains("2 findings measured as Cohen's d")
            .contains("Mental wellbeing, end of programme: 0.31 (95% confidence interval 0.12 to 0.50)")
            .contains("Emotional regulation, end of programme: 0.22.")
            .contains("dashed line at 0 marks no effect");
        assertThat(withClass(svg, "rect", "point")).hasSize(2);
        assertThat(withClass(svg, "line", "interval")).as("only the finding with an interval has a line").hasSize(1);
        assertThat(withClass(svg, "text", "value")).extracting(Element::getTextContent).containsExactly("0.31 (0.12 to 0.50)", "0.22");
        assertThat(text(svg)).contains("Mental wellbeing").contains("end of programme").contains("No effect").contains("Cohen's d");
    }

    @Test
    void putsEachPointInsideItsIntervalAndNoEffectAtZeroForDifferences() throws Exception {
        Element svg = parse(ForestPlot.of(FINDINGS).get(1).svg());
        double noEffect = x1(withClass(svg, "line", "no-effect").get(0));
        Element interval = withClass(svg, "line", "interval").get(0);
        double point = centre(withClass(svg, "rect", "point").get(0));
        assertThat(point).isBetween(x1(interval), Double.parseDouble(interval.getAttribute("x2")));
        assertThat(point).as("a fall sits left of no effect").isLessThan(noEffect);
        assertThat(tickX(svg, "0")).isCloseTo(noEffect, within(0.2));
        assertThat(text(svg)).doesNotContain("log scale");
    }

    @Test
    void drawsRatiosOnALogScaleWithNoEffectAtOne() throws Exception {
        Element svg = parse(ForestPlot.of(FINDINGS).get(2).svg());
        double one = tickX(svg, "1");
        assertThat(x1(withClass(svg, "line", "no-effect").get(0))).isCloseTo(one, within(0.2));
        assertThat(one - tickX(svg, "0.5")).as("halving and doubling lie equally far from 1").isCloseTo(tickX(svg, "2") - one, within(0.2));
        assertThat(centre(withClass(svg, "rect", "point").get(0))).as("0.72 is below 1").isLessThan(one);
        assertThat(text(svg)).contains("Rate ratio (log scale)");
        assertThat(first(svg, "desc").getTextContent()).contains("dashed line at 1 marks no effect");
    }

    @Test
    void usesOnlyValidAttributesAndEscapesText() throws Exception {
        FindingView odd = new FindingView("Scores <on> \"tests\" & more", "x", Finding.Direction.POSITIVE, new BigDecimal("0.3"), "d",
                null, null, null, null, null);
        String drawn = ForestPlot.of(List.of(odd)).get(0).svg();
        assertThat(drawn).doesNotStartWith("<?xml").startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        Element svg = parse(drawn);
        assertThat(text(svg)).contains("Scores <on> \"tests\" & more");
        for (Element element : all(svg)) {
            assertThat(ALLOWED).as("element %s", element.getTagName()).containsKey(element.getTagName());
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                assertThat(ALLOWED.get(element.getTagName())).as("attribute on %s", element.getTagName())
                    .contains(element.getAttributes().item(i).getNodeName());
            }
        }
    }

    @Test
    void wrapsALongOutcomeAndPutsTheTimePointOnItsOwnLine() {
        ForestPlot.Row row = new ForestPlot.Row("Progression to education, training or employment", "12 months", BigDecimal.ONE, null, null,
                null);
        assertThat(ForestPlotSvg.labelLines(row)).containsExactly("Progression to education, training or", "employment", "12 months");
    }

    @Test
    void choosesRoundTicksAroundEveryValue() {
        var axis = ForestPlotSvg.Axis.of(Metric.Scale.DIFFERENCE, List.of(
                new ForestPlot.Row("A", null, new BigDecimal("0.31"), new BigDecimal("0.12"), new BigDecimal("0.5"), 95)));
        assertThat(axis.ticks()).extracting(Metric::number).containsExactly("-0.2", "0", "0.2", "0.4", "0.6");
        var wide = ForestPlotSvg.Axis.of(Metric.Scale.RATIO, List.of(
                new ForestPlot.Row("A", null, new BigDecimal("3"), new BigDecimal("0.03"), new BigDecimal("300"), 95)));
        assertThat(wide.ticks()).extracting(Metric::number).containsExactly("0.01", "0.1", "1", "10", "100", "1000");
    }

    private static FindingView finding(String outcome, String effect, String metric, String lower, String upper) {
        return new FindingView(outcome, outcome.toLowerCase().replace(' ', '-'), Finding.Direction.POSITIVE,
                effect == null ? null : new BigDecimal(effect), metric, "end of programme", null,
                lower == null ? null : new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), lower == null ? null : 95);
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static Element first(Element svg, String name) {
        return (Element) svg.getElementsByTagName(name).item(0);
    }

    private static List<Element> all(Element svg) {
        List<Element> elements = new ArrayList<>(List.of(svg));
        NodeList nodes = svg.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> withClass(Element svg, String name, String cssClass) {
        return all(svg).stream().filter(e -> e.getTagName().equals(name) && e.getAttribute("class").equals(cssClass)).toList();
    }

    private static String text(Element svg) {
        return String.join(" ", all(svg).stream().filter(e -> e.getTagName().equals("text")).map(Element::getTextContent).toList());
    }

    private static double x1(Element line) {
        return Double.parseDouble(line.getAttribute("x1"));
    }

    private static double centre(Element rect) {
        return Double.parseDouble(rect.getAttribute("x")) + Double.parseDouble(rect.getAttribute("width")) / 2;
    }

    private static double tickX(Element svg, String label) {
        return withClass(svg, "text", "tick").stream().filter(t -> t.getTextContent().equals(label)).findFirst()
            .map(t -> Double.parseDouble(t.getAttribute("x"))).orElseThrow(() -> new AssertionError("no tick " + label));
    }
}
