package uk.org.ncjaa.springboard.accounts;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.domain.AccountRepository;

/** Read access to accounts for other modules. */
@Service
@Transactional(readOnly = true)
public class AccountsApi {

    private final AccountRepository accounts;

    AccountsApi(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountSummary> find(long id) {
        return accounts.findById(id).map(a -> new AccountSummary(a.id(), a.displayName(), a.email(), a.roles()));
    }

    /** Verified accounts holding a role, for notifying staff (for example editors of a new submission). */
    public java.util.List<AccountSummary> withRole(Role role) {
        return accounts.findVerifiedWithRole(role).stream()
            .map(a -> new AccountSummary(a.id(), a.displayName(), a.email(), a.roles()))
            .toList();
    }

    public long count() {
        return accounts.count();
    }

    public record AccountSummary(long id, String displayName, String email, java.util.Set<Role> roles) {
    }
}
