package uk.org.ncjaa.springboard.evidence.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file to import as a header and rows of cells, whatever it came as: tab-separated text (the
 * alliance's catalogue format), CSV from a spreadsheet, or RIS from a reference manager.
 *
 * @param lines the line in the file where each row starts, for messages
 */
public record ImportTable(List<String> header, List<List<String>> rows, List<Integer> lines) {

    public enum Format {
        TSV("Tab-separated text"), CSV("CSV"), RIS("RIS");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** From a file name, or else from the content: RIS starts with "TY  -", a tab in the first line means TSV. */
        public static Format guess(String filename, String start) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            if (name.endsWith(".ris") || start.stripLeading().startsWith("TY  -")) {
                return RIS;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            String firstLine = start.lines().findFirst().orElse("");
            return firstLine.contains("\t") ? TSV : CSV;
        }
    }

    public static ImportTable read(Reader reader, Format format) {
        try {
            return switch (format) {
                case TSV -> tsv(reader);
                case CSV -> csv(reader);
                case RIS -> ris(reader);
            };
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Reads a file a few rows at a time, handing each chunk on before reading the next, so a file of
     * any size (a whole library with each report's text) never has to fit in memory. Every chunk
     * carries the header; a file without rows makes one empty chunk. RIS is read whole.
     */
    public static void readInChunks(Reader reader, Format format, int rowsPerChunk, Consumer<ImportTable> chunks) {
        try {
            switch (format) {
                case TSV -> tsv(reader, rowsPerChunk, chunks);
                case CSV -> csv(reader, rowsPerChunk, chunks);
                case RIS -> chunks.accept(ris(reader));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ImportTable tsv(Reader reader) throws IOException {
        List<ImportTable> whole = new ArrayList<>(1);
        tsv(reader, Integer.MAX_VALUE, whole::add);
        return whole.get(0);
    }

    private static void tsv(Reader reader, int rowsPerChunk, Consumer<ImportTable> chunks) throws IOException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean handedOn = false;
        try (BufferedReader in = new BufferedReader(reader, 1 << 16)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (header == null) {
                    header = headerOf(List.of(stripBom(line).split("\t", -1)));
                }
                else if (!line.isBlank()) {
                    rows.add(List.of(line.split("\t", -1)));
                    lines.add(number);
                    if (rows.size() == rowsPerChunk) {
                        chunks.accept(new ImportTable(header, rows, lines));
                        handedOn = true;
                        rows = new ArrayList<>();
                        lines = new ArrayList<>();
                    }
                }
            }
        }
        if (!rows.isEmpty() || !handedOn) {
            chunks.accept(new ImportTable(header == null ? List.of() : header, rows, lines));
        }
    }

    private static ImportTable csv(Reader reader) throws IOException {
        List<ImportTable> whole = new ArrayList<>(1);
        csv(reader, Integer.MAX_VALUE, whole::add);
        return whole.get(0);
    }

    private static void csv(Reader reader, int rowsPerChunk, Consumer<ImportTable> chunks) throws IOException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean handedOn = false;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    List<String> named = new ArrayList<>(cells);
                    if (!named.isEmpty()) {
                        named.set(0, stripBom(named.get(0)));
                    }
                    header = headerOf(named);
                }
                else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(cells);
                    lines.add((int) parser.getCurrentLineNumber());
                    if (rows.size() == rowsPerChunk) {
                        chunks.accept(new ImportTable(header, rows, lines));
                        handedOn = true;
                        rows = new ArrayList<>();
                        lines = new ArrayList<>();
                    }
                }
            }
        }
        catch (java.io.UncheckedIOException | IllegalStateException ex) {
            // an unclosed quote runs to the end of the file: report it rather than fail
            rows.add(List.of("\u0000unreadable: " + ex.getMessage()));
            lines.add(rows.size() + 1);
        }
        if (!rows.isEmpty() || !handedOn) {
            chunks.accept(new ImportTable(header == null ? List.of() : header, rows, lines));
        }
    }

    /** RIS tags mapped onto the catalogue columns; keywords are matched against every vocabulary. */
    private static ImportTable ris(Reader reader) throws IOException {
        List<String> header = List.of("title", "authors", "year", "publisher_or_org", "doc_type", "doi", "isbn", "url", "keywords");
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, List<String>> record = null;
        int start = 0;
        int number = 0;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                line = stripBom(line);
                if (line.length() < 2 || !line.substring(0, 2).matches("[A-Z][A-Z0-9]")) {
                    continue;
                }
                String tag = line.substring(0, 2);
                String value = line.length() > 6 ? line.substring(6).strip() : "";
                if (tag.equals("TY")) {
                    record = new LinkedHashMap<>();
                    start = number;
                    record.computeIfAbsent("TY", t -> new ArrayList<>()).add(value);
                }
                else if (tag.equals("ER") && record != null) {
                    rows.add(risRow(record));
                    lines.add(start);
                    record = null;
                }
                else if (record != null && !value.isEmpty()) {
                    record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
                }
            }
        }
        return new ImportTable(header, rows, lines);
    }

    private static List<String> risRow(Map<String, List<String>> record) {
        String title = first(record, "TI", "T1", "CT", "BT");
        List<String> authors = new ArrayList<>();
        for (String tag : List.of("AU", "A1", "A2")) {
            for (String name : record.getOrDefault(tag, List.of())) {
                // "Surname, Given" becomes "Given Surname", as the catalogue writes names
                String[] parts = name.split(",", 2);
                authors.add(parts.length == 2 && !parts[1].isBlank() ? parts[1].strip() + " " + parts[0].strip() : name.strip());
            }
        }
        String date = first(record, "PY", "Y1", "DA");
        // a year in words ("two thousand and ten", "circa") is passed on as written, so the row is refused with a reason
        String year = date.length() >= 4 && date.substring(0, 4).matches("\\d{4}") ? date.substring(0, 4) : date.strip();
        String type = switch (first(record, "TY")) {
            case "JOUR", "JFULL", "EJOUR" -> "journal article";
            case "BOOK", "EBOOK" -> "book";
            case "CHAP", "ECHAP" -> "book chapter";
            case "THES" -> "thesis";
            case "RPRT", "GOVDOC" -> "report";
            default -> "";
        };
        String keywords = String.join("; ", record.getOrDefault("KW", List.of()));
        return List.of(title, String.join("; ", authors), year, first(record, "PB", "T2", "JO"), type, first(record, "DO"),
                first(record, "SN"), first(record, "UR", "L1"), keywords);
    }

    private static String first(Map<String, List<String>> record, String... tags) {
        for (String tag : tags) {
            List<String> values = record.get(tag);
            if (values != null && !values.isEmpty()) {
                return values.get(0);
            }
        }
        return "";
    }

    private static List<String> headerOf(List<String> cells) {
        return cells.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
