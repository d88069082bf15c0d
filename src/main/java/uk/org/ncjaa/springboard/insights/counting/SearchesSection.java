package uk.org.ncjaa.springboard.insights.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.InsightsSection;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * What people searched for and did not find, and how the Evidence Library and the Directory are
 * used as open data: the gaps editors can fill, and the use funders ask about.
 */
@Component
class SearchesSection implements InsightsSection {

    static final int TOP_WORDS = 25;

    /** The areas whose searches are counted, with their names on the page, in the order shown. */
    static final Map<String, String> AREAS = areas();

    private static final String KEPT = " Only the words and the day are kept: never who searched, from where or at what time."
            + " Words that looked like personal details (an email address, a postcode, a phone or prison number, or a long number) are not kept,"
            + " and are counted together as \"" + GapWords.NOT_KEPT + "\".";

    private final Counts counts;

    SearchesSection(Counts counts) {
        this.counts = counts;
    }

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("evidence", "Evidence Library");
        areas.put("directory", "Directory");
        areas.put("site", "Site search");
        return java.util.Collections.unmodifiableMap(areas);
    }

    @Override
    public String id() {
        return "searches";
    }

    @Override
    public String title() {
        return "Searches and use";
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public List<Figure> figures(Period period) {
        List<Figure> figures = new ArrayList<>();
        figures.add(nothingFoundByMonth(period));
        AREAS.forEach((area, label) -> figures.add(nothingFound(area, label, period)));
        figures.add(use("evidence-use", "Use of the Evidence Library, by month",
                "Each PDF of an entry opened or downloaded, each export of references (RIS, BibTeX, CSL-JSON, CSV or a "
                        + "reference to paste), and each call to the Evidence Library's open-data API, counted day by day. "
                        + "Nothing about who, from where or at what time is kept.",
                "evidence", period, "pdf-download", "PDF downloads", "reference-export", "Reference exports", "api", "API calls"));
        figures.add(use("directory-use", "Use of the Directory as open data, by month",
                "Each download of the whole Directory in the Open Referral format (JSON or CSV tables) from its page, and each "
                        + "call to the Directory's open-data API, counted day by day. Nothing about who, from where or at what "
                        + "time is kept.",
                "directory", period, "hsds-export", "Downloads", "api", "API calls"));
        return figures;
    }

    private Figure nothingFoundByMonth(Period period) {
        List<Map<java.time.YearMonth, Long>> series = new ArrayList<>();
        AREAS.keySet().forEach(area -> series.add(counts.nothingFoundByMonth(area, period)));
        return new Figure("searches-nothing-found", "Searches that found nothing, by month",
                "Searches with words that found no result, month by month: in the Evidence Library, in the Directory and in "
                        + "the search of the whole site. Browsing without words, or only with filters, is not counted; nor "
                        + "are later pages of results." + KEPT,
                Figure.Shape.OVER_TIME, "Month", new ArrayList<>(AREAS.values()), monthly(period, series));
    }

    /** The fewest searches a word needs to be listed. */
    static final int FEWEST_SHOWN = 3;

    private Figure nothingFound(String area, String label, Period period) {
        List<Figure.Row> rows = counts.topNothingFound(area, period, TOP_WORDS).stream()
            // words searched once or twice may be someone's name looked for in the Directory: shown only when several searched
            .filter(word -> word.searches() >= FEWEST_SHOWN || word.words().startsWith("("))
            .map(word -> Figure.Row.of(word.words(), word.searches()))
            .toList();
        return new Figure("nothing-found-" + area, "What people searched for and found nothing: " + label,
                "The " + TOP_WORDS + " searches of the " + label + " that most often found nothing in the period, with how "
                        + "many times each was made. Words are counted as typed, without capitals or extra spaces; "
                        + "\"" + Counters.OTHER_SEARCHES + "\" counts different words that came too fast to keep apart on a "
                        + "busy day. Words searched fewer than " + FEWEST_SHOWN + " times in the period are left out, as they"
                        + " may be a person's name." + KEPT,
                Figure.Shape.TABLE, "Words searched", List.of("Searches"), rows);
    }

    private Figure use(String id, String title, String method, String area, Period period, String... whatAndHeading) {
        Map<String, Map<java.time.YearMonth, Long>> byWhat = counts.usageByMonth(area, period);
        List<String> columns = new ArrayList<>();
        List<Map<java.time.YearMonth, Long>> series = new ArrayList<>();
        for (int i = 0; i < whatAndHeading.length; i += 2) {
            series.add(byWhat.getOrDefault(whatAndHeading[i], Map.of()));
            columns.add(whatAndHeading[i + 1]);
        }
        return new Figure(id, title, method, Figure.Shape.OVER_TIME, "Month", columns, monthly(period, series));
    }

    @SuppressWarnings("unchecked")
    private static List<Figure.Row> monthly(Period period, List<Map<java.time.YearMonth, Long>> series) {
        return Figure.monthly(period, series.toArray(new Map[0]));
    }
}
