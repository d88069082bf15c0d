package uk.org.ncjaa.springboard.config;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #viewer} in templates: who is looking, worked out once per page from the security
 * context. Pages ask "signed in?" and "editor?" several times each; the security dialect's
 * {@code sec:authorize} parses an access expression every time, which cost more than the rest of
 * rendering an entry page.
 */
@Component
class ViewerDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final RoleHierarchy roles;

    ViewerDialect(RoleHierarchy roles) {
        super("viewer");
        this.roles = roles;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("viewer");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return Viewer.of(SecurityContextHolder.getContext().getAuthentication(), roles);
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The person viewing a page: signed in or not, and the roles they hold, those implied by others included. */
    public record Viewer(boolean signedIn, Set<String> roles) {

        static Viewer of(Authentication authentication, RoleHierarchy hierarchy) {
            if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
                return new Viewer(false, Set.of());
            }
            Collection<? extends GrantedAuthority> reachable = hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities());
            return new Viewer(true, reachable.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
        }

        public boolean member() {
            return roles.contains("ROLE_MEMBER");
        }

        public boolean editor() {
            return roles.contains("ROLE_EDITOR");
        }

        public boolean admin() {
            return roles.contains("ROLE_ADMIN");
        }

        public boolean equalityAnalyst() {
            return roles.contains("ROLE_EQUALITY_ANALYST");
        }
    }
}
