package uk.org.ncjaa.springboard.policy.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.shared.EmailAddresses;
import uk.org.ncjaa.springboard.shared.files.PdfScreening;

/** The forum's secretariat: meetings and their agendas, papers, attendance, minutes and actions; members; proposals. */
@Controller
class ForumAdminController {

    private static final int MAX_TITLE = ForumController.MAX_TITLE;
    private static final int MAX_TEXT = ForumController.MAX_TEXT;
    private static final int MAX_MINUTES = 100_000;

    private final Forum forum;
    private final Proposals proposals;

    ForumAdminController(Forum forum, Proposals proposals) {
        this.forum = forum;
        this.proposals = proposals;
    }

    @GetMapping("/admin/policy/forum")
    String index(Model model) {
        return indexPage(Map.of(), Map.of(), model);
    }

    private String indexPage(Map<String, String> values, Map<String, String> problems, Model model) {
        model.addAttribute("meetings", forum.meetings().stream().sorted(java.util.Comparator.comparing(Meeting::heldAt).reversed()).toList());
        model.addAttribute("members", forum.members());
        model.addAttribute("waiting", proposals.all().stream().filter(w -> w.proposal().status() == Proposal.Status.SUBMITTED).count());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "policy/admin/forum";
    }

    @PostMapping("/admin/policy/forum/members")
    String addMember(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        String name = text(params, "memberName");
        String email = text(params, "memberEmail");
        String body = text(params, "memberBody");
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "memberName", name, "Enter the member's name", MAX_TITLE);
        required(problems, "memberBody", body, "Enter the body they represent", MAX_TITLE);
        if (!email.isEmpty() && (email.length() > 320 || !EmailAddresses.plausible(email))) {
            problems.put("memberEmail", "Enter an email address like name@example.org, or leave it empty");
        }
        if (problems.isEmpty()) {
            try {
                forum.addMember(name, email, body);
                redirect.addFlashAttribute("notice", name + " is added to the forum.");
                return "redirect:/admin/policy/forum";
            }
            catch (ForumException ex) {
                problems.put("memberEmail", ex.getMessage());
            }
        }
        return indexPage(params, problems, model);
    }

    @PostMapping("/admin/policy/forum/members/{memberId}/remove")
    String removeMember(@PathVariable long memberId, RedirectAttributes redirect) {
        forum.removeMember(memberId);
        redirect.addFlashAttribute("notice", "The member is taken off the forum's list.");
        return "redirect:/admin/policy/forum";
    }

    @GetMapping("/admin/policy/forum/meetings/new")
    String newMeeting(Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("heldOn", forum.today().plusMonths(1).toString());
        values.put("heldTime", "14:00");
        values.put("chair", "Ministry of Justice");
        model.addAttribute("values", values);
        model.addAttribute("problems", Map.of());
        return "policy/admin/new-meeting";
    }

    @PostMapping("/admin/policy/forum/meetings/new")
    String createMeeting(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new LinkedHashMap<>();
        MeetingFields fields = meetingFields(params, problems);
        if (!problems.isEmpty()) {
            model.addAttribute("values", params);
            model.addAttribute("problems", problems);
            return "policy/admin/new-meeting";
        }
        Meeting meeting = forum.createMeeting(fields.title, fields.heldAt, fields.place, fields.chair, fields.eventSlug);
        redirect.addFlashAttribute("notice", "The meeting is added. Build its agenda below.");
        return "redirect:/admin/policy/forum/meetings/" + meeting.id();
    }

    @GetMapping("/admin/policy/forum/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meeting meeting = forum.meeting(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", meeting.title());
        values.put("heldOn", meeting.heldOn().toString());
        values.put("heldTime", meeting.heldAt().atZone(Meeting.UK).toLocalTime().toString());
        values.put("place", meeting.place());
        values.put("chair", meeting.chair());
        values.put("eventSlug", meeting.eventSlug() == null ? "" : meeting.eventSlug());
        values.put("minutes", meeting.minutes());
        values.put("publishOn", forum.today().toString());
        return meetingPage(id, values, Map.of(), model);
    }

    private String meetingPage(long id, Map<String, String> values, Map<String, String> problems, Model model) {
        Meeting meeting = forum.meeting(id);
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.putIfAbsent("minutes", meeting.minutes());
        model.addAttribute("m", meeting);
        model.addAttribute("record", forum.record(id, true));
        model.addAttribute("meetings", forum.meetings());
        model.addAttribute("later", forum.meetings().stream().filter(o -> o.heldAt().isAfter(meeting.heldAt())).toList());
        model.addAttribute("invitations", forum.invitations(meeting));
        model.addAttribute("members", forum.members());
        model.addAttribute("statuses", Action.Status.values());
        model.addAttribute("values", shown);
        model.addAttribute("problems", problems);
        model.addAttribute("today", forum.today());
        return "policy/admin/meeting";
    }

    @PostMapping("/admin/policy/forum/meetings/{id}")
    String changeMeeting(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        forum.meeting(id);
        Map<String, String> problems = new LinkedHashMap<>();
        MeetingFields fields = meetingFields(params, problems);
        if (!problems.isEmpty()) {
            return meetingPage(id, params, problems, model);
        }
        forum.changeMeeting(id, fields.title, fields.heldAt, fields.place, fields.chair, fields.eventSlug);
        return done(redirect, "The meeting's details are saved.", id);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/agenda")
    String addAgendaItem(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        forum.meeting(id);
        String title = text(params, "itemTitle");
        String notes = text(params, "itemNotes");
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "itemTitle", title, "Enter the agenda item", MAX_TITLE);
        if (notes.length() > MAX_TEXT) {
            problems.put("itemNotes", "Keep the notes to " + MAX_TEXT + " characters");
        }
        if (!problems.isEmpty()) {
            return meetingPage(id, params, problems, model);
        }
        forum.addAgendaItem(id, title, notes, null);
        return done(redirect, "The item is added to the agenda.", id);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/agenda/{itemId}/move")
    String moveAgendaItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String direction,
            RedirectAttributes redirect) {
        forum.moveAgendaItem(id, itemId, !"down".equals(direction));
        return done(redirect, "The agenda's order is saved.", id);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/agenda/{itemId}/remove")
    String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        forum.removeAgendaItem(id, itemId);
        return done(redirect, "The item is taken off the agenda.", id);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/papers")
    String addPaper(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "paperFile", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        forum.meeting(id);
        String title = text(params, "paperTitle");
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "paperTitle", title, "Enter the paper's title", MAX_TITLE);
        LocalDate publishOn = date(params, "publishOn", "Enter the day the paper becomes public, like 2027-02-01", problems);
        if (problems.isEmpty()) {
            try {
                forum.addPaper(id, title, publishOn, "true".equals(params.get("membersOnly")), file);
                return done(redirect, "The paper is uploaded.", id);
            }
            catch (PdfScreening.Rejected rejected) {
                problems.put("paperFile", rejected.getMessage());
            }
        }
        return meetingPage(id, params, problems, model);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/papers/{paperId}")
    String changePaper(@PathVariable long id, @PathVariable long paperId, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Paper paper = forum.paper(id, paperId);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate publishOn = date(params, "publishOn", "Enter a date", problems);
        if (!problems.isEmpty()) {
            return done(redirect, "Enter the day the paper becomes public, like 2027-02-01.", id);
        }
        forum.changePaper(id, paperId, paper.title(), publishOn, "true".equals(params.get("membersOnly")));
        return done(redirect, "The paper's settings are saved.", id);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/attendance")
    String addAttendance(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        forum.meeting(id);
        String name = text(params, "attendeeName");
        String body = text(params, "attendeeBody");
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "attendeeName", name, "Enter the person's name", MAX_TITLE);
        if (body.length() > MAX_TITLE) {
            problems.put("attendeeBody", "Keep the body to " + MAX_TITLE + " characters");
        }
        if (problems.isEmpty()) {
            try {
                forum.recordAttendance(id, name, body, !"apologies".equals(params.get("present")));
                return done(redirect, "Attendance is recorded.", id);
            }
            catch (ForumException ex) {
                problems.put("attendeeName", ex.getMessage());
            }
        }
        return meetingPage(id, params, problems, model);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/attendance/{attendeeId}/remove")
    String removeAttendance(@PathVariable long id, @PathVariable long attendeeId, RedirectAttributes redirect) {
        forum.removeAttendance(id, attendeeId);
        return done(redirect, "The attendance line is removed.", id);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/minutes")
    String minutes(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        forum.meeting(id);
        String action = params.getOrDefault("action", "save");
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            switch (action) {
                case "approve" -> {
                    Long at = id(params.get("approvedAt"));
                    if ("correspondence".equals(params.get("approvedAt"))) {
                        forum.approveMinutesByCorrespondence(id);
                        return done(redirect, "The minutes are approved by correspondence. Publish them when you are ready.", id);
                    }
                    if (at == null) {
                        problems.put("approvedAt", "Choose the meeting that approved the minutes");
                    }
                    else {
                        forum.approveMinutes(id, at);
                        return done(redirect, "The minutes are approved. Publish them when you are ready.", id);
                    }
                }
                case "publish" -> {
                    forum.publishMinutes(id);
                    return done(redirect, "The minutes are published on the meeting's public page.", id);
                }
                default -> {
                    String text = params.getOrDefault("minutes", "");
                    if (text.length() > MAX_MINUTES) {
                        problems.put("minutes", "The minutes are too long: keep them to " + MAX_MINUTES + " characters");
                    }
                    else {
                        forum.draftMinutes(id, text);
                        return done(redirect, "The draft minutes are saved.", id);
                    }
                }
            }
        }
        catch (ForumException ex) {
            problems.put("approve".equals(action) ? "approvedAt" : "minutes", ex.getMessage());
        }
        return meetingPage(id, params, problems, model);
    }

    @PostMapping("/admin/policy/forum/meetings/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        forum.meeting(id);
        String description = text(params, "actionText");
        String owner = text(params, "actionOwner");
        String email = text(params, "actionEmail");
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "actionText", description, "Say what is to be done", MAX_TEXT);
        required(problems, "actionOwner", owner, "Say who owns the action: a person or a body", MAX_TITLE);
        if (!email.isEmpty() && (email.length() > 320 || !EmailAddresses.plausible(email))) {
            problems.put("actionEmail", "Enter an email address like name@example.org, or leave it empty");
        }
        Long dueMeeting = id(params.get("dueMeeting"));
        if (dueMeeting != null && forum.findMeeting(dueMeeting).isEmpty()) {
            problems.put("dueMeeting", "Choose a meeting from the list");
        }
        LocalDate dueOn = null;
        if (!text(params, "dueOn").isEmpty()) {
            dueOn = date(params, "dueOn", "Enter the due date like 2027-02-01", problems);
        }
        else if (dueMeeting == null && !problems.containsKey("dueMeeting")) {
            problems.put("dueOn", "Give a due date or choose the meeting it is due by");
        }
        if (!problems.isEmpty()) {
            return meetingPage(id, params, problems, model);
        }
        forum.addAction(id, description, owner, email, dueMeeting, dueOn);
        return done(redirect, "The action is recorded.", id);
    }

    @PostMapping("/admin/policy/forum/actions/{actionId}")
    String moveAction(@PathVariable long actionId, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Action action = forum.action(actionId);
        Action.Status next = java.util.Arrays.stream(Action.Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        if (next == null) {
            redirect.addFlashAttribute("notice", "Choose the action's status from the list.");
        }
        else if (reason.length() > MAX_TEXT) {
            redirect.addFlashAttribute("notice", "Keep the reason to " + MAX_TEXT + " characters.");
        }
        else {
            try {
                forum.moveAction(actionId, next, reason);
                redirect.addFlashAttribute("notice", "The action is now " + next.label().toLowerCase() + ".");
            }
            catch (ForumException ex) {
                redirect.addFlashAttribute("notice", ex.getMessage());
            }
        }
        return "redirect:/admin/policy/forum/meetings/" + action.meetingId() + "#actions";
    }

    // proposals

    @GetMapping("/admin/policy/forum/proposals")
    String proposals(Model model) {
        List<Proposals.WithRaisers> all = proposals.all();
        model.addAttribute("proposals", all);
        model.addAttribute("open", all.stream().filter(w -> w.proposal().status() == Proposal.Status.SUBMITTED
                || w.proposal().status() == Proposal.Status.ACCEPTED).map(Proposals.WithRaisers::proposal).toList());
        model.addAttribute("upcoming", forum.upcoming());
        return "policy/admin/proposals";
    }

    @PostMapping("/admin/policy/forum/proposals/{proposalId}/decision")
    String decide(@PathVariable long proposalId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String meeting, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        proposals.get(proposalId);
        try {
            switch (decision) {
                case "accept" -> {
                    Long meetingId = id(meeting);
                    if (meetingId != null && forum.findMeeting(meetingId).isEmpty()) {
                        throw new ForumException("Choose a meeting from the list.");
                    }
                    proposals.accept(proposalId, meetingId);
                    redirect.addFlashAttribute("notice", "Accepted; the member is told by email.");
                }
                case "merge" -> {
                    Long targetId = id(target);
                    if (targetId == null || proposals.all().stream().noneMatch(w -> w.proposal().id().equals(targetId))) {
                        throw new ForumException("Choose the proposal to join it with.");
                    }
                    proposals.merge(proposalId, targetId);
                    redirect.addFlashAttribute("notice", "Joined; its raiser now counts towards the other proposal.");
                }
                case "decline" -> {
                    if (reason.length() > MAX_TEXT) {
                        throw new ForumException("Keep the reason to " + MAX_TEXT + " characters.");
                    }
                    proposals.decline(proposalId, reason);
                    redirect.addFlashAttribute("notice", "Declined; the member is sent your reason.");
                }
                default -> redirect.addFlashAttribute("notice", "Choose accept, join or decline.");
            }
        }
        catch (ForumException ex) {
            redirect.addFlashAttribute("notice", ex.getMessage());
        }
        return "redirect:/admin/policy/forum/proposals";
    }

    // helpers

    private record MeetingFields(String title, java.time.Instant heldAt, String place, String chair, String eventSlug) {
    }

    private MeetingFields meetingFields(Map<String, String> params, Map<String, String> problems) {
        String title = text(params, "title");
        String place = text(params, "place");
        String chair = text(params, "chair");
        String eventSlug = text(params, "eventSlug");
        required(problems, "title", title, "Enter the meeting's title, like Winter meeting 2027", MAX_TITLE);
        LocalDate day = date(params, "heldOn", "Enter the meeting's date like 2027-02-01", problems);
        LocalTime time = null;
        try {
            time = LocalTime.parse(text(params, "heldTime"));
        }
        catch (DateTimeParseException ex) {
            problems.put("heldTime", "Enter the time like 14:00");
        }
        required(problems, "place", place, "Enter where it meets (a place, or online)", MAX_TITLE);
        required(problems, "chair", chair, "Enter who chairs it", MAX_TITLE);
        if (!eventSlug.isEmpty() && !forum.eventExists(eventSlug)) {
            problems.put("eventSlug", "No event has that address: copy it from the event's page, like arts-forum-winter-meeting");
        }
        java.time.Instant heldAt = day == null || time == null ? null : day.atTime(time).atZone(Meeting.UK).toInstant();
        return new MeetingFields(title, heldAt, place, chair, eventSlug);
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }

    private static void required(Map<String, String> problems, String name, String value, String message, int max) {
        if (value.isEmpty()) {
            problems.put(name, message);
        }
        else if (value.length() > max) {
            problems.put(name, "Keep it to " + max + " characters");
        }
    }

    private static LocalDate date(Map<String, String> params, String name, String message, Map<String, String> problems) {
        try {
            LocalDate day = LocalDate.parse(text(params, name));
            if (day.getYear() < 2000 || day.getYear() > 2200) {
                problems.put(name, message);
                return null;
            }
            return day;
        }
        catch (DateTimeParseException ex) {
            problems.put(name, message);
            return null;
        }
    }

    private static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static String done(RedirectAttributes redirect, String notice, long id) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/policy/forum/meetings/" + id;
    }
}
