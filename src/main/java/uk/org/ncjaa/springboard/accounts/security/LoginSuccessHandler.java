package uk.org.ncjaa.springboard.accounts.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.domain.AuditLog;

@Component
public class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SignIn signIn;
    private final AuditLog audit;

    LoginSuccessHandler(SignIn signIn, AuditLog audit) {
        this.signIn = signIn;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        AccountUser user = (AccountUser) authentication.getPrincipal();
        Authentication granted = signIn.afterPassword(user);
        signIn.store(granted, request, response);
        audit.record(AuditEventType.LOGIN_SUCCEEDED, user.id(), request.getRemoteAddr());
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
}
