package uk.org.ncjaa.springboard.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.accounts.security.RateLimits;
import uk.org.ncjaa.springboard.accounts.security.SignIn;

@Controller
class LoginController {

    private final AccountService accounts;
    private final SignIn signIn;
    private final RateLimits limits;

    LoginController(AccountService accounts, SignIn signIn, RateLimits limits) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.limits = limits;
    }

    /** The form posts to Spring Security's login filter; outcomes come back as query flags. */
    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/login/two-factor")
    String twoFactor(@ModelAttribute("form") Forms.Code form) {
        return "accounts/login-two-factor";
    }

    @PostMapping("/login/two-factor")
    String verify(@Valid @ModelAttribute("form") Forms.Code form, BindingResult errors, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountUser user = (AccountUser) authentication.getPrincipal();
        if (errors.hasErrors()) {
            return "accounts/login-two-factor";
        }
        if (!limits.tryTwoFactor(request.getRemoteAddr(), user.id())) {
            model.addAttribute("limited", true);
            return "accounts/login-two-factor";
        }
        if (!accounts.verifySecondFactor(user.id(), form.getCode(), request.getRemoteAddr())) {
            errors.rejectValue("code", "accounts.forms.code.wrong", "That code did not work. Enter the current code from your app.");
            return "accounts/login-two-factor";
        }
        signIn.complete(user, request, response);
        return "redirect:" + signIn.nextPage(request, response);
    }
}
