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

    public long count() {
        return accounts.count();
    }

    public record AccountSummary(long id, String displayName, String email, java.util.Set<Role> roles) {
    }
}
