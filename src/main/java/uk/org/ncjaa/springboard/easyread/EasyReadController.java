package uk.org.ncjaa.springboard.easyread;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.PageMeta;

/** The easy-read pages: public, the same for everyone, in the page's language. */
@Controller
class EasyReadController {

    private final MessageSource messages;
    private final SpringboardProperties site;

    EasyReadController(MessageSource messages, SpringboardProperties site) {
        this.messages = messages;
        this.site = site;
    }

    @GetMapping("/easy-read")
    String index(Model model) {
        model.addAttribute("pages", EasyReadPages.all());
        model.addAttribute("help", EasyReadPages.HELP);
        model.addAttribute("meta", meta("/easy-read", "easyread.index.title", "easyread.index.1"));
        return "easyread/index";
    }

    @GetMapping("/easy-read/{name}")
    String page(@PathVariable String name, Model model) {
        EasyReadPage page = EasyReadPages.named(name).orElseThrow(() -> new NotFoundException("No easy-read page " + name));
        model.addAttribute("page", page);
        model.addAttribute("help", EasyReadPages.HELP);
        model.addAttribute("meta", meta("/easy-read/" + name, page.titleKey(), page.summaryKey()));
        return "easyread/page";
    }

    /** The page's title and description for sharing and search, in the page's language; a Welsh page names itself so. */
    private PageMeta meta(String path, String titleKey, String descriptionKey) {
        Locale locale = LocaleContextHolder.getLocale();
        String address = site.baseUrl() + path + ("cy".equals(locale.getLanguage()) ? "?lang=cy" : "");
        return new PageMeta(messages.getMessage(titleKey, null, locale), messages.getMessage(descriptionKey, null, locale), address,
                "website");
    }
}
