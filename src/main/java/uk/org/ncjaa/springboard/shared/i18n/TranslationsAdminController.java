package uk.org.ncjaa.springboard.shared.i18n;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors' list of every message in English and Welsh with its review status, to plan a Welsh speaker's checks. */
@Controller
class TranslationsAdminController {

    private final List<Translations.Message> messages = Translations.all();

    @GetMapping("/admin/translations")
    String list(@RequestParam(required = false) String bundle, @RequestParam(required = false) String status, Model model) {
        String shown = "drafted".equals(status) || "reviewed".equals(status) ? status : "all";
        List<String> bundles = messages.stream().map(Translations.Message::bundle).distinct().toList();
        // one bundle at a time: every message at once would make a page of several hundred kilobytes
        String chosen = bundles.contains(bundle) ? bundle : "shared";
        model.addAttribute("bundles", bundles);
        model.addAttribute("bundle", chosen);
        long reviewed = messages.stream().filter(Translations.Message::reviewed).count();
        model.addAttribute("status", shown);
        model.addAttribute("total", messages.size());
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("drafted", messages.size() - reviewed);
        model.addAttribute("messages", messages.stream()
            .filter(message -> message.bundle().equals(chosen))
            .filter(message -> "all".equals(shown) || message.reviewed() == "reviewed".equals(shown))
            .toList());
        return "admin/translations";
    }
}
