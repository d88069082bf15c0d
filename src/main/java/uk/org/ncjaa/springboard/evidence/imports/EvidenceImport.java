package uk.org.ncjaa.springboard.evidence.imports;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.Finding;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Tagger;
import uk.org.ncjaa.springboard.taxonomy.Tagging;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Bulk import of catalogue records from tab-separated text (the alliance's evidence-records
 * format). Free-text columns are mapped onto the vocabularies; what maps to nothing is kept on
 * the entry for a curator. A dry run reports the same as a real run without writing. Records
 * already present (same DOI, else same normalised title and year) are never created twice.
 */
@Service
public class EvidenceImport {

    static final List<String> REQUIRED = List.of("title");
    static final Map<String, List<Vocabulary>> TAGGED_COLUMNS = new LinkedHashMap<>();

    static {
        TAGGED_COLUMNS.put("doc_type", List.of(Vocabulary.DOCUMENT_TYPE));
        TAGGED_COLUMNS.put("art_form", List.of(Vocabulary.ART_FORM));
        TAGGED_COLUMNS.put("setting", List.of(Vocabulary.SETTING));
        TAGGED_COLUMNS.put("population", List.of(Vocabulary.PARTICIPANT, Vocabulary.AGE_BAND, Vocabulary.GENDER, Vocabulary.GROUP));
        TAGGED_COLUMNS.put("outcomes_studied", List.of(Vocabulary.OUTCOME));
        TAGGED_COLUMNS.put("method", List.of(Vocabulary.STUDY_DESIGN, Vocabulary.METHOD, Vocabulary.LIMITATION));
        TAGGED_COLUMNS.put("region", List.of(Vocabulary.REGION));
        // keywords from a reference manager may name a concept of any vocabulary
        TAGGED_COLUMNS.put("keywords", List.of(Vocabulary.ART_FORM, Vocabulary.SETTING, Vocabulary.PARTICIPANT, Vocabulary.AGE_BAND,
                Vocabulary.GENDER, Vocabulary.GROUP, Vocabulary.OUTCOME, Vocabulary.STUDY_DESIGN, Vocabulary.METHOD, Vocabulary.REGION));
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(ministry|department|university|trust|lab|council|service|institute|centre|center|alliance|clinks"
                    + "|foundation|college|school|office|group|network|charity|ltd|limited|team|unit|prison|hmpps|noms|council)\\b");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final EvidenceRepository entries;
    private final TaxonomyApi taxonomy;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EvidenceImport(EvidenceRepository entries, TaxonomyApi taxonomy, TransactionTemplate transactions, Clock clock) {
        this.entries = entries;
        this.taxonomy = taxonomy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What {@link #run} would do, without writing anything. */
    public ImportReport dryRun(Reader tsv) {
        return dryRun(ImportTable.read(tsv, ImportTable.Format.TSV));
    }

    /** Imports every acceptable row, each in its own transaction; {@code publish} makes new entries public. */
    public ImportReport run(Reader tsv, boolean publish) {
        return run(ImportTable.read(tsv, ImportTable.Format.TSV), publish, done -> { });
    }

    public ImportReport dryRun(ImportTable table) {
        return process(table, false, false, done -> { });
    }

    /** As {@link #run(Reader, boolean)}, telling {@code progress} how many rows are done after each one. */
    public ImportReport run(ImportTable table, boolean publish, IntConsumer progress) {
        return process(table, true, publish, progress);
    }

    private ImportReport process(ImportTable table, boolean write, boolean publish, IntConsumer progress) {
        List<String> header = table.header();
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            return new ImportReport(List.of(new ImportReport.Row(1, null, ImportReport.Action.REJECTED, Map.of(), Map.of(),
                    List.of("The file is empty."))));
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                return new ImportReport(List.of(new ImportReport.Row(1, null, ImportReport.Action.REJECTED, Map.of(), Map.of(),
                        List.of("The header has no '" + column + "' column. Columns found: " + String.join(", ", header)))));
            }
        }
        // the vocabularies are read once per import, not once per row
        Map<Vocabulary, Tagger> taggers = new EnumMap<>(Vocabulary.class);
        Map<Vocabulary, Map<String, ConceptView>> known = new EnumMap<>(Vocabulary.class);
        TAGGED_COLUMNS.values().stream().flatMap(List::stream).distinct().forEach(v -> {
            taggers.put(v, taxonomy.tagger(v));
            known.put(v, bySlug(taxonomy.concepts(v)));
        });

        List<ImportReport.Row> rows = new ArrayList<>();
        Set<String> seenInFile = new HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = table.rows().get(i);
            int line = table.lines().get(i);
            if (cells.size() == 1 && cells.get(0).startsWith("\u0000unreadable")) {
                rows.add(new ImportReport.Row(line, null, ImportReport.Action.REJECTED, Map.of(), Map.of(),
                        List.of("The rest of the file could not be read: check for a quote mark that is never closed.")));
                continue;
            }
            rows.add(processRow(line, header, cells.toArray(String[]::new), taggers, known, seenInFile, write, publish));
            progress.accept(i + 1);
        }
        return new ImportReport(rows);
    }

    private ImportReport.Row processRow(int lineNumber, List<String> header, String[] cells, Map<Vocabulary, Tagger> taggers,
            Map<Vocabulary, Map<String, ConceptView>> known, Set<String> seenInFile, boolean write, boolean publish) {
        List<String> problems = new ArrayList<>();
        if (cells.length != header.size()) {
            problems.add("This row has " + cells.length + " cells but the header has " + header.size()
                    + ". Check for a missing or extra tab.");
            return new ImportReport.Row(lineNumber, null, ImportReport.Action.REJECTED, Map.of(), Map.of(), problems);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), cells[c].strip());
        }
        String title = row.getOrDefault("title", "");
        if (title.isBlank()) {
            problems.add("The title is empty.");
        }
        else if (title.length() > 1000) {
            problems.add("The title is longer than 1,000 characters.");
        }
        Integer year = null;
        String yearText = row.getOrDefault("year", "");
        if (!yearText.isBlank()) {
            if (!YEAR.matcher(yearText).matches() || Integer.parseInt(yearText) < 1800 || Integer.parseInt(yearText) > 2200) {
                problems.add("The year '" + yearText + "' is not a four-digit year.");
            }
            else {
                year = Integer.parseInt(yearText);
            }
        }
        EvidenceEntry.Independence independence = null;
        String independenceText = row.getOrDefault("independence", "");
        if (!independenceText.isBlank()) {
            try {
                independence = EvidenceEntry.Independence.valueOf(independenceText.toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                problems.add("Independence '" + independenceText + "' should be independent, commissioned or internal.");
            }
        }
        String peerText = row.getOrDefault("peer_reviewed", "").toLowerCase(Locale.ROOT);
        if (!peerText.isBlank() && !List.of("yes", "no", "true", "false").contains(peerText)) {
            problems.add("Peer reviewed '" + peerText + "' should be yes or no.");
        }
        List<Finding> findings = findings(row.getOrDefault("findings", ""), taggers.get(Vocabulary.OUTCOME), problems);
        if (!problems.isEmpty()) {
            return new ImportReport.Row(lineNumber, title, ImportReport.Action.REJECTED, Map.of(), Map.of(), problems);
        }

        String key = importKey(row.get("doi"), title, year);
        if (!seenInFile.add(key) || entries.findByImportKey(key).isPresent()) {
            return new ImportReport.Row(lineNumber, title, ImportReport.Action.ALREADY_PRESENT, Map.of(), Map.of(), List.of());
        }

        Map<Vocabulary, List<ConceptView>> tags = new EnumMap<>(Vocabulary.class);
        Map<String, List<String>> unmapped = new LinkedHashMap<>();
        TAGGED_COLUMNS.forEach((column, vocabularies) -> {
            String text = row.get(column);
            if (text == null || text.isBlank()) {
                return;
            }
            Set<String> unmatchedEverywhere = null;
            for (Vocabulary vocabulary : vocabularies) {
                Tagging tagging = taggers.get(vocabulary).tag(text);
                tags.computeIfAbsent(vocabulary, v -> new ArrayList<>()).addAll(tagging.concepts());
                Set<String> unmatched = new LinkedHashSet<>(tagging.unmatched());
                if (unmatchedEverywhere == null) {
                    unmatchedEverywhere = unmatched;
                }
                else {
                    unmatchedEverywhere.retainAll(unmatched);
                }
            }
            if (unmatchedEverywhere != null && !unmatchedEverywhere.isEmpty()) {
                unmapped.put(column, List.copyOf(unmatchedEverywhere));
            }
        });
        tags.values().removeIf(List::isEmpty);
        // an entry about women's prisons is also about prisons: broader concepts come along
        tags.forEach((vocabulary, concepts) -> withAncestors(concepts, known.get(vocabulary)));

        Map<String, List<String>> tagLabels = new LinkedHashMap<>();
        tags.forEach((vocabulary, concepts) -> tagLabels.put(vocabulary.label(),
                concepts.stream().map(ConceptView::label).distinct().toList()));
        if (write) {
            Integer finalYear = year;
            EvidenceEntry.Independence finalIndependence = independence;
            transactions.executeWithoutResult(status -> save(title, key, finalYear, row, tags, unmapped, findings,
                    finalIndependence, publish));
        }
        return new ImportReport.Row(lineNumber, title, ImportReport.Action.CREATE, tagLabels, unmapped, List.of());
    }

    private void save(String title, String key, Integer year, Map<String, String> row, Map<Vocabulary, List<ConceptView>> tags,
            Map<String, List<String>> unmapped, List<Finding> findings, EvidenceEntry.Independence independence, boolean publish) {
        EvidenceEntry entry = new EvidenceEntry(title, entries.freeSlug(title), key, clock);
        List<String> urls = Arrays.stream(row.getOrDefault("url", "").split("\\s;\\s|\\s+"))
            .map(String::strip).filter(u -> u.startsWith("http")).toList();
        String peer = row.getOrDefault("peer_reviewed", "").toLowerCase(Locale.ROOT);
        entry.describe(new EntryDetails(title, year, null, null, row.get("publisher_or_org"),
                peer.isBlank() ? null : peer.equals("yes") || peer.equals("true"), independence, row.get("doi"), row.get("isbn"),
                urls.isEmpty() ? null : urls.get(0), urls.size() > 1 ? urls.subList(1, urls.size()) : List.of(), null, null,
                row.get("programme"), row.get("venues"), null, null, null, dataType(tags), row.get("sample_size"), null, null,
                null, null, row.get("summary"), row.get("key_quote")), clock);
        entry.source(row.get("certainty"));
        entry.record(findings);
        List<Contributor> contributors = new ArrayList<>();
        for (String name : topLevelParts(row.getOrDefault("authors", ""))) {
            contributors.add(new Contributor(name, kind(name), Contributor.Role.AUTHOR));
        }
        for (String name : topLevelParts(row.getOrDefault("publisher_or_org", ""))) {
            contributors.add(new Contributor(name, Contributor.Kind.ORGANISATION, Contributor.Role.PUBLISHER));
        }
        entry.credit(contributors);
        tags.forEach((vocabulary, concepts) -> entry.tag(vocabulary,
                concepts.stream().map(ConceptView::slug).distinct().toList()));
        unmapped.forEach(entry::keepUnmapped);
        entry.rate(tags.getOrDefault(Vocabulary.STUDY_DESIGN, List.of()).stream()
            .filter(design -> design.extra() != null && design.extra().matches("[1-5]"))
            .map(design -> Integer.parseInt(design.extra()))
            .max(Integer::compare)
            .orElse(null));
        if (publish) {
            entry.publish(clock);
        }
        entries.save(entry);
    }

    /** "outcome | direction | effect | metric | time point | confidence", findings separated by "||". */
    private static List<Finding> findings(String text, Tagger outcomes, List<String> problems) {
        List<Finding> findings = new ArrayList<>();
        if (text.isBlank()) {
            return findings;
        }
        for (String part : text.split("\\|\\|")) {
            String[] fields = Arrays.stream(part.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (fields.length != 6) {
                problems.add("The finding '" + part.strip() + "' needs six parts separated by '|': outcome, direction, effect size,"
                        + " metric, time point and confidence.");
                continue;
            }
            List<ConceptView> outcome = outcomes.tag(fields[0]).concepts();
            if (outcome.isEmpty()) {
                problems.add("The finding's outcome '" + fields[0] + "' matches no outcome in the vocabulary.");
                continue;
            }
            var direction = Finding.Direction.parse(fields[1]);
            if (direction.isEmpty()) {
                problems.add("The finding's direction '" + fields[1] + "' should be positive, mixed, no difference, negative or not tested.");
                continue;
            }
            java.math.BigDecimal effect = null;
            if (!fields[2].isEmpty()) {
                try {
                    effect = new java.math.BigDecimal(fields[2]);
                }
                catch (NumberFormatException ex) {
                    problems.add("The finding's effect size '" + fields[2] + "' is not a number.");
                    continue;
                }
            }
            var confidence = Finding.Confidence.parse(fields[5]);
            if (!fields[5].isEmpty() && confidence.isEmpty()) {
                problems.add("The finding's confidence '" + fields[5] + "' should be high, moderate or low.");
                continue;
            }
            findings.add(new Finding(outcome.get(0).slug(), direction.get(), effect, fields[3].isEmpty() ? null : fields[3],
                    fields[4].isEmpty() ? null : fields[4], confidence.orElse(null)));
        }
        return findings;
    }

    /** Qualitative designs make qualitative data; measured designs quantitative; both, mixed. */
    private static EvidenceEntry.DataType dataType(Map<Vocabulary, List<ConceptView>> tags) {
        List<ConceptView> designs = tags.getOrDefault(Vocabulary.STUDY_DESIGN, List.of());
        boolean rated = designs.stream().anyMatch(d -> d.extra() != null && d.extra().matches("[1-5]"));
        boolean qualitative = designs.stream().anyMatch(d -> d.extra() == null || !d.extra().matches("[1-5]"));
        if (designs.isEmpty()) {
            return null;
        }
        return rated && qualitative ? EvidenceEntry.DataType.MIXED : rated ? EvidenceEntry.DataType.QUANTITATIVE
                : EvidenceEntry.DataType.QUALITATIVE;
    }

    private static void withAncestors(List<ConceptView> concepts, Map<String, ConceptView> bySlug) {
        List<ConceptView> ancestors = new ArrayList<>();
        for (ConceptView concept : concepts) {
            String parent = concept.parentSlug();
            for (int depth = 0; parent != null && depth < 10; depth++) {
                ConceptView found = bySlug.get(parent);
                if (found == null) {
                    break;
                }
                if (concepts.stream().noneMatch(c -> c.slug().equals(found.slug()))
                        && ancestors.stream().noneMatch(c -> c.slug().equals(found.slug()))) {
                    ancestors.add(found);
                }
                parent = found.parentSlug();
            }
        }
        concepts.addAll(ancestors);
    }

    public static String importKey(String doi, String title, Integer year) {
        if (doi != null && !doi.isBlank()) {
            return "doi:" + doi.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(dx\\.)?doi\\.org/", "");
        }
        return "title:" + Slugs.of(title) + "|" + (year == null ? "" : year);
    }

    /** Splits "A; B (x; y); C" at the semicolons outside brackets, dropping the bracketed notes. */
    public static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '(') {
                depth++;
            }
            else if (ch == ')') {
                depth = Math.max(0, depth - 1);
            }
            else if (ch == ';' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            }
            else if (depth == 0) {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether a name reads as an organisation's ("Northumbria University") rather than a person's. */
    public static boolean looksLikeOrganisation(String name) {
        return ORGANISATION.matcher(name).find();
    }

    private static Contributor.Kind kind(String name) {
        return ORGANISATION.matcher(name).find() ? Contributor.Kind.ORGANISATION : Contributor.Kind.PERSON;
    }

    private static Map<String, ConceptView> bySlug(List<ConceptView> concepts) {
        Map<String, ConceptView> map = new LinkedHashMap<>();
        concepts.forEach(concept -> map.put(concept.slug(), concept));
        return map;
    }
}
