package uk.org.ncjaa.springboard.evidence.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/** A member's saved Evidence Library searches and how often they hear of them. */
@Component
@Order(4)
class SavedSearchPersonalData implements PersonalData {

    private final SavedSearchRepository searches;

    SavedSearchPersonalData(SavedSearchRepository searches) {
        this.searches = searches;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        List<Map<String, String>> rows = searches.findByAccountIdOrderByName(accountId).stream().map(search -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", search.name());
            row.put("search", search.query());
            row.put("emails", search.frequency().label());
            row.put("last email", text(search.lastSentAt()));
            return row;
        }).toList();
        return rows.isEmpty() ? List.of() : List.of(new Section("Saved searches", rows));
    }
}
