package uk.org.ncjaa.springboard.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
class PasswordResetController {

    private final AccountService accounts;
    private final RateLimits limits;
    private final MessageSource messages;

    PasswordResetController(AccountService accounts, RateLimits limits, MessageSource messages) {
        this.accounts = accounts;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/password/forgot")
    String forgot(@ModelAttribute("form") Forms.EmailOnly form) {
        return "accounts/forgot-password";
    }

    @PostMapping("/password/forgot")
    String requestReset(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult errors,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "accounts/forgot-password";
        }
        if (!limits.tryEmailLink(request.getRemoteAddr())) {
            model.addAttribute("limited", true);
            return "accounts/forgot-password";
        }
        accounts.requestPasswordReset(form.getEmail(), request.getRemoteAddr());
        redirect.addFlashAttribute("email", form.getEmail().strip());
        return "redirect:/password/sent";
    }

    @GetMapping("/password/sent")
    String sent() {
        return "accounts/reset-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        if (!accounts.resetTokenUsable(token)) {
            return "accounts/reset-expired";
        }
        Forms.NewPassword form = new Forms.NewPassword();
        form.setToken(token);
        model.addAttribute("form", form);
        return "accounts/reset-password";
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("form") Forms.NewPassword form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!accounts.resetTokenUsable(form.getToken())) {
            return "accounts/reset-expired";
        }
        Passwords.check(form.getPassword(), null, "password", errors);
        if (errors.hasErrors()) {
            form.setPassword(null);
            return "accounts/reset-password";
        }
        if (!accounts.resetPassword(form.getToken(), form.getPassword(), request.getRemoteAddr())) {
            return "accounts/reset-expired";
        }
        redirect.addFlashAttribute("notice", messages.getMessage("accounts.reset.done", null, LocaleContextHolder.getLocale()));
        return "redirect:/login";
    }
}
