package uk.org.ncjaa.springboard.accounts.domain;

public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("The current password did not match");
    }
}
