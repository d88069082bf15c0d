package uk.org.ncjaa.springboard.accounts.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in account, for controllers. */
public final class SecuritySupport {

    private SecuritySupport() {
    }

    public static Optional<AccountUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user ? Optional.of(user)
                : Optional.empty();
    }
}
