package uk.org.ncjaa.springboard.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.org.ncjaa.springboard.shared.insights.Figure;

/** A figure's rows as plain lists (label, then numbers), to compare with rows written out by hand. */
public final class FigureRows {

    private FigureRows() {
    }

    public static List<List<Object>> rows(Figure figure) {
        return figure.rows().stream().map(r -> {
            List<Object> row = new ArrayList<>();
            row.add(r.label());
            row.addAll(r.values());
            return row;
        }).toList();
    }

    public static List<Object> row(String label, Long... values) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.addAll(Arrays.asList(values));
        return row;
    }
}
