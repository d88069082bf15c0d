package uk.org.ncjaa.springboard.policy.influence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Three fictional entries in the influence log, one drawn from a forum item; one kept for staff only. */
@Component
public class DemoInfluence {

    private final InfluenceLog log;
    private final InfluenceEntryRepository entries;

    DemoInfluence(InfluenceLog log, InfluenceEntryRepository entries) {
        this.log = log;
        this.entries = entries;
    }

    @Transactional
    public void load(LocalDate today, Long forumItem) {
        if (entries.count() > 0) {
            return;
        }
        log.record("Let a woman's place on an arts programme move with her when she changes prison", "HM Prison and Probation Service",
                today.minusMonths(3), "HMPPS agreed to report on it to the winter meeting of the Arts Forum.", InfluenceEntry.Status.PARTLY_ACHIEVED,
                true, forumItem == null ? List.of() : List.of("forum-item:" + forumItem));
        log.record("Publish guidance on fair day rates for artists working in custody", "Arts Council England", today.minusMonths(3).plusDays(2),
                "The guidance was shared with the forum and is now linked from prison arts contracts.", InfluenceEntry.Status.ACHIEVED, true,
                List.of());
        log.record("Count arts provision in the annual survey of prison governors", "Ministry of Justice", today.minusMonths(1),
                "", InfluenceEntry.Status.WAITING, false, List.of());
    }
}
