package uk.org.ncjaa.springboard.evidence.search;

import java.util.List;

import uk.org.ncjaa.springboard.taxonomy.ConceptView;

/**
 * The evidence-and-gap map: outcomes down the side, art forms or settings across, each cell
 * counting the entries that study both and how many of those are rated 3 or more.
 */
public record GapMap(Axis axis, List<ConceptView> columns, List<Row> rows, long total) {

    public static final int ROBUST_LEVEL = 3;

    public long maxCount() {
        return rows.stream().flatMap(row -> row.cells().stream()).mapToLong(Cell::count).max().orElse(0);
    }

    /** A shade from 0 (no entries) to 4 (the busiest cells), for the colour of a cell. */
    public int shade(Cell cell) {
        long max = maxCount();
        if (cell.count() == 0 || max == 0) {
            return 0;
        }
        return (int) Math.min(4, 1 + (cell.count() * 4 - 1) / max);
    }

    public record Row(ConceptView outcome, boolean group, List<Cell> cells) {
    }

    public record Cell(String columnSlug, long count, long robust) {
    }

    public enum Axis {
        ART("art", "Art forms", "outcome_art", uk.org.ncjaa.springboard.taxonomy.Vocabulary.ART_FORM, Facet.ART_FORM),
        SETTING("setting", "Justice settings", "outcome_setting", uk.org.ncjaa.springboard.taxonomy.Vocabulary.SETTING, Facet.SETTING);

        private final String parameter;
        private final String label;
        private final String field;
        private final uk.org.ncjaa.springboard.taxonomy.Vocabulary vocabulary;
        private final Facet facet;

        Axis(String parameter, String label, String field, uk.org.ncjaa.springboard.taxonomy.Vocabulary vocabulary, Facet facet) {
            this.parameter = parameter;
            this.label = label;
            this.field = field;
            this.vocabulary = vocabulary;
            this.facet = facet;
        }

        public String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }

        String field() {
            return field;
        }

        uk.org.ncjaa.springboard.taxonomy.Vocabulary vocabulary() {
            return vocabulary;
        }

        public Facet facet() {
            return facet;
        }

        public static Axis fromParameter(String value) {
            return SETTING.parameter.equals(value) ? SETTING : ART;
        }
    }
}
