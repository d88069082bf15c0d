package uk.org.ncjaa.springboard.evidence.submissions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/** The evaluations a member sent to the Evidence Library, and where each stands. */
@Component
@Order(3)
class SubmissionPersonalData implements PersonalData {

    private final EvidenceRepository entries;

    SubmissionPersonalData(EvidenceRepository entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        List<Map<String, String>> rows = entries.findBySubmittedByOrderByUpdatedAtDesc(accountId).stream().map(entry -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("title", entry.title());
            row.put("status", entry.status().label());
            row.put("last changed", text(entry.updatedAt()));
            row.put("address", "/evidence/" + entry.slug());
            return row;
        }).toList();
        return rows.isEmpty() ? List.of() : List.of(new Section("Evidence Library submissions", rows));
    }
}
