package uk.org.ncjaa.springboard.accounts.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.org.ncjaa.springboard.shared.web.RequestPaths;

/**
 * Keeps a half-logged-in session on the two-factor pages: an account waiting to enter its code,
 * or a staff account that must set two-factor up, goes nowhere else (except out).
 */
@Component
public class TwoFactorGateFilter extends OncePerRequestFilter {

    private static final Set<String> ALWAYS_OPEN = Set.of("/logout", "/error");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return ALWAYS_OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = RequestPaths.of(request);
        if (SignIn.isPending(authentication) && !path.equals("/login/two-factor")) {
            response.sendRedirect(request.getContextPath() + "/login/two-factor");
            return;
        }
        if (SignIn.needsSetup(authentication) && !path.equals("/account/two-factor")) {
            response.sendRedirect(request.getContextPath() + "/account/two-factor");
            return;
        }
        chain.doFilter(request, response);
    }
}
