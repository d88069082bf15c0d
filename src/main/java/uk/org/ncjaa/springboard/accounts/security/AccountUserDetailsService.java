package uk.org.ncjaa.springboard.accounts.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.domain.Account;
import uk.org.ncjaa.springboard.accounts.domain.AccountRepository;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountUser loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalise(email))
            .map(AccountUserDetailsService::user)
            .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static AccountUser user(Account account) {
        return new AccountUser(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.roles(), account.emailVerified(), account.twoFactorEnabled());
    }
}
