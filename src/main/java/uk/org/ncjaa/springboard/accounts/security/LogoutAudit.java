package uk.org.ncjaa.springboard.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.domain.AuditLog;

/** Records each logout in the security log. */
@Component
public class LogoutAudit implements LogoutHandler {

    private final AuditLog audit;

    LogoutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            audit.record(AuditEventType.LOGGED_OUT, user.id(), request.getRemoteAddr());
        }
    }
}
