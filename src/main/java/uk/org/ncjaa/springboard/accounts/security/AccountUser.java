package uk.org.ncjaa.springboard.accounts.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.org.ncjaa.springboard.accounts.Role;

/** The logged-in account as Spring Security holds it in the session. */
public final class AccountUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean verified;
    private final boolean twoFactorEnabled;
    private String passwordHash;

    public AccountUser(long id, String email, String displayName, String passwordHash, Set<Role> roles, boolean verified,
            boolean twoFactorEnabled) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.verified = verified;
        this.twoFactorEnabled = twoFactorEnabled;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean twoFactorEnabled() {
        return twoFactorEnabled;
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public AccountUser withTwoFactor() {
        return new AccountUser(id, email, displayName, null, roles, verified, true);
    }

    /** Every role the account holds; what a session is granted is decided at login. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    List<GrantedAuthority> authoritiesWithout(Set<Role> withheld) {
        return roles.stream()
            .filter(role -> !withheld.contains(role))
            .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
            .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountUser[" + id + "]";
    }
}
