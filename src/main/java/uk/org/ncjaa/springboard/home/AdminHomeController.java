package uk.org.ncjaa.springboard.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff landing page: links to each admin area the person's role opens. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String admin() {
        return "admin/index";
    }
}
