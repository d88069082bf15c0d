package uk.org.ncjaa.springboard.evidence.imports;

import java.util.List;
import java.util.Map;

/** What an import did, or would do, row by row. */
public record ImportReport(List<Row> rows) {

    public long count(Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    public enum Action { CREATE, ALREADY_PRESENT, REJECTED }

    /**
     * @param line the line in the file, counting the header as line 1
     * @param tags concept labels found, by vocabulary label
     * @param unmapped text no concept matched, by column
     * @param problems why a row was rejected, in plain words
     * @param stored the other fields as the entry will store them (DOI, journal, venues, sample size...), by label
     */
    public record Row(int line, String title, Action action, Map<String, List<String>> tags,
            Map<String, List<String>> unmapped, List<String> problems, Map<String, String> stored) {

        public Row(int line, String title, Action action, Map<String, List<String>> tags, Map<String, List<String>> unmapped,
                List<String> problems) {
            this(line, title, action, tags, unmapped, problems, Map.of());
        }
    }
}
