package uk.org.ncjaa.springboard.directory.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.MemberHistory;

/** The directory listings a member looks after, and the colleagues they invited to help. */
@Component
class ListingHistory implements MemberHistory {

    private final ListingRepository listings;

    ListingHistory(ListingRepository listings) {
        this.listings = listings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        for (Object[] row : listings.lookedAfterBy(accountId)) {
            moments.add(Moment.of(MemberHistory.instant(row[2]), Kind.DIRECTORY, "Began looking after the directory listing: " + row[1])
                .link("/admin/directory/" + row[0]));
        }
        for (Object[] row : listings.invitationsSentBy(accountId)) {
            String link = "/admin/directory/" + row[0];
            moments.add(Moment.of(MemberHistory.instant(row[2]), Kind.DIRECTORY, "Invited a colleague to help look after: " + row[1])
                .detail(row[3] == null ? "Not accepted" : null).link(link));
            if (row[3] != null) {
                moments.add(Moment.of(MemberHistory.instant(row[3]), Kind.DIRECTORY, "Their invitation was accepted: " + row[1]).link(link));
            }
        }
        return moments;
    }
}
