package uk.org.ncjaa.springboard.policy.forum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.shared.text.Markdown;

/**
 * The Arts Forum's public pages (members, meetings, the action log), the members' view of a meeting
 * with every paper, and where network members raise issues for the forum and follow them.
 */
@Controller
class ForumController {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;

    private final Forum forum;
    private final Proposals proposals;
    private final MessageSource messages;

    ForumController(Forum forum, Proposals proposals, MessageSource messages) {
        this.forum = forum;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** A message of the policy bundle in the page's language; numbers go in as text, so they read as they always have. */
    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @GetMapping("/policy/arts-forum")
    String forum(Model model) {
        model.addAttribute("members", forum.members());
        List<Meeting> upcoming = forum.upcoming();
        java.util.Set<Long> coming = upcoming.stream().map(Meeting::id).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("held", forum.held());
        // the issues members raised that are still to be discussed
        model.addAttribute("accepted", proposals.accepted().stream()
            .filter(w -> w.proposal().meetingId() == null || coming.contains(w.proposal().meetingId())).toList());
        return "policy/forum";
    }

    @GetMapping("/policy/arts-forum/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        return meetingPage(forum.record(id, false), false, model);
    }

    /** Forum members and staff: every paper, members-only ones included, and the minutes in any state. */
    @GetMapping("/policy/arts-forum/meetings/{id}/members")
    String membersView(@PathVariable long id, @AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
        if (!insider(user, request)) {
            throw new ForumNotFoundException("Not a forum member");
        }
        return meetingPage(forum.record(id, true), true, model);
    }

    private String meetingPage(Forum.MeetingRecord record, boolean insider, Model model) {
        model.addAttribute("r", record);
        model.addAttribute("insider", insider);
        model.addAttribute("today", forum.today());
        boolean showMinutes = insider ? !record.meeting().minutes().isBlank() : record.meeting().minutesPublic();
        model.addAttribute("minutesHtml", showMinutes ? Markdown.toHtml(record.meeting().minutes()) : null);
        return "policy/meeting";
    }

    @GetMapping("/policy/arts-forum/meetings/{id}/papers/{paperId}")
    ResponseEntity<Resource> paper(@PathVariable long id, @PathVariable long paperId, @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request) {
        Paper paper = forum.paper(id, paperId);
        if (!paper.isPublic(forum.today()) && !insider(user, request)) {
            throw new ForumNotFoundException("Paper not public");
        }
        Resource content = forum.file(paper).orElseThrow(() -> new ForumNotFoundException("Paper file gone"));
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(paper.fileName(),
                    java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(content);
    }

    @GetMapping("/policy/arts-forum/actions")
    String actions(Model model) {
        List<Forum.ActionLine> log = forum.actionLog(true);
        model.addAttribute("lastHeld", forum.lastHeld().orElse(null));
        model.addAttribute("changed", log.stream().filter(Forum.ActionLine::changedSinceLast).toList());
        model.addAttribute("overdue", log.stream().filter(Forum.ActionLine::overdue).toList());
        model.addAttribute("actions", log);
        return "policy/actions";
    }

    // raising an issue

    @GetMapping("/policy/arts-forum/propose")
    String proposeForm(Model model) {
        return proposePage(new LinkedHashMap<>(Map.of("named", "true")), Map.of(), model);
    }

    @PostMapping("/policy/arts-forum/propose")
    String propose(@RequestParam Map<String, String> params, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>(params);
        values.remove("_csrf");
        String title = values.getOrDefault("title", "").strip();
        String why = values.getOrDefault("why", "").strip();
        String evidence = values.getOrDefault("evidence", "").strip();
        String region = values.getOrDefault("region", "").strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (title.isEmpty()) {
            problems.put("title", message("policy.propose.problem.title"));
        }
        else if (title.length() > MAX_TITLE) {
            problems.put("title", message("policy.propose.problem.titleLong", String.valueOf(MAX_TITLE)));
        }
        if (why.isEmpty()) {
            problems.put("why", message("policy.propose.problem.why"));
        }
        else if (why.length() > MAX_TEXT) {
            problems.put("why", message("policy.propose.problem.whyLong", String.valueOf(MAX_TEXT)));
        }
        if (evidence.length() > MAX_TEXT) {
            problems.put("evidence", message("policy.propose.problem.evidenceLong", String.valueOf(MAX_TEXT)));
        }
        if (region.length() > 100) {
            problems.put("region", message("policy.propose.problem.regionLong"));
        }
        if (!problems.isEmpty()) {
            return proposePage(values, problems, model);
        }
        proposals.propose(user.id(), user.displayName(), "true".equals(values.get("named")), title, why, evidence, region);
        redirect.addFlashAttribute("notice", message("policy.propose.sent"));
        return "redirect:/policy/arts-forum/proposals";
    }

    private String proposePage(Map<String, String> values, Map<String, String> problems, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "policy/propose";
    }

    @GetMapping("/policy/arts-forum/proposals")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("proposals", proposals.mine(user.id()));
        return "policy/proposals";
    }

    /** A forum member (their account's email is on the forum's list) or staff. */
    boolean insider(AccountUser user, HttpServletRequest request) {
        if (user == null) {
            return false;
        }
        return request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN") || forum.isForumMember(user.email());
    }
}
