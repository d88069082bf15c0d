package uk.org.ncjaa.springboard.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.ncjaa.springboard.members.MembersApi;
import uk.org.ncjaa.springboard.shared.web.RequestPaths;

@Controller
class HomeController {

    private final MembersApi members;

    HomeController(MembersApi members) {
        this.members = members;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sections", Section.values());
        model.addAttribute("memberCount", members.count());
        return "home/index";
    }

    /**
     * Sections whose pages are still being built say so plainly, rather than leaving the
     * navigation pointing at "page not found". Each is replaced by its module's own controller.
     */
    @GetMapping({ "/news", "/case-studies", "/publications", "/mentoring" })
    String section(jakarta.servlet.http.HttpServletRequest request, Model model) {
        Section section = Section.fromPath(RequestPaths.of(request).substring(1)).orElseThrow();
        model.addAttribute("section", section);
        return "home/section";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "home/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }
}
