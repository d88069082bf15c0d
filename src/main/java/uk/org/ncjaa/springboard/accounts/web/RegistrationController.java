package uk.org.ncjaa.springboard.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.security.RateLimits;

@Controller
class RegistrationController {

    private final AccountService accounts;
    private final RateLimits limits;

    RegistrationController(AccountService accounts, RateLimits limits) {
        this.accounts = accounts;
        this.limits = limits;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("form") Forms.Registration form) {
        return "accounts/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") Forms.Registration form, BindingResult errors,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Passwords.check(form.getPassword(), form.getEmail(), "password", errors);
        if (errors.hasErrors()) {
            form.setPassword(null);
            return "accounts/register";
        }
        if (!limits.tryRegister(request.getRemoteAddr())) {
            model.addAttribute("limited", true);
            form.setPassword(null);
            return "accounts/register";
        }
        accounts.register(form.getDisplayName(), form.getEmail(), form.getPassword(), request.getRemoteAddr());
        redirect.addFlashAttribute("email", form.getEmail().strip());
        return "redirect:/register/check-email";
    }

    @GetMapping("/register/check-email")
    String checkEmail(@ModelAttribute("form") Forms.EmailOnly form) {
        return "accounts/check-email";
    }

    @PostMapping("/register/resend")
    String resend(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult errors, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "accounts/check-email";
        }
        if (!limits.tryEmailLink(request.getRemoteAddr())) {
            model.addAttribute("limited", true);
            return "accounts/check-email";
        }
        accounts.resendVerification(form.getEmail());
        redirect.addFlashAttribute("email", form.getEmail().strip());
        redirect.addFlashAttribute("resent", true);
        return "redirect:/register/check-email";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
        model.addAttribute("verified", accounts.verifyEmail(token, request.getRemoteAddr()));
        return "accounts/verified";
    }
}
