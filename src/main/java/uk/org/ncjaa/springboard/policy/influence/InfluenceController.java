package uk.org.ncjaa.springboard.policy.influence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.policy.PolicyItems;

/** The public influence log, and staff recording what the alliance asked, of whom, and what came of it. */
@Controller
class InfluenceController {

    private final InfluenceLog log;

    InfluenceController(InfluenceLog log) {
        this.log = log;
    }

    @GetMapping("/policy/influence")
    String publicLog(Model model) {
        model.addAttribute("lines", log.entries(true));
        return "policy/influence";
    }

    @GetMapping("/admin/policy/influence")
    String index(Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", InfluenceEntry.Status.WAITING.name());
        values.put("askedOn", log.today().toString());
        return page(null, values, Set.of(), Map.of(), model);
    }

    @PostMapping("/admin/policy/influence")
    String create(@RequestParam Map<String, String> params, @RequestParam(name = "sources", required = false) List<String> sources,
            Model model, RedirectAttributes redirect) {
        Set<String> chosen = chosen(sources);
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = fields(params, problems);
        if (!problems.isEmpty()) {
            return page(null, params, chosen, problems, model);
        }
        InfluenceEntry entry = log.record(f.ask, f.body, f.askedOn, f.outcome, f.status, f.shown, List.copyOf(chosen));
        redirect.addFlashAttribute("notice", "The entry is added to the influence log.");
        return "redirect:/admin/policy/influence/" + entry.id();
    }

    @GetMapping("/admin/policy/influence/{id}")
    String entry(@PathVariable long id, Model model) {
        InfluenceEntry e = log.get(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ask", e.ask());
        values.put("body", e.body());
        values.put("askedOn", e.askedOn().toString());
        values.put("outcome", e.outcome());
        values.put("status", e.status().name());
        values.put("shown", e.shown() ? "true" : "");
        return page(e, values, new LinkedHashSet<>(e.sourceReferences()), Map.of(), model);
    }

    @PostMapping("/admin/policy/influence/{id}")
    String change(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "sources", required = false) List<String> sources, Model model, RedirectAttributes redirect) {
        InfluenceEntry e = log.get(id);
        Set<String> chosen = chosen(sources);
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = fields(params, problems);
        if (!problems.isEmpty()) {
            return page(e, params, chosen, problems, model);
        }
        log.change(id, f.ask, f.body, f.askedOn, f.outcome, f.status, f.shown, List.copyOf(chosen));
        redirect.addFlashAttribute("notice", "The entry is saved.");
        return "redirect:/admin/policy/influence/" + id;
    }

    private String page(InfluenceEntry entry, Map<String, String> values, Set<String> chosen, Map<String, String> problems, Model model) {
        List<PolicyItems.Source> available = new ArrayList<>(log.available());
        // a source that has gone stays on the entry, shown as its reference
        for (String reference : chosen) {
            if (available.stream().noneMatch(s -> s.reference().equals(reference))) {
                available.add(new PolicyItems.Source(reference, reference, null));
            }
        }
        model.addAttribute("entry", entry);
        model.addAttribute("values", values);
        model.addAttribute("chosen", chosen);
        model.addAttribute("available", available);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", InfluenceEntry.Status.values());
        model.addAttribute("lines", entry == null ? log.entries(false) : List.of());
        return "policy/admin/influence";
    }

    private record Fields(String ask, String body, LocalDate askedOn, String outcome, InfluenceEntry.Status status, boolean shown) {
    }

    private static Fields fields(Map<String, String> params, Map<String, String> problems) {
        String ask = text(params, "ask");
        String body = text(params, "body");
        String outcome = text(params, "outcome");
        if (ask.isEmpty()) {
            problems.put("ask", "Say what the alliance asked for");
        }
        else if (ask.length() > 5000) {
            problems.put("ask", "Keep the ask to 5000 characters");
        }
        if (body.isEmpty()) {
            problems.put("body", "Say to whom it went: a body, such as the Ministry of Justice");
        }
        else if (body.length() > 200) {
            problems.put("body", "Keep the body to 200 characters");
        }
        if (outcome.length() > 5000) {
            problems.put("outcome", "Keep the outcome to 5000 characters");
        }
        LocalDate askedOn = null;
        try {
            askedOn = LocalDate.parse(text(params, "askedOn"));
            if (askedOn.getYear() < 2000 || askedOn.getYear() > 2200) {
                problems.put("askedOn", "Enter the date it was asked, like 2026-11-03");
            }
        }
        catch (DateTimeParseException ex) {
            problems.put("askedOn", "Enter the date it was asked, like 2026-11-03");
        }
        InfluenceEntry.Status status = java.util.Arrays.stream(InfluenceEntry.Status.values())
            .filter(s -> s.name().equals(params.get("status"))).findFirst().orElse(null);
        if (status == null) {
            problems.put("status", "Choose where it stands");
        }
        return new Fields(ask, body, askedOn, outcome, status, "true".equals(params.get("shown")));
    }

    private static Set<String> chosen(List<String> sources) {
        Set<String> chosen = new LinkedHashSet<>();
        if (sources != null) {
            sources.stream().map(String::strip).filter(s -> s.matches("[a-z-]{1,40}:[A-Za-z0-9_-]{1,40}")).limit(50).forEach(chosen::add);
        }
        return chosen;
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }
}
