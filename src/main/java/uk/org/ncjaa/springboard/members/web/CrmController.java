package uk.org.ncjaa.springboard.members.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.domain.Duplicates;
import uk.org.ncjaa.springboard.members.domain.MemberCrm;
import uk.org.ncjaa.springboard.members.domain.MemberTimeline;
import uk.org.ncjaa.springboard.shared.MemberHistory;
import uk.org.ncjaa.springboard.shared.web.Paging;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The staff CRM: find members, tag them, keep notes, save and export segments, and resolve duplicate records. */
@Controller
class CrmController {

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[\\p{L}\\p{N} '&-]{1,40}");

    private final MemberCrm crm;
    private final Duplicates duplicates;
    private final TaxonomyApi taxonomy;
    private final MemberTimeline timelines;
    private final AccountsApi accounts;

    CrmController(MemberCrm crm, Duplicates duplicates, TaxonomyApi taxonomy, MemberTimeline timelines, AccountsApi accounts) {
        this.crm = crm;
        this.duplicates = duplicates;
        this.taxonomy = taxonomy;
        this.timelines = timelines;
        this.accounts = accounts;
    }

    @GetMapping("/admin/members")
    String search(@RequestParam MultiValueMap<String, String> params, Model model) {
        Map<String, String> regions = labels(Vocabulary.REGION);
        Map<String, String> artForms = labels(Vocabulary.ART_FORM);
        Map<String, String> settings = labels(Vocabulary.SETTING);
        Map<String, String> roles = labels(Vocabulary.ROLE);
        MemberCrm.Query query = known(MemberCrm.Query.read(params), regions, roles, artForms, settings);
        MemberCrm.Results results = crm.search(query);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        String base = query.toQueryString();
        model.addAttribute("base", "/admin/members?" + (base.isEmpty() ? "" : base + "&"));
        model.addAttribute("queryString", base);
        model.addAttribute("paging", new Paging(results.page(), results.totalPages(), results.total(), results.page() > 1,
                results.page() < results.totalPages()));
        model.addAttribute("regions", regions);
        model.addAttribute("artForms", artForms);
        model.addAttribute("settings", settings);
        model.addAttribute("roles", roles);
        Map<String, String> tags = new LinkedHashMap<>();
        crm.allTags().forEach(tag -> tags.put(tag, tag));
        model.addAttribute("tags", tags);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("individual", "Individual");
        kinds.put("organisation", "Organisation");
        model.addAttribute("kinds", kinds);
        Map<String, String> newsletter = new LinkedHashMap<>();
        newsletter.put("yes", "Agreed to the newsletter");
        newsletter.put("no", "Not agreed");
        model.addAttribute("newsletterChoices", newsletter);
        model.addAttribute("segments", crm.segments());
        return "members/crm";
    }

    /** The search as CSV: names and emails only of members who agreed to be emailed, or no names at all. */
    @GetMapping("/admin/members/export.csv")
    void export(@AuthenticationPrincipal AccountUser staff, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "analysis") String purpose, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        MemberCrm.Purpose chosen = "contact".equals(purpose) ? MemberCrm.Purpose.CONTACT : MemberCrm.Purpose.ANALYSIS;
        MemberCrm.Query query = known(MemberCrm.Query.read(params));
        String search = query.toQueryString();
        // logged before the file is written: a download cut short has still taken data away
        accounts.recordPersonalDataExported(staff.id(), null, "Members CSV for " + chosen.name().toLowerCase(java.util.Locale.ROOT)
                + (search.isEmpty() ? ", every member" : ", search: " + search), request.getRemoteAddr());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"members-" + chosen.name().toLowerCase() + ".csv\"");
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        crm.export(query, chosen, out);
    }

    @PostMapping("/admin/members/segments")
    String saveSegment(@AuthenticationPrincipal AccountUser staff, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
        MemberCrm.Query parsed = known(MemberCrm.Query.read(parse(query)));
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            redirect.addFlashAttribute("segmentProblem", "Give the segment a name of up to 100 characters");
        }
        else if (!crm.saveSegment(clean, parsed, staff.displayName())) {
            redirect.addFlashAttribute("segmentProblem", "A segment called “" + clean + "” already exists: choose another name");
        }
        else {
            redirect.addFlashAttribute("changed", "Segment “" + clean + "” saved.");
        }
        String back = parsed.toQueryString();
        return "redirect:/admin/members" + (back.isEmpty() ? "" : "?" + back);
    }

    @PostMapping("/admin/members/segments/{id}/delete")
    String deleteSegment(@PathVariable long id, RedirectAttributes redirect) {
        crm.deleteSegment(id);
        redirect.addFlashAttribute("changed", "Segment deleted.");
        return "redirect:/admin/members";
    }

    /** A member's record: the CRM's facts, tags and notes, and their whole history with the network, a page at a time. */
    @GetMapping("/admin/members/{id}")
    String member(@AuthenticationPrincipal AccountUser staff, @PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        MemberCrm.Detail detail = crm.detail(id);
        MemberHistory.Kind chosen = kind(kind);
        MemberTimeline.Timeline timeline = timelines.of(id, chosen, page == null ? 1 : page);
        accounts.recordMemberRecordViewed(staff.id(), timeline.accountId(), "CRM record of member " + id, request.getRemoteAddr());
        model.addAttribute("member", detail);
        model.addAttribute("regions", labels(Vocabulary.REGION));
        model.addAttribute("timeline", timeline);
        model.addAttribute("years", years(timeline.moments()));
        model.addAttribute("kinds", MemberHistory.Kind.values());
        model.addAttribute("kind", chosen);
        model.addAttribute("timelineBase", "/admin/members/" + id + "?" + (chosen == null ? "" : "kind=" + chosen.name() + "&"));
        model.addAttribute("paging", new Paging(timeline.page(), timeline.totalPages(), timeline.total(), timeline.page() > 1,
                timeline.page() < timeline.totalPages()));
        return "members/crm-member";
    }

    /** One year of a member's history, for a heading per year. */
    record Year(int year, java.util.List<Shown> moments) {
    }

    /**
     * A moment with its time for the {@code datetime} attribute, which HTML allows to the
     * millisecond at most, and a moment's time may be finer.
     */
    record Shown(MemberHistory.Moment moment, String datetime) {
    }

    private static java.util.List<Year> years(java.util.List<MemberHistory.Moment> moments) {
        java.util.List<Year> years = new java.util.ArrayList<>();
        for (MemberHistory.Moment moment : moments) {
            int year = moment.when().atZone(LONDON).getYear();
            if (years.isEmpty() || years.get(years.size() - 1).year() != year) {
                years.add(new Year(year, new java.util.ArrayList<>()));
            }
            years.get(years.size() - 1).moments()
                .add(new Shown(moment, moment.when().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
        }
        return years;
    }

    /** The kind asked for, or every kind for a value that names none (links outlive the kinds). */
    private static MemberHistory.Kind kind(String kind) {
        for (MemberHistory.Kind candidate : MemberHistory.Kind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }

    @PostMapping("/admin/members/{id}/tags")
    String tag(@AuthenticationPrincipal AccountUser staff, @PathVariable long id, @RequestParam(defaultValue = "") String tag,
            RedirectAttributes redirect) {
        String clean = tag.strip();
        if (!TAG.matcher(clean).matches()) {
            redirect.addFlashAttribute("tagProblem", "A tag is up to 40 letters, numbers, spaces, hyphens or apostrophes");
        }
        else {
            crm.tag(id, clean.toLowerCase(java.util.Locale.ROOT), staff.id());
        }
        return "redirect:/admin/members/" + id;
    }

    @PostMapping("/admin/members/{id}/tags/delete")
    String untag(@PathVariable long id, @RequestParam(defaultValue = "") String tag) {
        crm.untag(id, tag);
        return "redirect:/admin/members/" + id;
    }

    @PostMapping("/admin/members/{id}/notes")
    String note(@AuthenticationPrincipal AccountUser staff, @PathVariable long id, @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        String clean = body.strip();
        if (clean.isEmpty() || clean.length() > 4000) {
            redirect.addFlashAttribute("noteProblem", clean.isEmpty() ? "Write the note first" : "Keep a note under 4,000 characters");
            redirect.addFlashAttribute("noteDraft", body.length() > 4000 ? body.substring(0, 4000) : body);
        }
        else {
            crm.note(id, clean, staff.displayName());
            redirect.addFlashAttribute("changed", "Note added.");
        }
        return "redirect:/admin/members/" + id;
    }

    @GetMapping("/admin/members/duplicates")
    String duplicates(Model model) {
        model.addAttribute("pairs", duplicates.find());
        model.addAttribute("merges", duplicates.recentMerges());
        return "members/duplicates";
    }

    @PostMapping("/admin/members/duplicates/dismiss")
    String dismiss(@AuthenticationPrincipal AccountUser staff, @RequestParam long first, @RequestParam long second,
            RedirectAttributes redirect) {
        if (first == second || !duplicates.dismiss(first, second, staff.displayName())) {
            redirect.addFlashAttribute("changed", "Those records could not be found, so nothing was noted.");
            return "redirect:/admin/members/duplicates";
        }
        redirect.addFlashAttribute("changed", "Noted: those are different people. The pair will not be shown again.");
        return "redirect:/admin/members/duplicates";
    }

    @PostMapping("/admin/members/duplicates/merge")
    String merge(@AuthenticationPrincipal AccountUser staff, @RequestParam long kept, @RequestParam long merged,
            RedirectAttributes redirect) {
        duplicates.merge(kept, merged, staff.displayName());
        redirect.addFlashAttribute("changed", "Merged. You can undo it from the list of recent merges.");
        return "redirect:/admin/members/duplicates";
    }

    @PostMapping("/admin/members/merges/{id}/undo")
    String undo(@AuthenticationPrincipal AccountUser staff, @PathVariable long id, RedirectAttributes redirect) {
        duplicates.undo(id, staff.displayName());
        redirect.addFlashAttribute("changed", "The merge is undone: both records are back as they were.");
        return "redirect:/admin/members/duplicates";
    }

    /** Drops vocabulary values that are not in the vocabularies, as links and bookmarks outlive them. */
    private MemberCrm.Query known(MemberCrm.Query query) {
        return known(query, labels(Vocabulary.REGION), labels(Vocabulary.ROLE), labels(Vocabulary.ART_FORM), labels(Vocabulary.SETTING));
    }

    private static MemberCrm.Query known(MemberCrm.Query query, Map<String, String> regions, Map<String, String> roles,
            Map<String, String> artForms, Map<String, String> settings) {
        return new MemberCrm.Query(query.text(), regions.containsKey(query.region()) ? query.region() : null,
                roles.containsKey(query.role()) ? query.role() : null, artForms.containsKey(query.art()) ? query.art() : null,
                settings.containsKey(query.setting()) ? query.setting() : null, query.tag(), query.kind(),
                query.status(), query.newsletter(), query.page());
    }

    private Map<String, String> labels(Vocabulary vocabulary) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ConceptView concept : taxonomy.concepts(vocabulary)) {
            labels.put(concept.slug(), concept.label());
        }
        return labels;
    }

    private static MultiValueMap<String, String> parse(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.add(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return "";
        }
    }
}
