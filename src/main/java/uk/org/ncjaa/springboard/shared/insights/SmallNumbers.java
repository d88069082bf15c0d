package uk.org.ncjaa.springboard.shared.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule for counts of people shown by a category that could single someone out (a region, an
 * outcome): a count from 1 to 4 is hidden. Where only one number of a column would be hidden, the
 * smallest other count above zero is hidden too, or the column's total, shown elsewhere, would give
 * the first away. The same rule as the equality monitoring totals and the mentoring round report.
 */
public final class SmallNumbers {

    /** The smallest count of people shown. */
    public static final int SMALLEST_SHOWN = 5;

    private SmallNumbers() {
    }

    /** The count, or {@code null} where it is from 1 to 4. */
    public static Long shown(long count) {
        return count > 0 && count < SMALLEST_SHOWN ? null : count;
    }

    /**
     * One column of counts with the small ones hidden and, where only one would be, the next
     * smallest above zero hidden with it.
     */
    public static List<Long> column(List<Long> counts) {
        List<Long> shown = new ArrayList<>(counts);
        int hidden = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown(shown.get(i)) == null) {
                shown.set(i, null);
                hidden++;
            }
        }
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < shown.size(); i++) {
                Long count = shown.get(i);
                if (count != null && count > 0 && (smallest < 0 || count < shown.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, null);
            }
        }
        return shown;
    }

    /**
     * Rows whose every column is a count of people, each column hidden by {@link #column}: the
     * labels stay, the numbers from 1 to 4 (and the ones that would give them away) become hidden.
     */
    public static List<Figure.Row> rows(List<Figure.Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        int columns = rows.get(0).values().size();
        List<List<Long>> hidden = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<Long> column = new ArrayList<>();
            for (Figure.Row row : rows) {
                column.add(row.values().get(c));
            }
            hidden.add(column(column));
        }
        List<Figure.Row> result = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Long> values = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                values.add(hidden.get(c).get(r));
            }
            result.add(new Figure.Row(rows.get(r).label(), values));
        }
        return result;
    }
}
