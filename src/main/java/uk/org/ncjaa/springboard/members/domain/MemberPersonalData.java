package uk.org.ncjaa.springboard.members.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.PersonalData;

import static uk.org.ncjaa.springboard.shared.PersonalData.text;

/** The member's profile, what they work in, their terms of membership and their whole consent ledger. */
@Component
@Order(2)
class MemberPersonalData implements PersonalData {

    private final MemberRepository members;
    private final ConsentRecordRepository consents;
    private final EqualityResponseRepository equality;
    private final MemberCrm crm;

    MemberPersonalData(MemberRepository members, ConsentRecordRepository consents, EqualityResponseRepository equality,
            MemberCrm crm) {
        this.crm = crm;
        this.members = members;
        this.consents = consents;
        this.equality = equality;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> about(long accountId) {
        return members.findByAccountId(accountId).map(member -> {
            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("name", member.displayName());
            profile.put("role", member.roleTitle());
            profile.put("organisation", member.organisationName());
            profile.put("region", member.regionSlug());
            profile.put("heard of the alliance through", member.heardFrom());
            profile.put("joined", text(member.joinedAt()));
            List<Map<String, String>> interests = member.interests().stream()
                .map(interest -> row("kind", interest.vocabulary().name(), "concept", interest.slug()))
                .toList();
            List<Map<String, String>> terms = member.terms().stream()
                .map(term -> {
                    Map<String, String> row = row("kind", term.kind().name(), "started", text(term.startedAt()));
                    row.put("ended", text(term.endedAt()));
                    row.put("why it ended", term.endReason());
                    return row;
                })
                .toList();
            List<Map<String, String>> ledger = consents.findByMemberIdOrderByRecordedAtDescIdDesc(member.id()).stream()
                .map(record -> {
                    Map<String, String> row = row("when", text(record.recordedAt()), "what for", record.purpose().label());
                    row.put("agreed", text(record.granted()));
                    row.put("wording", record.purpose().wording());
                    row.put("wording version", record.wordingVersion());
                    row.put("how", record.source().label());
                    return row;
                })
                .toList();
            List<Section> sections = new java.util.ArrayList<>(List.of(new Section("Your membership", List.of(profile)),
                    new Section("What you work in", interests), new Section("Membership terms", terms), new Section("Consents", ledger)));
            // what staff wrote about them and how they tagged them is theirs to see too
            MemberCrm.Detail staffView = crm.detail(member.id());
            if (!staffView.notes().isEmpty() || !staffView.tags().isEmpty()) {
                List<Map<String, String>> notes = new java.util.ArrayList<>();
                staffView.notes().forEach(note -> notes.add(row("written", text(note.writtenAt()), "note", note.body())));
                staffView.tags().forEach(tag -> notes.add(row("written", null, "tag", tag)));
                sections.add(new Section("Staff notes and tags", notes));
            }
            // the member's own special-category answers: theirs to see, kept apart from everything above
            equality.findById(member.id()).ifPresent(response -> {
                Map<String, String> answers = new LinkedHashMap<>();
                for (EqualityQuestion question : EqualityQuestion.values()) {
                    String answer = response.answer(question);
                    answers.put(question.question(), answer == null ? null : question.answers().getOrDefault(answer, answer));
                }
                answers.put("answered", text(response.answeredAt()));
                sections.add(new Section("Equality monitoring", List.of(answers)));
            });
            return sections;
        }).orElse(List.of());
    }

    private static Map<String, String> row(String field, String value, String otherField, String otherValue) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(field, value);
        row.put(otherField, otherValue);
        return row;
    }
}
