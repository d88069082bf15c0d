package uk.org.ncjaa.springboard.evidence.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.FindingView;
import uk.org.ncjaa.springboard.evidence.domain.Metric;
import uk.org.ncjaa.springboard.evidence.toolkit.Toolkit;

/**
 * An entry's findings, or an outcome's findings across its studies, measured the same way, to draw on one axis: ratios and differences, or two
 * differences in different units, never share one.
 *
 * @param id unique on the page, for the picture's title and description
 * @param rowsAre what a row stands for, in the picture's title: "outcome", or "study" across studies
 */
record ForestPlot(String id, Metric metric, String rowsAre, List<Row> rows) {

    /** @param level the interval's confidence level in per cent, or null where the study gave no interval */
    record Row(String outcome, String timePoint, BigDecimal effect, BigDecimal lower, BigDecimal upper, Integer level) {

        /** A row whose interval counts only with both bounds, as a finding's does. */
        static Row of(String label, String timePoint, BigDecimal effect, BigDecimal lower, BigDecimal upper, Integer level) {
            boolean interval = lower != null && upper != null;
            return new Row(label, timePoint, effect, interval ? lower : null, interval ? upper : null, interval ? level : null);
        }

        /** Effect, lower and upper bound as the page writes them, with the same decimals. */
        private String[] numbers() {
            return Metric.aligned(effect, lower, upper);
        }

        public String effectText() {
            return numbers()[0];
        }

        public String lowerText() {
            return numbers()[1];
        }

        public String upperText() {
            return numbers()[2];
        }

        public boolean hasInterval() {
            return lower != null;
        }

        /** "0.31 (0.12 to 0.50)", or "0.22" alone. */
        public String estimate() {
            return hasInterval() ? effectText() + " (" + lowerText() + " to " + upperText() + ")" : effectText();
        }

        public String label() {
            return timePoint == null ? outcome : outcome + ", " + timePoint;
        }
    }

    /** One plot for each metric the findings use, in the order the findings first use them. */
    static List<ForestPlot> of(List<FindingView> findings) {
        Plots plots = new Plots("forest-plot-", "outcome");
        for (FindingView finding : findings) {
            if (finding.effectSize() != null) {
                plots.add(finding.measure(), Row.of(finding.outcome(), finding.timePoint(), finding.effectSize(),
                        finding.intervalLower(), finding.intervalUpper(), finding.intervalLevel()));
            }
        }
        return plots.list();
    }

    /**
     * One plot for each metric an outcome's studies use, a row a finding labelled with its study, in
     * the order given (strongest study first): the toolkit's picture across the studies.
     *
     * @param idPrefix keeps the plots' ids apart from any other on the page
     */
    static List<ForestPlot> acrossStudies(List<Toolkit.MeasuredFinding> findings, String idPrefix) {
        Plots plots = new Plots(idPrefix, "study");
        for (Toolkit.MeasuredFinding finding : findings) {
            String study = finding.title() + (finding.year() == null ? "" : " (" + finding.year() + ")");
            plots.add(Metric.of(finding.metric()), Row.of(study, finding.timePoint(), finding.effect(), finding.lower(), finding.upper(),
                    finding.intervalLevel()));
        }
        return plots.list();
    }

    /** Rows gathered by metric, in the order each metric first comes, then numbered into plots. */
    private record Plots(String idPrefix, String rowsAre, Map<Metric, List<Row>> byMetric) {

        Plots(String idPrefix, String rowsAre) {
            this(idPrefix, rowsAre, new LinkedHashMap<>());
        }

        /**
         * A row with no metric has no axis to go on; a ratio is drawn on a log scale, which has no place for zero
         * or below: such a finding stays in the table of findings only.
         */
        void add(Metric metric, Row row) {
            boolean drawable = !metric.equals(Metric.NONE) && (metric.scale() != Metric.Scale.RATIO
                    || row.effect().signum() > 0 && (!row.hasInterval() || row.lower().signum() > 0));
            if (drawable) {
                byMetric.computeIfAbsent(metric, key -> new ArrayList<>()).add(row);
            }
        }

        List<ForestPlot> list() {
            List<ForestPlot> plots = new ArrayList<>();
            byMetric.forEach((metric, rows) -> plots.add(new ForestPlot(idPrefix + (plots.size() + 1), metric, rowsAre, List.copyOf(rows))));
            return plots;
        }
    }

    /** "Cohen's d", "Risk difference (percentage points)". */
    public String title() {
        String label = metric.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** What the first column names: "Outcome", or "Study". */
    public String rowHeading() {
        return Character.toUpperCase(rowsAre.charAt(0)) + rowsAre.substring(1);
    }

    public String svg() {
        return ForestPlotSvg.render(this);
    }
}
