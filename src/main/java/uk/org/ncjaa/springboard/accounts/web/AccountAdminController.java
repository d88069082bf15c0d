package uk.org.ncjaa.springboard.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.accounts.domain.Account;
import uk.org.ncjaa.springboard.accounts.domain.AccountRepository;
import uk.org.ncjaa.springboard.accounts.domain.AccountRuleException;
import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.domain.AuditEvent;
import uk.org.ncjaa.springboard.accounts.domain.AuditEventRepository;
import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.shared.web.Paging;

/** Admins find accounts, assign roles and read the security audit log. */
@Controller
@RequestMapping("/admin")
class AccountAdminController {

    private static final int PAGE_SIZE = 25;

    private final AccountRepository accountRepository;
    private final AuditEventRepository auditEvents;
    private final AccountService accounts;

    AccountAdminController(AccountRepository accountRepository, AuditEventRepository auditEvents, AccountService accounts) {
        this.accountRepository = accountRepository;
        this.auditEvents = auditEvents;
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model) {
        String query = q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
        Page<Account> results = accountRepository.search(query,
                PageRequest.of(Paging.index(page), PAGE_SIZE, Sort.by("createdAt").descending()));
        model.addAttribute("q", query);
        model.addAttribute("accounts", results.getContent());
        model.addAttribute("paging", Paging.of(results));
        return Htmx.view(request, "accounts/admin/list", "results");
    }

    @GetMapping("/accounts/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("events", auditEvents.search(null, id, PageRequest.of(0, 20)).getContent());
        return "accounts/admin/show";
    }

    @PostMapping("/accounts/{id}/roles")
    String setRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
            @AuthenticationPrincipal AccountUser admin, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        // a blank value arrives as null
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
        }
        try {
            accounts.setRoles(admin.id(), id, chosen, request.getRemoteAddr());
        }
        catch (AccountRuleException ex) {
            // the page again, with the boxes as they were ticked, so the admin sees what was refused and why
            model.addAttribute("problem", ex.getMessage());
            model.addAttribute("chosen", chosen);
            return show(id, model);
        }
        redirect.addFlashAttribute("notice", "Roles saved. The person's open sessions have ended, so the change applies at once.");
        return "redirect:/admin/accounts/" + id;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) AuditEventType type, @RequestParam(required = false) Long account,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        Page<AuditEvent> results = auditEvents.search(type, account, PageRequest.of(Paging.index(page), 50));
        model.addAttribute("types", AuditEventType.values());
        model.addAttribute("type", type);
        model.addAttribute("account", account);
        model.addAttribute("events", results.getContent());
        model.addAttribute("people", people(results.getContent()));
        model.addAttribute("paging", Paging.of(results));
        return Htmx.view(request, "accounts/admin/audit", "results");
    }

    /** Who an account is, to show beside its number: its name and address as they are now. */
    record Person(String name, String email) {
    }

    /**
     * The people named by a page of the log, actors and subjects, looked up as the page is shown so
     * that the log itself keeps numbers only and a renamed or erased account reads as it is now.
     */
    private java.util.Map<Long, Person> people(List<AuditEvent> events) {
        Set<Long> ids = new java.util.HashSet<>();
        for (AuditEvent event : events) {
            if (event.accountId() != null) {
                ids.add(event.accountId());
            }
            if (event.actorId() != null) {
                ids.add(event.actorId());
            }
        }
        java.util.Map<Long, Person> people = new java.util.HashMap<>();
        accountRepository.findAllById(ids).forEach(account -> people.put(account.id(), new Person(account.displayName(), account.email())));
        return people;
    }
}
