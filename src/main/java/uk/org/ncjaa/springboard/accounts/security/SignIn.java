package uk.org.ncjaa.springboard.accounts.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.Role;

/**
 * Decides what a session may do after each login step. Staff roles are granted only once the
 * second factor is proven; until a staff account has set one up, it gets member rights and is
 * sent to the set-up page.
 */
@Component
public class SignIn {

    /** The password was right; the authenticator code is still to come. */
    public static final String FACTOR_PENDING = "FACTOR_PENDING";

    /** A staff account without two-factor authentication: it must set it up first. */
    public static final String TWO_FACTOR_SETUP_REQUIRED = "TWO_FACTOR_SETUP_REQUIRED";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    public SecurityContextRepository contextRepository() {
        return contexts;
    }

    /** After the password: grant what the account may have before (or without) a second factor. */
    Authentication afterPassword(AccountUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (user.twoFactorEnabled()) {
            authorities.add(new SimpleGrantedAuthority(FACTOR_PENDING));
        }
        else if (user.isStaff()) {
            authorities.addAll(user.authoritiesWithout(Role.staff()));
            authorities.add(new SimpleGrantedAuthority(TWO_FACTOR_SETUP_REQUIRED));
        }
        else {
            authorities.addAll(user.getAuthorities());
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /**
     * Grants every role once both factors are proven (or the account has none to prove). The
     * session gets a new id at this moment, as it did after the password: an id seen while the
     * login was half done (a shared computer, a log, one planted by someone else) must not gain
     * staff rights with it. The session registry follows the change, so revoking still finds it.
     */
    public void complete(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Where to go after logging in: the page that asked for it, or the account page. */
    public String nextPage(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return "/account";
    }

    public static boolean isPending(Authentication authentication) {
        return has(authentication, FACTOR_PENDING);
    }

    public static boolean needsSetup(Authentication authentication) {
        return has(authentication, TWO_FACTOR_SETUP_REQUIRED);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
