package uk.org.ncjaa.springboard.policy.forum;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import uk.org.ncjaa.springboard.events.EventsApi;

/** The secretariat's work on the forum: meetings, agendas, papers, attendance, minutes, actions and members. */
@Service
@Transactional
public class Forum {

    private final ForumMeetingRepository meetings;
    private final ForumAgendaItemRepository agenda;
    private final ForumPaperRepository papers;
    private final ForumAttendanceRepository attendance;
    private final ForumActionRepository actions;
    private final ForumMemberRepository members;
    private final PaperFiles files;
    private final EventsApi events;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    Forum(ForumMeetingRepository meetings, ForumAgendaItemRepository agenda, ForumPaperRepository papers, ForumAttendanceRepository attendance,
            ForumActionRepository actions, ForumMemberRepository members, PaperFiles files, EventsApi events, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.meetings = meetings;
        this.agenda = agenda;
        this.papers = papers;
        this.attendance = attendance;
        this.actions = actions;
        this.members = members;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** One action on a meeting's record or in the log, with where it came from and when it is due. */
    public record ActionLine(Action action, Meeting origin, LocalDate due, String dueText, boolean overdue, boolean changedSinceLast) {
    }

    /** Everything a meeting's page shows; the caller has already chosen what this visitor may see. */
    public record MeetingRecord(Meeting meeting, List<AgendaItem> agenda, List<Paper> papers, List<Attendance> attendance,
            List<ActionLine> actions, Optional<EventsApi.Summary> event, Optional<Meeting> previous, Optional<Meeting> next,
            Optional<Meeting> approvedAt) {
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Meeting.UK);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings() {
        return meetings.findAllByOrderByHeldAtAsc();
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new ForumNotFoundException("No forum meeting " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> findMeeting(long id) {
        return meetings.findById(id);
    }

    /** Meetings still to come, soonest first. */
    @Transactional(readOnly = true)
    public List<Meeting> upcoming() {
        Instant now = clock.instant();
        return meetings().stream().filter(m -> m.heldAt().isAfter(now)).toList();
    }

    /** Meetings held, latest first. */
    @Transactional(readOnly = true)
    public List<Meeting> held() {
        Instant now = clock.instant();
        return meetings().stream().filter(m -> !m.heldAt().isAfter(now)).sorted(Comparator.comparing(Meeting::heldAt).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public List<Meeting> withPublishedMinutes() {
        return meetings.findByMinutesStatusOrderByHeldAtDesc(Meeting.MinutesStatus.PUBLISHED);
    }

    public Meeting createMeeting(String title, Instant heldAt, String place, String chair, String eventSlug) {
        return meetings.save(new Meeting(title, heldAt, place, chair, eventSlug, clock.instant()));
    }

    public void changeMeeting(long id, String title, Instant heldAt, String place, String chair, String eventSlug) {
        meeting(id).change(title, heldAt, place, chair, eventSlug, clock.instant());
    }

    /** The event a meeting is linked to, read from the events module. */
    @Transactional(readOnly = true)
    public Optional<EventsApi.Summary> event(Meeting meeting) {
        return meeting.eventSlug() == null ? Optional.empty() : events.bySlug(meeting.eventSlug());
    }

    @Transactional(readOnly = true)
    public boolean eventExists(String slug) {
        return events.bySlug(slug).isPresent();
    }

    // the agenda

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(long meetingId) {
        return agenda.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
    }

    public AgendaItem addAgendaItem(long meetingId, String title, String notes, Long proposalId) {
        meeting(meetingId);
        int next = agenda(meetingId).stream().mapToInt(AgendaItem::position).max().orElse(0) + 1;
        return agenda.save(new AgendaItem(meetingId, next, title, notes, proposalId));
    }

    /** Moves an item one place up or down, swapping with its neighbour. */
    public void moveAgendaItem(long meetingId, long itemId, boolean up) {
        List<AgendaItem> items = new ArrayList<>(agenda(meetingId));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                at = i;
            }
        }
        if (at < 0) {
            throw new ForumNotFoundException("No agenda item " + itemId);
        }
        int other = up ? at - 1 : at + 1;
        if (other >= 0 && other < items.size()) {
            items.get(at).moveTo(other + 1);
            items.get(other).moveTo(at + 1);
        }
    }

    public void removeAgendaItem(long meetingId, long itemId) {
        AgendaItem item = agenda.findById(itemId).filter(i -> i.meetingId() == meetingId)
            .orElseThrow(() -> new ForumNotFoundException("No agenda item " + itemId));
        agenda.delete(item);
    }

    // papers

    @Transactional(readOnly = true)
    public List<Paper> papers(long meetingId) {
        return papers.findByMeetingIdOrderByIdAsc(meetingId);
    }

    public Paper addPaper(long meetingId, String title, LocalDate publishOn, boolean membersOnly, MultipartFile upload) {
        meeting(meetingId);
        PaperFiles.Stored stored = files.store(upload);
        return papers.save(new Paper(meetingId, title, stored.fileName(), stored.key(), stored.size(), publishOn, membersOnly,
                stored.risks(), clock.instant()));
    }

    public Paper addPaper(long meetingId, String title, LocalDate publishOn, boolean membersOnly, InputStream content, String name)
            throws IOException {
        PaperFiles.Stored stored = files.store(content, name);
        return papers.save(new Paper(meetingId, title, stored.fileName(), stored.key(), stored.size(), publishOn, membersOnly,
                stored.risks(), clock.instant()));
    }

    public void changePaper(long meetingId, long paperId, String title, LocalDate publishOn, boolean membersOnly) {
        paper(meetingId, paperId).change(title, publishOn, membersOnly);
    }

    @Transactional(readOnly = true)
    public Paper paper(long meetingId, long paperId) {
        return papers.findById(paperId).filter(p -> p.meetingId() == meetingId)
            .orElseThrow(() -> new ForumNotFoundException("No paper " + paperId));
    }

    public Optional<Resource> file(Paper paper) {
        return files.content(paper);
    }

    // attendance

    @Transactional(readOnly = true)
    public List<Attendance> attendance(long meetingId) {
        return attendance.findByMeetingIdOrderByPresentDescNameAsc(meetingId);
    }

    public void recordAttendance(long meetingId, String name, String body, boolean present) {
        meeting(meetingId);
        boolean already = attendance(meetingId).stream().anyMatch(a -> a.name().equalsIgnoreCase(name.strip()));
        if (already) {
            throw new ForumException(name.strip() + " is already recorded for this meeting.");
        }
        attendance.saveAndFlush(new Attendance(meetingId, name, body, present));
    }

    public void removeAttendance(long meetingId, long id) {
        Attendance a = attendance.findById(id).filter(x -> x.meetingId() == meetingId)
            .orElseThrow(() -> new ForumNotFoundException("No attendance " + id));
        attendance.delete(a);
    }

    // minutes

    public void draftMinutes(long meetingId, String text) {
        meeting(meetingId).draftMinutes(text, clock.instant());
    }

    public void approveMinutesByCorrespondence(long meetingId) {
        meeting(meetingId).approveMinutesByCorrespondence(clock);
    }

    public void approveMinutes(long meetingId, long approvingMeetingId) {
        Meeting at = meetings.findById(approvingMeetingId).orElse(null);
        meeting(meetingId).approveMinutes(at, clock);
    }

    public void publishMinutes(long meetingId) {
        meeting(meetingId).publishMinutes(clock);
    }

    // actions

    public Action addAction(long meetingId, String description, String owner, String ownerEmail, Long dueMeetingId, LocalDate dueOn) {
        meeting(meetingId);
        if (dueMeetingId != null) {
            meeting(dueMeetingId);
        }
        return actions.save(new Action(meetingId, description, owner, ownerEmail, dueMeetingId, dueOn, clock.instant()));
    }

    public void moveAction(long actionId, Action.Status status, String reason) {
        action(actionId).moveTo(status, reason, clock);
    }

    @Transactional(readOnly = true)
    public Action action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new ForumNotFoundException("No action " + actionId));
    }

    /** The actions on a meeting's record: its own, and those carried to it from earlier meetings. */
    @Transactional(readOnly = true)
    public List<ActionLine> actionsAt(Meeting meeting, boolean publicOnly) {
        Map<Long, Meeting> byId = byId();
        Instant previous = previous(meeting).map(Meeting::heldAt).orElse(null);
        return lines(byId, publicOnly).stream()
            .filter(l -> l.action().showsAt(l.origin().heldAt(), meeting.heldAt(), previous))
            .toList();
    }

    /** Every action, open ones first, each with its due day and whether it moved since the last meeting held. */
    @Transactional(readOnly = true)
    public List<ActionLine> actionLog(boolean publicOnly) {
        return lines(byId(), publicOnly).stream()
            .sorted(Comparator.comparing((ActionLine l) -> l.action().status().closed())
                .thenComparing(l -> l.due() == null ? LocalDate.MAX : l.due())
                .thenComparing(l -> l.action().id()))
            .toList();
    }

    /** The latest meeting already held, against which "changed since the last meeting" is measured. */
    @Transactional(readOnly = true)
    public Optional<Meeting> lastHeld() {
        return held().stream().findFirst();
    }

    private List<ActionLine> lines(Map<Long, Meeting> byId, boolean publicOnly) {
        // dates and words in the page's language; English (as it always was) anywhere else, reminders included
        java.util.Locale locale = uk.org.ncjaa.springboard.shared.i18n.Languages.welsh(
                org.springframework.context.i18n.LocaleContextHolder.getLocale()) ? uk.org.ncjaa.springboard.shared.i18n.Languages.WELSH
                : java.util.Locale.UK;
        LocalDate today = today();
        Instant since = lastHeld().map(Meeting::heldAt).orElse(Instant.MIN);
        List<ActionLine> lines = new ArrayList<>();
        for (Action a : actions.findAllByOrderByIdAsc()) {
            Meeting origin = byId.get(a.meetingId());
            if (origin == null || publicOnly && !origin.minutesPublic()) {
                continue;
            }
            Meeting dueMeeting = a.dueMeetingId() == null ? null : byId.get(a.dueMeetingId());
            LocalDate due = a.dueDay(dueMeeting == null ? null : dueMeeting.heldOn());
            String dueText = a.dueOn() != null ? a.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale))
                    : dueMeeting != null ? by(dueMeeting.title(), locale) : "";
            boolean changed = a.statusChangedAt().isAfter(since) && !a.statusChangedAt().equals(a.createdAt());
            lines.add(new ActionLine(a, origin, due, dueText, a.overdue(due, today), changed));
        }
        return lines;
    }

    /** "By" a meeting, for an action due at one rather than on a day. */
    private String by(String meeting, java.util.Locale locale) {
        return messages.getMessage("policy.actions.dueBy", new Object[] { meeting }, "By " + meeting, locale);
    }

    private Map<Long, Meeting> byId() {
        Map<Long, Meeting> byId = new HashMap<>();
        meetings().forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> previous(Meeting meeting) {
        return meetings().stream().filter(m -> m.heldAt().isBefore(meeting.heldAt())).reduce((a, b) -> b);
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> next(Meeting meeting) {
        return meetings().stream().filter(m -> m.heldAt().isAfter(meeting.heldAt())).findFirst();
    }

    /**
     * A meeting's whole record for one kind of reader: the public sees papers once public and minutes
     * once published; forum members and staff see it all.
     */
    @Transactional(readOnly = true)
    public MeetingRecord record(long meetingId, boolean insider) {
        Meeting meeting = meeting(meetingId);
        LocalDate today = today();
        List<Paper> shown = papers(meetingId).stream().filter(p -> insider || p.isPublic(today)).toList();
        return new MeetingRecord(meeting, agenda(meetingId), shown, attendance(meetingId), actionsAt(meeting, !insider),
                event(meeting), previous(meeting), next(meeting),
                meeting.approvedAtMeeting() == null ? Optional.empty() : meetings.findById(meeting.approvedAtMeeting()));
    }

    // members

    @Transactional(readOnly = true)
    public List<ForumMember> members() {
        return members.findByActiveTrueOrderByBodyAscNameAsc();
    }

    public ForumMember addMember(String name, String email, String body) {
        if (email != null && !email.isBlank() && members.isMember(email.strip())) {
            throw new ForumException("Someone with that email address is already a member of the forum.");
        }
        return members.saveAndFlush(new ForumMember(name, email, body, clock.instant()));
    }

    public void removeMember(long id) {
        members.findById(id).orElseThrow(() -> new ForumNotFoundException("No forum member " + id)).leave();
    }

    @Transactional(readOnly = true)
    public boolean isForumMember(String email) {
        return email != null && members.isMember(email);
    }

    /** The personal invitations of the meeting's forum event, from the events module. */
    @Transactional(readOnly = true)
    public List<EventsApi.Invitee> invitations(Meeting meeting) {
        return meeting.eventSlug() == null ? List.of() : events.invitations(meeting.eventSlug());
    }
}
