package uk.org.ncjaa.springboard.insights.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.insights.Dashboards;
import uk.org.ncjaa.springboard.insights.Dashboards.Audience;
import uk.org.ncjaa.springboard.insights.ReportPack;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * The dashboards: staff see the network, events, newsletter, Evidence Library, searches and
 * mentoring; the equality monitoring analyst sees the equality figures on a page of their own
 * (security puts {@code /admin/equality/**} behind that role alone). Each figure has its CSV, and
 * the whole period its report pack.
 */
@Controller
class InsightsController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Dashboards dashboards;
    private final ReportPack reports;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    InsightsController(Dashboards dashboards, ReportPack reports, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.dashboards = dashboards;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/admin/insights")
    String staff(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        return page(Audience.STAFF, "/admin/insights", from, to, model);
    }

    @GetMapping("/admin/equality/insights")
    String analyst(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        return page(Audience.EQUALITY_ANALYST, "/admin/equality/insights", from, to, model);
    }

    @GetMapping("/admin/insights/{section}/{figure}.csv")
    ResponseEntity<String> staffCsv(@PathVariable String section, @PathVariable String figure,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return csv(Audience.STAFF, section, figure, from, to);
    }

    @GetMapping("/admin/equality/insights/{section}/{figure}.csv")
    ResponseEntity<String> analystCsv(@PathVariable String section, @PathVariable String figure,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return csv(Audience.EQUALITY_ANALYST, section, figure, from, to);
    }

    @GetMapping("/admin/insights/report.zip")
    ResponseEntity<byte[]> zip(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to, clock, new LinkedHashMap<>());
        return download(reports.zip(Audience.STAFF, period), "application/zip", "springboard-figures-" + span(period) + ".zip");
    }

    @GetMapping("/admin/insights/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to, clock, new LinkedHashMap<>());
        return download(reports.pdf(Audience.STAFF, period), MediaType.APPLICATION_PDF_VALUE, "springboard-figures-" + span(period) + ".pdf");
    }

    @GetMapping("/admin/equality/insights/report.zip")
    ResponseEntity<byte[]> analystZip(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to, clock, new LinkedHashMap<>());
        return download(reports.zip(Audience.EQUALITY_ANALYST, period), "application/zip",
                "springboard-equality-figures-" + span(period) + ".zip");
    }

    private String page(Audience audience, String base, String from, String to, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        Period period = Period.parse(from, to, clock, problems);
        String query = "from=" + period.from() + "&to=" + period.to();
        List<SectionView> sections = new ArrayList<>();
        for (Dashboards.Computed section : dashboards.all(audience, period)) {
            List<FigureView> figures = new ArrayList<>();
            for (Figure figure : section.figures()) {
                String id = section.id() + "-" + figure.id();
                figures.add(new FigureView(figure, id, Charts.svg(figure, "chart-" + id),
                        base + "/" + section.id() + "/" + figure.id() + ".csv?" + query));
            }
            sections.add(new SectionView(section.id(), section.title(), figures));
        }
        Map<String, String> presets = new LinkedHashMap<>();
        Period twelve = Period.lastTwelveMonths(clock);
        Period financial = Period.lastFinancialYear(clock);
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        presets.put(messages.getMessage("insights.preset.twelve", null, locale), base + "?from=" + twelve.from() + "&to=" + twelve.to());
        presets.put(messages.getMessage("insights.preset.financial", new Object[] { String.valueOf(financial.from().getYear()),
                String.valueOf(financial.to().getYear()) }, locale), base + "?from=" + financial.from() + "&to=" + financial.to());
        model.addAttribute("analyst", audience == Audience.EQUALITY_ANALYST);
        model.addAttribute("base", base);
        model.addAttribute("period", period);
        DateTimeFormatter day = DAY.withLocale(locale);
        model.addAttribute("periodText", messages.getMessage("insights.period.span", new Object[] { day.format(period.from()),
                day.format(period.to()) }, locale));
        model.addAttribute("query", query);
        model.addAttribute("from", from == null ? period.from().toString() : from);
        model.addAttribute("to", to == null ? period.to().toString() : to);
        model.addAttribute("problems", problems);
        model.addAttribute("presets", presets);
        model.addAttribute("sections", sections);
        return "insights/dashboard";
    }

    private ResponseEntity<String> csv(Audience audience, String section, String figure, String from, String to) {
        Period period = Period.parse(from, to, clock, new LinkedHashMap<>());
        Figure found = dashboards.figure(audience, section, figure, period)
            .orElseThrow(() -> new NotFoundException("No figure " + section + "/" + figure));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(section + "-" + figure + "-" + span(period) + ".csv").build().toString())
            .body(found.csv());
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(type))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
            .body(body);
    }

    private static String span(Period period) {
        return period.from() + "-to-" + period.to();
    }

    record SectionView(String id, String title, List<FigureView> figures) {
    }

    /**
     * @param id the figure's anchor on the page
     * @param svg its chart, empty for a table only
     */
    record FigureView(Figure figure, String id, String svg, String csv) {
    }
}
