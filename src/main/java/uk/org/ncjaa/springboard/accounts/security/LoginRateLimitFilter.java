package uk.org.ncjaa.springboard.accounts.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.org.ncjaa.springboard.accounts.domain.AuditEventType;
import uk.org.ncjaa.springboard.accounts.domain.AuditLog;
import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/** Stops password guessing before the password is even checked. */
@Component
public class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final AuditLog audit;

    LoginRateLimitFilter(RateLimits limits, AuditLog audit) {
        this.limits = limits;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(RequestPaths.of(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limits.tryLogin(request.getRemoteAddr(), request.getParameter("email"))) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(AuditEventType.RATE_LIMITED, null, null, request.getRemoteAddr(), "login");
        response.sendRedirect(request.getContextPath() + "/login?limited");
    }
}
