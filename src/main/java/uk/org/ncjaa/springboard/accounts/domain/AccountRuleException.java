package uk.org.ncjaa.springboard.accounts.domain;

/** A change the account rules do not allow; the message is written for the person asking. */
public class AccountRuleException extends RuntimeException {

    public AccountRuleException(String message) {
        super(message);
    }
}
