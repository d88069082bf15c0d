package uk.org.ncjaa.springboard.evidence.exports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import uk.org.ncjaa.springboard.evidence.domain.Container;
import uk.org.ncjaa.springboard.evidence.domain.Contributor;
import uk.org.ncjaa.springboard.evidence.domain.EntryDetails;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Evidence entries written out for reference managers (RIS, BibTeX, CSL-JSON) and spreadsheets (CSV).
 *
 * <p>Each method takes the entries and the site address, from which each entry's own page is linked as
 * {@code baseUrl + "/evidence/" + slug}. Authors are stored as one name each; a person's name is split as
 * {@link Name} says, and organisations (credited with the kind ORGANISATION, which
 * {@link EntryView#organisations()} lists) are kept whole. For a journal article the publisher field
 * holds the journal's name, so it is written as the journal.
 */
public final class CitationFormats {

    private static final String CRLF = "\r\n";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[] BIBTEX_MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec" };

    private static final List<String> CSV_HEADER = List.of("slug", "title", "authors", "year", "publisher", "document type",
            "study design", "strength level", "art forms", "settings", "outcomes", "DOI", "ISBN", "URL", "entry page", "summary");

    private CitationFormats() {
    }

    /** The kind of publication, as each format names it. */
    enum Kind {
        JOURNAL_ARTICLE("JOUR", "article", "article-journal"),
        REPORT("RPRT", "techreport", "report"),
        BOOK("BOOK", "book", "book"),
        CHAPTER("CHAP", "incollection", "chapter"),
        THESIS("THES", "phdthesis", "thesis"),
        OTHER("GEN", "misc", "document");

        final String ris;
        final String bibtex;
        final String csl;

        Kind(String ris, String bibtex, String csl) {
            this.ris = ris;
            this.bibtex = bibtex;
            this.csl = csl;
        }

        /**
         * From the entry's document types: the first that names a kind of publication wins; any other
         * document type (evaluations, reviews, Justice Data Lab reports, guidance, ...) is grey literature, a report.
         */
        static Kind of(EntryView entry) {
            if (entry.container().present()) {
                return JOURNAL_ARTICLE;
            }
            List<ConceptView> types = concepts(entry, Vocabulary.DOCUMENT_TYPE);
            for (ConceptView type : types) {
                String slug = type.slug() == null ? "" : type.slug();
                if (slug.equals("journal-article") || slug.equals("article")) {
                    return JOURNAL_ARTICLE;
                }
                if (slug.equals("book-or-chapter") || slug.equals("book")) {
                    return BOOK;
                }
                if (slug.contains("chapter")) {
                    return CHAPTER;
                }
                if (slug.contains("thesis") || slug.contains("dissertation")) {
                    return THESIS;
                }
            }
            return types.isEmpty() ? OTHER : REPORT;
        }
    }

    /**
     * An author: a person split into given names, a particle ("van der", "de la") and family name, or an
     * organisation kept whole. A name stored as "Family, Given" is split at its comma; otherwise the last word
     * is the family name, with any lower-case particles just before it.
     */
    record Name(String family, String given, String particle, boolean organisation) {

        private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da", "du",
                "des", "la", "le", "ter", "ten", "dos", "das", "zu");

        static Name of(String name, boolean organisation) {
            String whole = name.strip().replaceAll("\\s+", " ");
            if (organisation) {
                return new Name(whole, null, null, true);
            }
            int comma = whole.indexOf(',');
            if (comma > 0 && comma < whole.length() - 1) {
                return new Name(whole.substring(0, comma).strip(), whole.substring(comma + 1).strip(), null, false);
            }
            String[] words = whole.split(" ");
            if (words.length == 1) {
                return new Name(whole, null, null, false);
            }
            int family = words.length - 1;
            int particle = family;
            while (particle > 1 && PARTICLES.contains(words[particle - 1])) {
                particle--;
            }
            return new Name(words[family], String.join(" ", List.of(words).subList(0, particle)),
                    particle == family ? null : String.join(" ", List.of(words).subList(particle, family)), false);
        }

        /** The family name as RIS and BibTeX write it, with its particle ("van der Berg"). */
        String fullFamily() {
            return particle == null ? family : particle + " " + family;
        }
    }

    // ---------------------------------------------------------------- RIS

    /** RIS records, one per entry, with CRLF line endings and a blank line after each record. */
    public static String ris(List<EntryView> entries, String baseUrl) {
        StringBuilder out = new StringBuilder();
        for (EntryView entry : entries) {
            EntryDetails details = entry.details();
            Kind kind = Kind.of(entry);
            risLine(out, "TY", kind.ris);
            risLine(out, "TI", details.title());
            for (Name author : authors(entry)) {
                risLine(out, "AU", author.organisation() || author.given() == null ? author.fullFamily()
                        : author.fullFamily() + ", " + author.given());
            }
            if (details.year() != null) {
                risLine(out, "PY", String.valueOf(details.year()));
                if (details.month() != null) {
                    risLine(out, "DA", String.format(Locale.ROOT, "%04d/%02d/%s/", details.year(), details.month(),
                            details.day() == null ? "" : String.format(Locale.ROOT, "%02d", details.day())));
                }
            }
            String publisher = publisher(entry);
            Container container = entry.container();
            if (container.present()) {
                risLine(out, "T2", container.title());
                risLine(out, "JO", container.title());
                risLine(out, "VL", container.volume());
                risLine(out, "IS", container.issue());
                risLine(out, "SP", container.startPage());
                risLine(out, "EP", container.endPage());
                if (publisher != null && !publisher.strip().equals(container.title())) {
                    risLine(out, "PB", publisher);
                }
            } else if (kind == Kind.JOURNAL_ARTICLE) {
                risLine(out, "T2", publisher);
            } else {
                risLine(out, "PB", publisher);
            }
            if (kind == Kind.REPORT) {
                risLine(out, "M3", documentType(entry));
            }
            risLine(out, "DO", details.doi());
            risLine(out, "SN", details.isbn());
            risLine(out, "UR", CitationItems.url(entry, baseUrl));
            risLine(out, "N1", "Evidence Library entry: " + entryPage(entry, baseUrl));
            for (String keyword : keywords(entry)) {
                risLine(out, "KW", keyword);
            }
            risLine(out, "AB", details.summary());
            risLine(out, "LA", details.language());
            out.append("ER  - ").append(CRLF).append(CRLF);
        }
        return out.toString();
    }

    private static void risLine(StringBuilder out, String tag, String value) {
        String text = oneLine(value);
        if (!text.isEmpty()) {
            out.append(tag).append("  - ").append(text).append(CRLF);
        }
    }

    // ---------------------------------------------------------------- BibTeX

    /** BibTeX entries keyed by slug; text fields escaped for LaTeX, with non-ASCII letters left as UTF-8. */
    public static String bibtex(List<EntryView> entries, String baseUrl) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (EntryView entry : entries) {
            EntryDetails details = entry.details();
            Kind kind = Kind.of(entry);
            out.append('@').append(kind.bibtex).append('{').append(citationKey(entry.slug(), keys)).append(",\n");
            List<String> names = new ArrayList<>();
            for (Name author : authors(entry)) {
                if (author.organisation()) {
                    names.add('{' + latex(author.family()) + '}');
                } else {
                    names.add(author.given() == null ? latex(author.fullFamily()) : latex(author.fullFamily()) + ", " + latex(author.given()));
                }
            }
            bibField(out, "author", String.join(" and ", names));
            String title = latex(details.title());
            bibField(out, "title", title.isEmpty() ? "" : '{' + title + '}');
            if (details.year() != null) {
                bibField(out, "year", String.valueOf(details.year()));
            }
            if (details.year() != null && details.month() != null && details.month() >= 1 && details.month() <= 12) {
                out.append("  month = ").append(BIBTEX_MONTHS[details.month() - 1]).append(",\n");
                // biblatex reads the full date from here; BibTeX ignores the field
                bibField(out, "date", String.format(Locale.ROOT, "%04d-%02d", details.year(), details.month())
                        + (details.day() == null ? "" : String.format(Locale.ROOT, "-%02d", details.day())));
            }
            String publisher = latex(publisher(entry));
            Container container = entry.container();
            switch (kind) {
                case JOURNAL_ARTICLE -> {
                    if (container.present()) {
                        bibField(out, "journal", latex(container.title()));
                        bibField(out, "volume", latex(container.volume()));
                        bibField(out, "number", latex(container.issue()));
                        bibField(out, "pages", container.pages() == null ? null
                                : latex(container.endPage() == null ? container.startPage() : container.startPage() + "--" + container.endPage()));
                        if (!publisher.equals(latex(container.title()))) {
                            bibField(out, "publisher", publisher);
                        }
                    } else {
                        bibField(out, "journal", publisher);
                    }
                }
                case REPORT -> {
                    bibField(out, "institution", publisher);
                    bibField(out, "type", latex(documentType(entry)));
                }
                case THESIS -> {
                    bibField(out, "school", publisher);
                    bibField(out, "type", "Thesis");
                }
                default -> bibField(out, "publisher", publisher);
            }
            bibField(out, "doi", verbatim(details.doi()));
            bibField(out, "isbn", latex(details.isbn()));
            bibField(out, "url", verbatim(CitationItems.url(entry, baseUrl)));
            bibField(out, "keywords", latex(String.join(", ", keywords(entry))));
            bibField(out, "abstract", latex(details.summary()));
            bibField(out, "note", latex("Evidence Library entry: " + entryPage(entry, baseUrl)));
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static void bibField(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** The slug in ASCII letters, digits and hyphens; a repeated key gets "-2", "-3" and so on. */
    static String citationKey(String slug, Set<String> taken) {
        String ascii = Normalizer.normalize(slug == null ? "" : slug, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String base = ascii.replaceAll("[^A-Za-z0-9_:-]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "entry";
        }
        String key = base;
        for (int n = 2; !taken.add(key.toLowerCase(Locale.ROOT)); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** Escapes the characters that LaTeX treats specially and puts the text on one line. */
    static String latex(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** DOIs and URLs are read verbatim; only braces, backslashes and spaces, which would break the field, are encoded. */
    private static String verbatim(String text) {
        return oneLine(text).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
    }

    // ---------------------------------------------------------------- CSL-JSON

    /** A CSL-JSON array, the format that citeproc processors and Zotero read: each entry's {@link CitationItems CSL item}. */
    public static String cslJson(List<EntryView> entries, String baseUrl) {
        ArrayNode items = JSON.createArrayNode();
        Set<String> ids = new HashSet<>();
        for (EntryView entry : entries) {
            CSLItemData data = CitationItems.of(entry, baseUrl, citationKey(entry.slug(), ids));
            ObjectNode item = items.addObject();
            item.put("id", data.getId());
            item.put("type", data.getType().toString());
            cslField(item, "title", data.getTitle());
            if (data.getAuthor() != null) {
                ArrayNode names = item.putArray("author");
                for (CSLName author : data.getAuthor()) {
                    ObjectNode name = names.addObject();
                    if (author.getLiteral() != null) {
                        name.put("literal", author.getLiteral());
                    } else {
                        cslField(name, "family", author.getFamily());
                        cslField(name, "given", author.getGiven());
                        cslField(name, "non-dropping-particle", author.getNonDroppingParticle());
                    }
                }
            }
            if (data.getIssued() != null) {
                ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
                for (int part : data.getIssued().getDateParts()[0]) {
                    parts.add(part);
                }
            }
            cslField(item, "container-title", data.getContainerTitle());
            cslField(item, "volume", data.getVolume());
            cslField(item, "issue", data.getIssue());
            cslField(item, "page", data.getPage());
            cslField(item, "publisher", data.getPublisher());
            cslField(item, "genre", data.getGenre());
            cslField(item, "DOI", data.getDOI());
            cslField(item, "ISBN", data.getISBN());
            cslField(item, "URL", data.getURL());
            cslField(item, "abstract", data.getAbstrct());
            cslField(item, "keyword", data.getKeyword());
            cslField(item, "language", data.getLanguage());
            cslField(item, "note", data.getNote());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(items);
    }

    private static void cslField(ObjectNode item, String name, String value) {
        if (value != null && !value.isBlank()) {
            item.put(name, value.strip());
        }
    }

    // ---------------------------------------------------------------- CSV

    /**
     * RFC 4180 CSV with a header row, every cell quoted and CRLF line endings. A cell that a spreadsheet would
     * run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
     */
    public static String csv(List<EntryView> entries, String baseUrl) {
        StringBuilder out = new StringBuilder();
        csvRow(out, CSV_HEADER);
        for (EntryView entry : entries) {
            EntryDetails details = entry.details();
            csvRow(out, List.of(
                    text(entry.slug()),
                    text(details.title()),
                    String.join("; ", entry.authors()),
                    details.year() == null ? "" : String.valueOf(details.year()),
                    text(publisher(entry)),
                    String.join("; ", labels(entry, Vocabulary.DOCUMENT_TYPE)),
                    entry.design() == null ? "" : text(entry.design().label()),
                    entry.strengthLevel() == null ? "" : String.valueOf(entry.strengthLevel()),
                    String.join("; ", labels(entry, Vocabulary.ART_FORM)),
                    String.join("; ", labels(entry, Vocabulary.SETTING)),
                    String.join("; ", labels(entry, Vocabulary.OUTCOME)),
                    text(details.doi()),
                    text(details.isbn()),
                    text(details.url()),
                    entryPage(entry, baseUrl),
                    text(details.summary())));
        }
        return out.toString();
    }

    private static void csvRow(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append(CRLF);
    }

    /** A quoted CSV cell that a spreadsheet will not run as a formula. */
    public static String csvCell(String text) {
        return uk.org.ncjaa.springboard.shared.Csv.cell(text);
    }

    static String formulaGuard(String cell) {
        return uk.org.ncjaa.springboard.shared.Csv.formulaGuard(cell);
    }

    // ---------------------------------------------------------------- shared

    static List<Name> authors(EntryView entry) {
        List<String> organisations = entry.organisations() == null ? List.of() : entry.organisations();
        List<Name> names = new ArrayList<>();
        for (String name : entry.credits().getOrDefault(Contributor.Role.AUTHOR, List.of())) {
            if (name != null && !name.isBlank()) {
                names.add(Name.of(name, organisations.contains(name)));
            }
        }
        return names;
    }

    /** The publisher as the document gives it, or else the organisations credited as publisher. */
    static String publisher(EntryView entry) {
        if (entry.details().publisher() != null) {
            return entry.details().publisher();
        }
        List<String> publishers = entry.credits().getOrDefault(Contributor.Role.PUBLISHER, List.of());
        return publishers.isEmpty() ? null : String.join("; ", publishers);
    }

    static String documentType(EntryView entry) {
        List<String> types = labels(entry, Vocabulary.DOCUMENT_TYPE);
        return types.isEmpty() ? null : types.get(0);
    }

    /** Art forms, settings and outcomes, the tags a reader would search a reference library by. */
    static List<String> keywords(EntryView entry) {
        Set<String> keywords = new LinkedHashSet<>();
        keywords.addAll(labels(entry, Vocabulary.ART_FORM));
        keywords.addAll(labels(entry, Vocabulary.SETTING));
        keywords.addAll(labels(entry, Vocabulary.OUTCOME));
        return List.copyOf(keywords);
    }

    private static List<ConceptView> concepts(EntryView entry, Vocabulary vocabulary) {
        return entry.tags() == null ? List.of() : entry.tags().getOrDefault(vocabulary, List.of());
    }

    private static List<String> labels(EntryView entry, Vocabulary vocabulary) {
        return concepts(entry, vocabulary).stream().map(ConceptView::label).filter(label -> label != null && !label.isBlank())
            .map(String::strip).toList();
    }

    static String entryPage(EntryView entry, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/evidence/" + entry.slug();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
