package uk.org.ncjaa.springboard.members;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.domain.MemberRepository;

/** Read access to the network for other modules. */
@Service
@Transactional(readOnly = true)
public class MembersApi {

    private final MemberRepository members;

    MembersApi(MemberRepository members) {
        this.members = members;
    }

    /** Members of the network now (not those who have left or were erased). */
    public long count() {
        return members.countCurrent();
    }

    public Optional<MemberSummary> forAccount(long accountId) {
        return members.findByAccountId(accountId)
            .map(m -> new MemberSummary(m.id(), accountId, m.displayName(), m.joinedAt()));
    }

    public record MemberSummary(long id, long accountId, String displayName, java.time.Instant joinedAt) {
    }
}
