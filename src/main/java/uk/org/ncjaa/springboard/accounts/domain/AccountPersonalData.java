package uk.org.ncjaa.springboard.accounts.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/** The account itself and its security log (sign-ins, with the addresses they came from). */
@Component
@Order(1)
class AccountPersonalData implements PersonalData {

    private final AccountRepository accounts;
    private final AuditEventRepository audit;

    AccountPersonalData(AccountRepository accounts, AuditEventRepository audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        return accounts.findById(accountId).map(account -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("name", account.displayName());
            details.put("email", account.email());
            details.put("roles", String.join(", ", account.roles().stream().map(Enum::name).sorted().toList()));
            details.put("created", text(account.createdAt()));
            details.put("email confirmed", text(account.emailVerifiedAt()));
            details.put("two-factor authentication since", text(account.totpEnabledAt()));
            details.put("language for the site and emails", account.preferredLanguage() == null ? null
                    : "cy".equals(account.preferredLanguage()) ? "Cymraeg (Welsh)" : "English");
            List<Map<String, String>> log = new ArrayList<>();
            audit.search(null, accountId, PageRequest.of(0, 1000)).forEach(event -> {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("when", text(event.occurredAt()));
                row.put("what", event.type().name());
                // the address is the person's own only when they acted: staff who changed their roles or
                // opened their record are named in the log, but their addresses are not for the download
                boolean own = event.actorId() == null || event.actorId().equals(event.accountId());
                row.put("from address", own ? event.ipAddress() : null);
                log.add(row);
            });
            return List.of(new Section("Your account", List.of(details)), new Section("Security log", log));
        }).orElse(List.of());
    }
}
