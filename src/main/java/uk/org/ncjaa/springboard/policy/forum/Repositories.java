package uk.org.ncjaa.springboard.policy.forum;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The forum's tables, each through its own repository. */
final class Repositories {

    private Repositories() {
    }
}

interface ForumMeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findAllByOrderByHeldAtAsc();

    List<Meeting> findByMinutesStatusOrderByHeldAtDesc(Meeting.MinutesStatus status);
}

interface ForumAgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);
}

interface ForumPaperRepository extends JpaRepository<Paper, Long> {

    List<Paper> findByMeetingIdOrderByIdAsc(long meetingId);
}

interface ForumAttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderByPresentDescNameAsc(long meetingId);
}

interface ForumActionRepository extends JpaRepository<Action, Long> {

    List<Action> findAllByOrderByIdAsc();
}

interface ForumMemberRepository extends JpaRepository<ForumMember, Long> {

    List<ForumMember> findByActiveTrueOrderByBodyAscNameAsc();

    @Query("select count(m) > 0 from ForumMember m where m.active = true and lower(m.email) = lower(?1)")
    boolean isMember(String email);
}

interface ForumProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByAccountIdOrderByCreatedAtDesc(long accountId);

    List<Proposal> findAllByOrderByCreatedAtDesc();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ForumProposal p where p.id = ?1")
    Optional<Proposal> lock(long id);
}
