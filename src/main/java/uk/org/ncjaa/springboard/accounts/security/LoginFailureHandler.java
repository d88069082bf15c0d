package uk.org.ncjaa.springboard.accounts.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.domain.Account;
import uk.org.ncjaa.springboard.accounts.domain.AccountRepository;
import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.domain.AuditLog;

/**
 * A wrong email and a wrong password get the same answer. Only someone who knew the password is
 * told that the address still needs verifying.
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AccountRepository accounts;
    private final AuditLog audit;

    LoginFailureHandler(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Long accountId = accounts.findByEmail(Account.normalise(request.getParameter("email"))).map(Account::id).orElse(null);
        boolean unverified = exception instanceof DisabledException;
        audit.record(AuditEventType.LOGIN_FAILED, accountId, null, request.getRemoteAddr(),
                unverified ? "email not verified" : accountId == null ? "unknown account" : "wrong password");
        response.sendRedirect(request.getContextPath() + (unverified ? "/login?unverified" : "/login?error"));
    }
}
