package uk.org.ncjaa.springboard.evidence.exports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import uk.org.ncjaa.springboard.evidence.domain.Contributor.Role;
import uk.org.ncjaa.springboard.evidence.domain.Container;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceStatus;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncjaa.springboard.evidence.exports.EntryViewMother.concept;
import static uk.org.ncjaa.springboard.evidence.exports.EntryViewMother.details;
import static uk.org.ncjaa.springboard.evidence.exports.EntryViewMother.entry;
import static uk.org.ncjaa.springboard.evidence.exports.EntryViewMother.withContainer;

/**
 * Reads every export back with citation-js, the parser behind several reference tools, run in GraalJS so
 * that no Node is needed; the CSV is read back with Jackson's CSV parser.
 */
class CitationFormatsTests {

    private static final String SITE = "https://springboard.example/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String REIMAGINING_TITLE = "Re-imagining futures: Exploring arts interventions and the process of desistance";

    private static final String PROTOCOL_TITLE = "PROTOCOL: Arts-based interventions for offenders in secure criminal justice "
            + "settings to improve rehabilitation outcomes: An evidence and gap map";

    private static final String ESCAPES_TITLE = "Arts & justice – what changed? A 40% fall in adjudications after Müller's "
            + "workshops in Weißwasser";

    private static final String ESCAPES_SUMMARY = "=HYPERLINK(\"https://example.org\",\"click\") stays text: \"quoted\", "
            + "50% off, $5, #1, a_b, {braces}, ~tilde, ^caret and \\backslash;\nsecond line.";

    /** A real report. */
    private static final EntryView REIMAGINING = entry("re-imagining-futures-2013",
            details(REIMAGINING_TITLE, 2013, null, null, "Arts Alliance", null, null,
                    "https://artsincriminaljustice.org.uk/?p=3265",
                    "A 2013 research report for the Arts Alliance on visual art, music and creative writing in prisons and "
                            + "community settings, and how arts projects relate to desistance."),
            List.of("Charlotte Bilby", "Laura Caulfield", "Louise Ridley"), List.of("Arts Alliance"),
            List.of("Arts Alliance"), null, concept(Vocabulary.STUDY_DESIGN, "Qualitative study"),
            Map.of(Vocabulary.DOCUMENT_TYPE, List.of("Independent evaluation"),
                    Vocabulary.ART_FORM, List.of("Visual arts", "Music", "Creative writing"),
                    Vocabulary.SETTING, List.of("Adult prison (men)", "Community (after release)"),
                    Vocabulary.OUTCOME, List.of("Desistance", "Self-esteem")));

    /** A real journal article, whose publisher field names the journal. */
    private static final EntryView PROTOCOL = entry("arts-based-interventions-egm-protocol-2022",
            details(PROTOCOL_TITLE, 2022, null, null, "Campbell Systematic Reviews", "10.1002/cl2.1255", null, null,
                    "The protocol for an evidence and gap map of arts-based interventions in secure settings."),
            List.of("Jacqueline Tallent", "Jes Phillips", "Esther Coren"), List.of(), List.of(), null,
            concept(Vocabulary.STUDY_DESIGN, "Evidence and gap map"),
            Map.of(Vocabulary.DOCUMENT_TYPE, List.of("Journal article", "Protocol"),
                    Vocabulary.ART_FORM, List.of("Multi-arts")));

    /** Invented, to exercise escaping: an organisation author, LaTeX specials, non-ASCII letters and a formula. */
    private static final EntryView ESCAPES = entry("arts-and-justice-2019",
            details(ESCAPES_TITLE, 2019, 3, 4, "Verlag für Kunst & Recht", "10.5555/arts_justice-2019(03)", "978-3-16-148410-0",
                    "https://example.org/reports/arts_justice%202019.pdf#page=2", ESCAPES_SUMMARY),
            List.of("Jürgen Müller", "Arts & Justice Collective"), List.of("Arts & Justice Collective"), List.of(), 2,
            concept(Vocabulary.STUDY_DESIGN, "Before-and-after without comparison"),
            Map.of(Vocabulary.DOCUMENT_TYPE, List.of("Book or chapter"),
                    Vocabulary.SETTING, List.of("Secure hospital"),
                    Vocabulary.OUTCOME, List.of("Adjudications and behaviour in custody")));

    private static final List<EntryView> ENTRIES = List.of(REIMAGINING, PROTOCOL, ESCAPES);

    private static Context js;

    /** (text, forceType) => JSON of {items: CSL-JSON as citation-js read it, warnings: what it logged}. */
    private static Value read;

    @BeforeAll
    static void loadCitationJs() throws IOException {
        String bundle;
        try (InputStream in = CitationFormatsTests.class.getResourceAsStream("/citation-js/citation-js.js")) {
            if (in == null) {
                throw new IllegalStateException("citation-js/citation-js.js is missing from the test resources");
            }
            bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        js.eval(Source.newBuilder("js", bundle, "citation-js.js").build());
        read = js.eval("js", """
                (() => {
                  const warnings = [];
                  citationJs.logger._console = { log: (...parts) => warnings.push(parts.join(' ')) };
                  citationJs.logger.level = 'warn';
                  const bibtex = citationJs.plugins.config.get('@bibtex');
                  return (text, type) => {
                    warnings.length = 0;
                    // read as BibTeX, entries must carry the fields BibTeX requires for their type (biblatex's
                    // check knows no aliases such as journal for journaltitle, so it stays off)
                    bibtex.parse.strict = type === '@bibtex/text';
                    const items = citationJs.plugins.input.chain(text, { forceType: type, generateGraph: false });
                    return JSON.stringify({ items, warnings });
                  };
                })()
                """);
        assertThat(read.canExecute()).as("citation-js loaded").isTrue();
    }

    @AfterAll
    static void closeCitationJs() {
        if (js != null) {
            js.close();
        }
    }

    @Test
    void risIsReadAsOneRecordPerEntry() {
        String ris = CitationFormats.ris(ENTRIES, SITE);

        assertThat(ris.replace("\r\n", "")).as("CRLF line endings only").doesNotContain("\n").doesNotContain("\r");
        assertThat(ris).startsWith("TY  - RPRT\r\nTI  - " + REIMAGINING_TITLE + "\r\nAU  - Bilby, Charlotte\r\n")
            .contains("UR  - https://artsincriminaljustice.org.uk/?p=3265\r\nN1  - Evidence Library entry: https://springboard.example/evidence/re-imagining-futures-2013\r\n")
            .contains("AU  - Müller, Jürgen\r\nAU  - Arts & Justice Collective\r\n")
            .contains("DA  - 2019/03/04/\r\n")
            .contains("SN  - 978-3-16-148410-0\r\n");

        List<JsonNode> items = citationJs(ris, "@ris/file");

        assertThat(items).hasSize(3);
        JsonNode reimagining = items.get(0);
        assertThat(reimagining.path("type").asString()).isEqualTo("report");
        assertThat(reimagining.path("title").asString()).isEqualTo(REIMAGINING_TITLE);
        assertThat(families(reimagining)).containsExactly("Bilby", "Caulfield", "Ridley");
        assertThat(givens(reimagining)).containsExactly("Charlotte", "Laura", "Louise");
        assertThat(dateParts(reimagining)).containsExactly(2013);
        assertThat(reimagining.path("publisher").asString()).isEqualTo("Arts Alliance");
        assertThat(reimagining.path("URL").asString()).as("the document's address, as in the other formats")
            .isEqualTo("https://artsincriminaljustice.org.uk/?p=3265");
        assertThat(reimagining.path("note").asString())
            .isEqualTo("Evidence Library entry: https://springboard.example/evidence/re-imagining-futures-2013");
        assertThat(reimagining.path("keyword").asString()).contains("Visual arts", "Adult prison (men)", "Desistance");
        assertThat(reimagining.path("genre").asString()).isEqualTo("Independent evaluation");
        assertThat(reimagining.path("abstract").asString()).startsWith("A 2013 research report");

        JsonNode protocol = items.get(1);
        assertThat(protocol.path("type").asString()).isEqualTo("article-journal");
        assertThat(protocol.path("title").asString()).isEqualTo(PROTOCOL_TITLE);
        assertThat(protocol.path("container-title").asString()).isEqualTo("Campbell Systematic Reviews");
        assertThat(protocol.path("DOI").asString()).isEqualTo("10.1002/cl2.1255");
        assertThat(families(protocol)).containsExactly("Tallent", "Phillips", "Coren");
        assertThat(dateParts(protocol)).containsExactly(2022);

        JsonNode escapes = items.get(2);
        assertThat(escapes.path("type").asString()).isEqualTo("book");
        assertThat(escapes.path("title").asString()).isEqualTo(ESCAPES_TITLE);
        assertThat(escapes.path("author").get(0).path("family").asString()).isEqualTo("Müller");
        assertThat(escapes.path("author").get(0).path("given").asString()).isEqualTo("Jürgen");
        assertThat(escapes.path("author").get(1).path("literal").asString()).isEqualTo("Arts & Justice Collective");
        assertThat(dateParts(escapes)).containsExactly(2019, 3, 4);
        assertThat(escapes.path("DOI").asString()).isEqualTo("10.5555/arts_justice-2019(03)");
        assertThat(escapes.path("ISBN").asString()).isEqualTo("978-3-16-148410-0");
        assertThat(escapes.path("publisher").asString()).isEqualTo("Verlag für Kunst & Recht");
    }

    @Test
    void bibtexIsReadWithItsKeysNamesAndEscapes() {
        String bibtex = CitationFormats.bibtex(ENTRIES, SITE);

        assertThat(bibtex).startsWith("@techreport{re-imagining-futures-2013,\n")
            .contains("  author = {Bilby, Charlotte and Caulfield, Laura and Ridley, Louise},\n")
            .contains("@article{arts-based-interventions-egm-protocol-2022,\n")
            .contains("  journal = {Campbell Systematic Reviews},\n")
            .contains("@book{arts-and-justice-2019,\n")
            .contains("  author = {Müller, Jürgen and {Arts \\& Justice Collective}},\n")
            .contains("  title = {{Arts \\& justice – what changed? A 40\\% fall in adjudications after Müller's workshops in Weißwasser}},\n")
            .contains("  month = mar,\n  date = {2019-03-04},\n")
            .contains("  url = {https://example.org/reports/arts_justice%202019.pdf#page=2},\n")
            .contains("\\{braces\\}, \\textasciitilde{}tilde, \\textasciicircum{}caret and \\textbackslash{}backslash;");

        List<JsonNode> items = citationJs(bibtex, "@bibtex/text");

        assertThat(items).hasSize(3);
        assertThat(items).extracting(item -> item.path("id").asString())
            .containsExactly("re-imagining-futures-2013", "arts-based-interventions-egm-protocol-2022", "arts-and-justice-2019");
        assertThat(items).extracting(item -> item.path("type").asString()).containsExactly("report", "article-journal", "book");

        JsonNode reimagining = items.get(0);
        assertThat(reimagining.path("title").asString()).isEqualTo(REIMAGINING_TITLE);
        assertThat(families(reimagining)).containsExactly("Bilby", "Caulfield", "Ridley");
        assertThat(givens(reimagining)).containsExactly("Charlotte", "Laura", "Louise");
        assertThat(dateParts(reimagining)).containsExactly(2013);
        assertThat(reimagining.path("publisher").asString()).isEqualTo("Arts Alliance");

        JsonNode protocol = items.get(1);
        assertThat(protocol.path("title").asString()).isEqualTo(PROTOCOL_TITLE);
        assertThat(protocol.path("DOI").asString()).isEqualTo("10.1002/cl2.1255");
        assertThat(protocol.path("container-title").asString()).isEqualTo("Campbell Systematic Reviews");
        assertThat(families(protocol)).containsExactly("Tallent", "Phillips", "Coren");

        JsonNode escapes = items.get(2);
        assertThat(escapes.path("title").asString()).isEqualTo(ESCAPES_TITLE);
        JsonNode mueller = escapes.path("author").get(0);
        assertThat(mueller.path("family").asString()).isEqualTo("Müller");
        assertThat(mueller.path("given").asString()).isEqualTo("Jürgen");
        JsonNode collective = escapes.path("author").get(1);
        assertThat(collective.has("given")).as("an organisation has no given name").isFalse();
        assertThat(collective.has("literal") ? collective.path("literal").asString() : collective.path("family").asString())
            .isEqualTo("Arts & Justice Collective");
        assertThat(dateParts(escapes)).startsWith(2019, 3);
        assertThat(escapes.path("DOI").asString()).isEqualTo("10.5555/arts_justice-2019(03)");
        assertThat(escapes.path("URL").asString()).isEqualTo("https://example.org/reports/arts_justice%202019.pdf#page=2");
        assertThat(escapes.path("publisher").asString()).isEqualTo("Verlag für Kunst & Recht");
        assertThat(escapes.path("note").asString()).isEqualTo("Evidence Library entry: https://springboard.example/evidence/arts-and-justice-2019");
    }

    @Test
    void bibtexReadAsBiblatexKeepsTheAbstractKeywordsAndFullDate() {
        // what citation-js itself takes the file for; unlike plain BibTeX it maps abstract, keywords and date
        List<JsonNode> items = citationJs(CitationFormats.bibtex(ENTRIES, SITE), "@biblatex/text");

        assertThat(items).hasSize(3);
        assertThat(items).extracting(item -> item.path("title").asString()).containsExactly(REIMAGINING_TITLE, PROTOCOL_TITLE, ESCAPES_TITLE);
        assertThat(dateParts(items.get(0))).containsExactly(2013);
        assertThat(items.get(0).path("keyword").asString()).contains("Visual arts", "Self-esteem");
        JsonNode escapes = items.get(2);
        assertThat(dateParts(escapes)).containsExactly(2019, 3, 4);
        assertThat(escapes.path("abstract").asString()).isEqualTo(ESCAPES_SUMMARY.replace("\n", " "));
        assertThat(escapes.path("DOI").asString()).isEqualTo("10.5555/arts_justice-2019(03)");
        assertThat(families(escapes).get(0)).isEqualTo("Müller");
    }

    @Test
    void bibtexKeysAreUniqueWithinAFile() {
        List<JsonNode> items = citationJs(CitationFormats.bibtex(List.of(REIMAGINING, REIMAGINING, REIMAGINING), SITE), "@bibtex/text");

        assertThat(items).extracting(item -> item.path("id").asString())
            .containsExactly("re-imagining-futures-2013", "re-imagining-futures-2013-2", "re-imagining-futures-2013-3");
    }

    @Test
    void cslJsonIsReadWithDatesAsPreciseAsKnown() {
        String csl = CitationFormats.cslJson(ENTRIES, SITE);

        assertThat(JSON.readTree(csl).isArray()).isTrue();

        List<JsonNode> items = citationJs(csl, "@else/json");

        assertThat(items).hasSize(3);
        assertThat(items).extracting(item -> item.path("type").asString()).containsExactly("report", "article-journal", "book");

        JsonNode reimagining = items.get(0);
        assertThat(reimagining.path("title").asString()).isEqualTo(REIMAGINING_TITLE);
        assertThat(families(reimagining)).containsExactly("Bilby", "Caulfield", "Ridley");
        assertThat(givens(reimagining)).containsExactly("Charlotte", "Laura", "Louise");
        assertThat(dateParts(reimagining)).containsExactly(2013);
        assertThat(reimagining.path("genre").asString()).isEqualTo("Independent evaluation");
        assertThat(reimagining.path("language").asString()).isEqualTo("en");

        JsonNode protocol = items.get(1);
        assertThat(protocol.path("DOI").asString()).isEqualTo("10.1002/cl2.1255");
        assertThat(protocol.path("container-title").asString()).isEqualTo("Campbell Systematic Reviews");
        assertThat(protocol.has("URL")).as("with a DOI and no address of its own, the DOI is the link").isFalse();
        assertThat(protocol.path("note").asString())
            .isEqualTo("Evidence Library entry: https://springboard.example/evidence/arts-based-interventions-egm-protocol-2022");

        JsonNode escapes = items.get(2);
        assertThat(escapes.path("title").asString()).isEqualTo(ESCAPES_TITLE);
        assertThat(escapes.path("author").get(0).path("family").asString()).isEqualTo("Müller");
        assertThat(escapes.path("author").get(0).path("given").asString()).isEqualTo("Jürgen");
        assertThat(escapes.path("author").get(1).path("literal").asString()).isEqualTo("Arts & Justice Collective");
        assertThat(dateParts(escapes)).containsExactly(2019, 3, 4);
        assertThat(escapes.path("DOI").asString()).isEqualTo("10.5555/arts_justice-2019(03)");
        assertThat(escapes.path("ISBN").asString()).isEqualTo("978-3-16-148410-0");
        assertThat(escapes.path("abstract").asString()).isEqualTo(ESCAPES_SUMMARY);
        assertThat(escapes.path("keyword").asString()).isEqualTo("Secure hospital, Adjudications and behaviour in custody");
    }

    @Test
    void csvIsReadByACsvParserWithFormulasDisarmed() {
        String csv = CitationFormats.csv(ENTRIES, SITE);

        assertThat(csv).startsWith("\"slug\",\"title\",\"authors\",\"year\",").contains("\r\n").endsWith("\r\n");

        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = mapper.readerForListOf(String.class).<List<String>>readValues(csv).readAll();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("slug", "title", "authors", "year", "publisher", "document type", "study design",
                "strength level", "art forms", "settings", "outcomes", "DOI", "ISBN", "URL", "entry page", "summary");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(16));

        List<String> reimagining = rows.get(1);
        assertThat(reimagining.get(1)).isEqualTo(REIMAGINING_TITLE);
        assertThat(reimagining.get(2)).isEqualTo("Charlotte Bilby; Laura Caulfield; Louise Ridley");
        assertThat(reimagining.get(3)).isEqualTo("2013");
        assertThat(reimagining.get(6)).isEqualTo("Qualitative study");
        assertThat(reimagining.get(8)).isEqualTo("Visual arts; Music; Creative writing");
        assertThat(reimagining.get(14)).isEqualTo("https://springboard.example/evidence/re-imagining-futures-2013");

        List<String> escapes = rows.get(3);
        assertThat(escapes.get(1)).isEqualTo(ESCAPES_TITLE);
        assertThat(escapes.get(2)).isEqualTo("Jürgen Müller; Arts & Justice Collective");
        assertThat(escapes.get(7)).isEqualTo("2");
        assertThat(escapes.get(11)).isEqualTo("10.5555/arts_justice-2019(03)");
        assertThat(escapes.get(15)).as("a formula is kept as text").isEqualTo("'" + ESCAPES_SUMMARY);
    }

    @Test
    void everyFormulaStarterIsDisarmed() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CitationFormats.formulaGuard(formula)).isEqualTo("'" + formula);
        }
        assertThat(CitationFormats.formulaGuard("Arts - and = justice")).isEqualTo("Arts - and = justice");
        assertThat(CitationFormats.formulaGuard("")).isEmpty();
    }

    @Test
    void aJournalArticleIsExportedWithItsJournalVolumeIssueAndPages() {
        EntryView article = withContainer(entry("challenges-of-outcome-measurement-2016",
                details("The Challenges of Outcome Measurement for Arts Practitioners in the Criminal Justice Sector", 2016, null, null,
                        null, "10.1111/hojo.12183", null, null, null),
                List.of("Caroline O'Keeffe", "Katherine Albertson"), List.of(), List.of(), null, null,
                Map.of(Vocabulary.ART_FORM, List.of("Creative writing"))),
                new Container("The Howard Journal of Criminal Justice", "55", "4", "496-513"));

        String ris = CitationFormats.ris(List.of(article), SITE);
        assertThat(ris).contains("TY  - JOUR\r\n").contains("JO  - The Howard Journal of Criminal Justice\r\n").contains("VL  - 55\r\n")
            .contains("IS  - 4\r\n").contains("SP  - 496\r\n").contains("EP  - 513\r\n");
        String bibtex = CitationFormats.bibtex(List.of(article), SITE);
        assertThat(bibtex).startsWith("@article{").contains("  journal = {The Howard Journal of Criminal Justice},\n")
            .contains("  volume = {55},\n").contains("  number = {4},\n").contains("  pages = {496--513},\n");

        for (List<JsonNode> read : List.of(citationJs(ris, "@ris/file"), citationJs(bibtex, "@bibtex/text"),
                citationJs(CitationFormats.cslJson(List.of(article), SITE), "@else/json"))) {
            assertThat(read).singleElement().satisfies(item -> {
                assertThat(item.path("type").asString()).isEqualTo("article-journal");
                assertThat(item.path("container-title").asString()).isEqualTo("The Howard Journal of Criminal Justice");
                assertThat(item.path("volume").asString()).isEqualTo("55");
                assertThat(item.path("issue").asString()).isEqualTo("4");
                assertThat(item.path("page").asString()).matches("496[-–]513");
                assertThat(item.path("DOI").asString()).isEqualTo("10.1111/hojo.12183");
                assertThat(item.has("publisher")).as("a journal is not a publisher").isFalse();
            });
        }
    }

    @Test
    void everyFormatGivesTheFieldsOfTheItemTheReferencesAreFormattedFrom() {
        List<EntryView> entries = List.of(REIMAGINING, PROTOCOL, ESCAPES, CitationsTests.REPORT, CitationsTests.ARTICLE);
        List<Map<String, String>> expected = entries.stream().map(entry -> fields(CitationItems.of(entry, SITE))).toList();

        for (String[] format : List.of(new String[] { CitationFormats.cslJson(entries, SITE), "@else/json" },
                new String[] { CitationFormats.ris(entries, SITE), "@ris/file" },
                new String[] { CitationFormats.bibtex(entries, SITE), "@bibtex/text" })) {
            List<JsonNode> read = citationJs(format[0], format[1]);
            assertThat(read).hasSize(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                Map<String, String> want = new LinkedHashMap<>(expected.get(i));
                if (format[1].equals("@bibtex/text") && want.get("issued") != null) {
                    // plain BibTeX has a year and a month but no day (biblatex's date, also written, has it)
                    want.put("issued", want.get("issued").replaceFirst("^(\\[\\d+(, \\d+)?)(, \\d+)?\\]$", "$1]"));
                }
                assertThat(fields(read.get(i))).as(format[1] + " " + entries.get(i).slug()).isEqualTo(want);
            }
        }
    }

    /** The fields a reference is made of, from the item the styles format. */
    private static Map<String, String> fields(de.undercouch.citeproc.csl.CSLItemData item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", item.getType().toString());
        fields.put("title", item.getTitle());
        List<String> names = new ArrayList<>();
        for (de.undercouch.citeproc.csl.CSLName name : item.getAuthor() == null ? new de.undercouch.citeproc.csl.CSLName[0] : item.getAuthor()) {
            names.add(name.getLiteral() != null ? name.getLiteral()
                    : (name.getNonDroppingParticle() == null ? "" : name.getNonDroppingParticle() + " ") + name.getFamily() + "|" + name.getGiven());
        }
        fields.put("authors", String.join("; ", names));
        fields.put("issued", item.getIssued() == null ? null : Arrays.toString(item.getIssued().getDateParts()[0]));
        fields.put("publisher", item.getPublisher());
        fields.put("container-title", item.getContainerTitle());
        fields.put("volume", item.getVolume());
        fields.put("issue", item.getIssue());
        fields.put("page", item.getPage());
        fields.put("DOI", item.getDOI());
        fields.put("URL", item.getURL());
        return fields;
    }

    /** The same fields as citation-js read them from a file. */
    private static Map<String, String> fields(JsonNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", item.path("type").asString());
        fields.put("title", item.path("title").asString());
        List<String> names = new ArrayList<>();
        for (JsonNode name : item.path("author").values()) {
            // BibTeX has no literal names: an organisation in braces is read as a family name alone
            names.add(name.has("literal") ? name.path("literal").asString() : !name.has("given") ? name.path("family").asString()
                    : (name.has("non-dropping-particle") ? name.path("non-dropping-particle").asString() + " " : "")
                            + name.path("family").asString() + "|" + name.path("given").asString());
        }
        fields.put("authors", String.join("; ", names));
        List<Integer> parts = dateParts(item);
        fields.put("issued", parts.isEmpty() ? null : parts.toString());
        for (String field : List.of("publisher", "container-title", "volume", "issue", "page", "DOI", "URL")) {
            JsonNode value = item.path(field);
            fields.put(field, value.isMissingNode() ? null : (value.isArray() ? value.get(0) : value).asString().replace("--", "-").replace("–", "-"));
        }
        return fields;
    }

    // ---------------------------------------------------------------- helpers

    private static List<JsonNode> citationJs(String text, String type) {
        JsonNode result = JSON.readTree(read.execute(text, type).asString());
        assertThat(result.path("warnings").values()).as("citation-js warnings").isEmpty();
        List<JsonNode> items = new ArrayList<>();
        result.path("items").values().forEach(items::add);
        return items;
    }

    private static List<String> families(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.path("author").values().forEach(name -> names.add(name.path("family").asString()));
        return names;
    }

    private static List<String> givens(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.path("author").values().forEach(name -> names.add(name.path("given").asString()));
        return names;
    }

    private static List<Integer> dateParts(JsonNode item) {
        List<Integer> parts = new ArrayList<>();
        item.path("issued").path("date-parts").path(0).values().forEach(part -> parts.add(part.asInt()));
        return parts;
    }
}
