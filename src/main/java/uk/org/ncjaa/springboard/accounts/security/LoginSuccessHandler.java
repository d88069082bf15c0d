package uk.org.ncjaa.springboard.accounts.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.domain.AuditLog;
import uk.org.ncjaa.springboard.shared.i18n.Languages;

@Component
public class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SignIn signIn;
    private final AuditLog audit;
    private final AccountService accounts;

    LoginSuccessHandler(SignIn signIn, AuditLog audit, AccountService accounts) {
        this.signIn = signIn;
        this.audit = audit;
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        AccountUser user = (AccountUser) authentication.getPrincipal();
        Authentication granted = signIn.afterPassword(user);
        signIn.store(granted, request, response);
        audit.record(AuditEventType.LOGIN_SUCCEEDED, user.id(), request.getRemoteAddr());
        rememberLanguage(user, request, response);
        String next;
        if (SignIn.isPending(granted)) {
            next = "/login/two-factor";
        }
        else if (SignIn.needsSetup(granted)) {
            next = "/account/two-factor";
        }
        else {
            next = signIn.nextPage(request, response);
        }
        response.sendRedirect(next.startsWith("/") ? request.getContextPath() + next : next);
    }

    /**
     * The site follows the member's chosen language from the moment they sign in. A member who has
     * not chosen keeps the language of the page they signed in from.
     */
    private void rememberLanguage(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
        String chosen = accounts.get(user.id()).preferredLanguage();
        if (chosen != null) {
            response.addHeader("Set-Cookie", Languages.cookieHeader(chosen, request.isSecure()));
        }
    }
}
