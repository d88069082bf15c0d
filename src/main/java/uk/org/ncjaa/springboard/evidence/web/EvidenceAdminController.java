package uk.org.ncjaa.springboard.evidence.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.imports.EvidenceImport;
import uk.org.ncjaa.springboard.evidence.imports.ImportJobs;
import uk.org.ncjaa.springboard.evidence.imports.ImportReport;
import uk.org.ncjaa.springboard.evidence.search.SearchIndex;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Curators' bulk import (upload, dry run, import with progress) and the search index rebuild. */
@Controller
class EvidenceAdminController {

    private final ImportJobs imports;
    private final SearchIndex index;
    private final EvidenceRepository entries;
    private final TaxonomyApi taxonomy;

    EvidenceAdminController(ImportJobs imports, SearchIndex index, EvidenceRepository entries,
            TaxonomyApi taxonomy) {
        this.imports = imports;
        this.index = index;
        this.entries = entries;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/admin/evidence/import")
    String importForm() {
        return "evidence/import";
    }

    @PostMapping("/admin/evidence/import")
    String check(@AuthenticationPrincipal AccountUser curator, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw new ImportJobs.Refused("Choose a file to import.");
            }
            ImportJobs.Checked checked = imports.check(file.getOriginalFilename(), file.getBytes(), curator.displayName());
            return "redirect:/admin/evidence/import/" + checked.job().id();
        }
        catch (ImportJobs.Refused | IOException refused) {
            model.addAttribute("error", refused instanceof ImportJobs.Refused ? refused.getMessage()
                    : "The upload did not arrive complete. Please try again.");
            return "evidence/import";
        }
    }

    /** Before the import: the dry run row by row. During and after: the progress. */
    @GetMapping("/admin/evidence/import/{id}")
    String job(@PathVariable String id, HttpServletRequest request, Model model) {
        UUID uuid = uuid(id);
        ImportJobs.Job job = imports.find(uuid).orElseThrow(() -> new EvidenceNotFoundException(id));
        model.addAttribute("job", job);
        if (job.status().equals("CHECKED")) {
            model.addAttribute("report", imports.checked(uuid).orElseThrow().report());
            return "evidence/import-check";
        }
        return Htmx.view(request, "evidence/import-progress", "progress");
    }

    /** One row of a checked file: its tags, vocabulary by vocabulary, for the curator to correct before importing. */
    @GetMapping("/admin/evidence/import/{id}/rows/{line}")
    String row(@PathVariable String id, @PathVariable int line, Model model) {
        UUID uuid = uuid(id);
        ImportJobs.Checked checked = imports.checked(uuid).orElseThrow(() -> new EvidenceNotFoundException(id));
        ImportReport.Row row = checked.report().rows().stream()
            .filter(r -> r.line() == line && r.action() == ImportReport.Action.CREATE)
            .findFirst().orElseThrow(() -> new EvidenceNotFoundException(id + "/" + line));
        List<VocabularyChoice> choices = new ArrayList<>();
        for (Vocabulary vocabulary : EvidenceImport.taggedVocabularies()) {
            List<String> chosen = row.tags().getOrDefault(vocabulary.label(), List.of());
            choices.add(new VocabularyChoice(vocabulary, taxonomy.concepts(vocabulary), Set.copyOf(chosen)));
        }
        model.addAttribute("job", checked.job());
        model.addAttribute("row", row);
        model.addAttribute("choices", choices);
        return "evidence/import-row";
    }

    @PostMapping("/admin/evidence/import/{id}/rows/{line}")
    String correct(@PathVariable String id, @PathVariable int line,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        UUID uuid = uuid(id);
        Map<Vocabulary, List<String>> tags =
                new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : EvidenceImport.taggedVocabularies()) {
            Set<String> known = taxonomy.concepts(vocabulary).stream().map(ConceptView::slug)
                .collect(Collectors.toSet());
            // only slugs the vocabulary holds: anything else in the form is ignored
            tags.put(vocabulary, params.getOrDefault("tag-" + vocabulary.name(), List.of()).stream().filter(known::contains)
                .distinct().toList());
        }
        if (!imports.correct(uuid, line, tags)) {
            redirect.addFlashAttribute("problem", "That row can no longer be corrected: the file has been imported, or the row is not a new entry.");
        }
        else {
            redirect.addFlashAttribute("notice", "Line " + line + ": your tags will be used when you import the file.");
        }
        return "redirect:/admin/evidence/import/" + id;
    }

    /** A vocabulary's concepts, and which of them the row is tagged with (by label, as the dry run reports them). */
    record VocabularyChoice(Vocabulary vocabulary,
            List<ConceptView> concepts, Set<String> chosenLabels) {
    }

    @PostMapping("/admin/evidence/import/{id}")
    String start(@PathVariable String id, @RequestParam(name = "publish", required = false) String publish,
            RedirectAttributes redirect) {
        imports.start(uuid(id), publish != null);
        redirect.addFlashAttribute("notice", "The import has started.");
        return "redirect:/admin/evidence/import/" + id;
    }

    @GetMapping("/admin/evidence/index")
    String index(HttpServletRequest request, Model model) {
        model.addAttribute("progress", index.progress());
        model.addAttribute("indexed", index.indexedCount());
        model.addAttribute("stored", entries.count());
        return Htmx.view(request, "evidence/index-admin", "progress");
    }

    @PostMapping("/admin/evidence/index")
    String rebuild(RedirectAttributes redirect) {
        index.requestRebuild();
        redirect.addFlashAttribute("notice", "The search index is being rebuilt. Search keeps working meanwhile.");
        return "redirect:/admin/evidence/index";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        }
        catch (IllegalArgumentException ex) {
            throw new EvidenceNotFoundException(id);
        }
    }
}
