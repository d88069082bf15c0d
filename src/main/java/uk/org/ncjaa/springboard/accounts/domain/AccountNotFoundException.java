package uk.org.ncjaa.springboard.accounts.domain;

import uk.org.ncjaa.springboard.shared.NotFoundException;

public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(long id) {
        super("No account " + id);
    }
}
