package uk.org.ncjaa.springboard.members.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.shared.MemberHistory;
import uk.org.ncjaa.springboard.shared.MemberHistory.Kind;
import uk.org.ncjaa.springboard.shared.MemberHistory.Moment;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * A member's whole history for the staff CRM: the moments every module contributes, newest first,
 * filtered by kind and a page at a time, so a long history keeps the page light.
 */
@Service
public class MemberTimeline {

    public static final int PAGE_SIZE = 100;

    private static final Comparator<Moment> NEWEST_FIRST = Comparator.comparing(Moment::when).reversed()
        .thenComparing(Moment::kind).thenComparing(Moment::what);

    private final List<MemberHistory> parts;
    private final MemberRepository members;

    MemberTimeline(List<MemberHistory> parts, MemberRepository members) {
        this.parts = parts;
        this.members = members;
    }

    /**
     * @param moments this page's moments, newest first
     * @param counts how many moments of each kind the whole history holds, for the filter
     * @param total how many moments the filter keeps
     * @param page the page shown, from 1
     */
    public record Timeline(Long accountId, List<Moment> moments, Map<Kind, Integer> counts, int total, int page, int totalPages) {
    }

    /**
     * @param kind only moments of this kind, or all when null
     * @param page the page wanted, from 1; out of range is brought back into it
     */
    public Timeline of(long memberId, Kind kind, int page) {
        Member member = members.findById(memberId).filter(m -> m.erasedAt() == null)
            .orElseThrow(() -> new NotFoundException("No such member"));
        Long accountId = member.accountId();
        List<Moment> all = new ArrayList<>();
        if (accountId != null) {
            parts.forEach(part -> all.addAll(part.about(accountId)));
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        all.forEach(moment -> counts.merge(moment.kind(), 1, Integer::sum));
        List<Moment> kept = all.stream().filter(moment -> kind == null || moment.kind() == kind).sorted(NEWEST_FIRST).toList();
        int totalPages = Math.max(1, (kept.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), totalPages);
        int from = (shown - 1) * PAGE_SIZE;
        return new Timeline(accountId, kept.subList(from, Math.min(kept.size(), from + PAGE_SIZE)), counts, kept.size(), shown, totalPages);
    }
}
