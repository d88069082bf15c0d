package uk.org.ncjaa.springboard.shared.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.org.ncjaa.springboard.shared.NotFoundException;

/** Lets admins read the mail the embedded default wrote instead of sending. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    private final Outbox outbox;
    private final MailProperties properties;

    OutboxAdminController(Outbox outbox, MailProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("messages", outbox.list(200));
        model.addAttribute("smtp", properties.usesSmtp());
        return "admin/outbox/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("message", outbox.find(id).orElseThrow(() -> new NotFoundException("No such message")));
        return "admin/outbox/show";
    }
}
