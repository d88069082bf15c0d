package uk.org.ncjaa.springboard.accounts.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.domain.Account;
import uk.org.ncjaa.springboard.accounts.domain.AccountRuleException;
import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.accounts.domain.WrongPasswordException;
import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.accounts.security.SignIn;
import uk.org.ncjaa.springboard.shared.i18n.Languages;

/** A member's own account: details, password, email, two-factor authentication, deletion. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final TotpCodes totp;
    private final SignIn signIn;
    private final MessageSource messages;
    private final LocaleResolver locales;

    AccountController(AccountService accounts, TotpCodes totp, SignIn signIn, MessageSource messages, LocaleResolver locales) {
        this.accounts = accounts;
        this.totp = totp;
        this.signIn = signIn;
        this.messages = messages;
        this.locales = locales;
    }

    @GetMapping("/account")
    String overview(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("account", accounts.get(user.id()));
        model.addAttribute("recoveryCodesLeft", accounts.unusedRecoveryCodes(user.id()));
        return "accounts/account";
    }

    /**
     * The member's language for the site and their emails, chosen on their profile page. The site
     * follows it at once (the language cookie), and at every sign-in.
     */
    @PostMapping("/account/language")
    String chooseLanguage(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String language,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String code = Languages.code(language);
        if (code == null) {
            redirect.addFlashAttribute("problem", messages.getMessage("accounts.language.missing", null, LocaleContextHolder.getLocale()));
            return "redirect:/account/profile";
        }
        accounts.chooseLanguage(user.id(), code);
        locales.setLocale(request, response, Languages.locale(code));
        redirect.addFlashAttribute("changed", messages.getMessage("accounts.language.saved", null, Languages.locale(code)));
        return "redirect:/account/profile";
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("form") Forms.ChangePassword form) {
        return "accounts/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.ChangePassword form,
            BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
        Passwords.check(form.getNewPassword(), user.email(), "newPassword", errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword(), request.getRemoteAddr());
                redirect.addFlashAttribute("notice", text("accounts.password.changed"));
                return "redirect:/login";
            }
            catch (WrongPasswordException ex) {
                errors.rejectValue("currentPassword", "accounts.forms.password.current.wrong", "Your current password is not right");
            }
        }
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        return "accounts/change-password";
    }

    @GetMapping("/account/email")
    String emailForm(@ModelAttribute("form") Forms.ChangeEmail form) {
        return "accounts/change-email";
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.ChangeEmail form,
            BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.requestEmailChange(user.id(), form.getCurrentPassword(), form.getNewEmail(), request.getRemoteAddr());
                redirect.addFlashAttribute("notice", messages.getMessage("accounts.email.sent", new Object[] {form.getNewEmail().strip()},
                        LocaleContextHolder.getLocale()));
                return "redirect:/account";
            }
            catch (WrongPasswordException ex) {
                errors.rejectValue("currentPassword", "accounts.forms.password.current.wrong", "Your current password is not right");
            }
        }
        form.setCurrentPassword(null);
        return "accounts/change-email";
    }

    @GetMapping("/email/confirm")
    String confirmEmail(@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
        model.addAttribute("changed", accounts.confirmEmailChange(token, request.getRemoteAddr()));
        return "accounts/email-confirmed";
    }

    @GetMapping("/account/delete")
    String deleteForm(@ModelAttribute("form") Forms.ConfirmWithPassword form) {
        return "accounts/delete";
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.ConfirmWithPassword form,
            BindingResult errors, HttpServletRequest request, RedirectAttributes redirect, Model model)
            throws ServletException {
        if (!errors.hasErrors()) {
            try {
                accounts.delete(user.id(), form.getPassword(), request.getRemoteAddr());
                request.logout();
                redirect.addFlashAttribute("notice", text("accounts.delete.done"));
                return "redirect:/";
            }
            catch (WrongPasswordException ex) {
                errors.rejectValue("password", "accounts.forms.password.wrong", "Your password is not right");
            }
            catch (AccountRuleException ex) {
                model.addAttribute("problem", ex.getMessage());
            }
        }
        form.setPassword(null);
        return "accounts/delete";
    }

    @GetMapping("/account/two-factor")
    String twoFactor(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") Forms.Code form, Model model) {
        return twoFactorPage(user, model);
    }

    @PostMapping("/account/two-factor")
    String enableTwoFactor(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") Forms.Code form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!errors.hasErrors()) {
            Optional<List<String>> codes = accounts.confirmTwoFactor(user.id(), form.getCode(), request.getRemoteAddr());
            if (codes.isPresent()) {
                signIn.complete(user.withTwoFactor(), request, response);
                model.addAttribute("recoveryCodes", codes.get());
                return "accounts/two-factor-enabled";
            }
            errors.rejectValue("code", "accounts.forms.code.wrong.setup", "That code did not work. Check the time on your phone and enter the current code.");
        }
        return twoFactorPage(user, model);
    }

    @PostMapping("/account/two-factor/disable")
    String disableTwoFactor(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String password,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            accounts.disableTwoFactor(user.id(), password, request.getRemoteAddr());
            signIn.complete(new AccountUser(user.id(), user.email(), user.displayName(), null, user.roles(), true, false),
                    request, response);
            redirect.addFlashAttribute("notice", text("accounts.account.tfa.off.done"));
        }
        catch (WrongPasswordException ex) {
            redirect.addFlashAttribute("problem", text("accounts.account.tfa.off.wrong"));
        }
        catch (AccountRuleException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/account";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String twoFactorPage(AccountUser user, Model model) {
        Account account = accounts.get(user.id());
        model.addAttribute("account", account);
        if (!account.twoFactorEnabled()) {
            String secret = accounts.beginTwoFactor(user.id());
            String uri = totp.otpauthUri(secret, account.email());
            model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
            model.addAttribute("qr", totp.qrSvg(uri));
        }
        return "accounts/two-factor";
    }
}
