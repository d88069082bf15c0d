package uk.org.ncjaa.springboard.accounts.web;

import org.springframework.validation.BindingResult;

import uk.org.ncjaa.springboard.accounts.PasswordRules;

/** Puts the password rules' answer on a form field. */
final class Passwords {

    private Passwords() {
    }

    static void check(String password, String email, String field, BindingResult errors) {
        PasswordRules.check(password, email)
            .ifPresent(problem -> errors.rejectValue(field, problem.key(), problem.args(), problem.english()));
    }
}
