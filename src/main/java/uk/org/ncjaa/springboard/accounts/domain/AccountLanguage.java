package uk.org.ncjaa.springboard.accounts.domain;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.i18n.RecipientLanguage;

/** A member's emails come in the language they chose for the site; an address with no account, or no choice, is not ours to answer. */
@Component
@Order(1)
class AccountLanguage implements RecipientLanguage {

    private final AccountService accounts;

    AccountLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale of(String email) {
        String code = accounts.languageOf(email);
        return code == null ? null : Languages.locale(code);
    }
}
