package uk.org.ncjaa.springboard.evidence.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.evidence.imports.ImportJobs;
import uk.org.ncjaa.springboard.evidence.search.SearchIndex;
import uk.org.ncjaa.springboard.shared.web.Htmx;

/** Curators' bulk import (upload, dry run, import with progress) and the search index rebuild. */
@Controller
class EvidenceAdminController {

    private final ImportJobs imports;
    private final SearchIndex index;
    private final EvidenceRepository entries;

    EvidenceAdminController(ImportJobs imports, SearchIndex index, EvidenceRepository entries) {
        this.imports = imports;
        this.index = index;
        this.entries = entries;
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
