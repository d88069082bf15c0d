package uk.org.ncjaa.springboard.policy.forum;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.events.EventsApi;

/**
 * A fictional forum: its members, a meeting four months ago with its papers, attendance, published
 * minutes and actions (some done, some carried), the coming winter meeting linked to its event with
 * a draft agenda, and two members' proposals (one accepted with two raisers, one declined).
 */
@Component
public class DemoForum {

    private final Forum forum;
    private final Proposals proposals;
    private final AccountsApi accounts;
    private final EventsApi events;
    private final ForumMeetingRepository meetings;
    private final Clock clock;

    DemoForum(Forum forum, Proposals proposals, AccountsApi accounts, EventsApi events, ForumMeetingRepository meetings, Clock clock) {
        this.forum = forum;
        this.proposals = proposals;
        this.accounts = accounts;
        this.events = events;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** @return the accepted proposal's id, for the influence log's sources, or null when the demo was already there */
    @Transactional
    public Long load() {
        if (meetings.count() > 0) {
            return null;
        }
        forum.addMember("Dr Ruth Example", "ruth.example@example.org", "Ministry of Justice (chair)");
        forum.addMember("Sam Sample", "sam.sample@example.org", "HM Prison and Probation Service");
        forum.addMember("Priya Placeholder", "priya.placeholder@example.org", "Department for Culture, Media and Sport");
        forum.addMember("Tom Demo", "tom.demo@example.org", "Arts Council England");
        forum.addMember("Aisha Fictional", "aisha.fictional@example.org", "National Criminal Justice Arts Alliance");
        forum.addMember("Lee Invented", null, "Arts organisations working in prisons");

        LocalDate today = forum.today();
        LocalDate autumnDay = today.minusMonths(4);
        Meeting autumn = forum.createMeeting("Autumn meeting", autumnDay.atTime(LocalTime.of(14, 0)).atZone(Meeting.UK).toInstant(),
                "Manchester Central Library, St Peter's Square, Manchester", "Dr Ruth Example, Ministry of Justice", null);
        String winterSlug = events.search("Arts Forum winter meeting", 1, 1).events().stream().findFirst()
            .map(e -> e.href().replace("/events/", "")).orElse(null);
        java.time.Instant winterAt = winterSlug == null ? today.plusDays(28).atTime(14, 0).atZone(Meeting.UK).toInstant()
                : events.bySlug(winterSlug).map(EventsApi.Summary::startsAt).orElseThrow();
        Meeting winter = forum.createMeeting("Winter meeting", winterAt, "102 Petty France, London, and online",
                "Dr Ruth Example, Ministry of Justice", winterSlug);

        for (String item : List.of("Welcome, apologies and the minutes of the last meeting", "Arts in the women's estate: continuity when a woman moves prison",
                "Sharing evaluation methods across small projects", "Paying artists fairly for work in custody", "Any other business")) {
            forum.addAgendaItem(autumn.id(), item, "", null);
        }
        try {
            forum.addPaper(autumn.id(), "Paper A: continuity of arts provision in the women's estate", autumnDay.minusDays(7), false,
                    new ByteArrayInputStream(pdf("Paper A: continuity of arts provision in the women's estate (fictional demo paper)")),
                    "paper-a-womens-estate.pdf");
            forum.addPaper(autumn.id(), "Paper B: draft funding figures (for forum members only)", autumnDay.minusDays(7), true,
                    new ByteArrayInputStream(pdf("Paper B: draft funding figures (fictional demo paper, members only)")),
                    "paper-b-funding.pdf");
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not write the demo papers", ex);
        }
        forum.recordAttendance(autumn.id(), "Dr Ruth Example", "Ministry of Justice", true);
        forum.recordAttendance(autumn.id(), "Sam Sample", "HM Prison and Probation Service", true);
        forum.recordAttendance(autumn.id(), "Tom Demo", "Arts Council England", true);
        forum.recordAttendance(autumn.id(), "Aisha Fictional", "National Criminal Justice Arts Alliance", true);
        forum.recordAttendance(autumn.id(), "Lee Invented", "Arts organisations working in prisons", true);
        forum.recordAttendance(autumn.id(), "Priya Placeholder", "Department for Culture, Media and Sport", false);
        forum.draftMinutes(autumn.id(), """
                ## 1. Welcome and apologies

                The chair welcomed members. Apologies were received from Priya Placeholder (DCMS).

                ## 2. Arts in the women's estate

                Members discussed Paper A. When a woman moves prison, her place on an arts programme is usually lost.
                HMPPS agreed to look at how a programme's record could travel with her.

                ## 3. Sharing evaluation methods

                The alliance described the Evidence Library and its submission route. Members agreed that small projects
                should be encouraged to share proportionate evaluations.

                ## 4. Paying artists fairly

                Members noted wide differences in the day rates prisons pay artists. Arts Council England will share its
                guidance on fair pay.

                ## 5. Any other business

                None. The next meeting will be the winter meeting in London.
                """);
        forum.approveMinutesByCorrespondence(autumn.id());
        forum.publishMinutes(autumn.id());

        Action guidance = forum.addAction(autumn.id(), "Share Arts Council England's guidance on fair pay for artists with forum members",
                "Tom Demo, Arts Council England", "tom.demo@example.org", null, autumnDay.plusWeeks(4));
        forum.moveAction(guidance.id(), Action.Status.DONE, "");
        Action library = forum.addAction(autumn.id(), "Promote the Evidence Library's submission route to members' projects",
                "National Criminal Justice Arts Alliance", null, null, autumnDay.plusWeeks(8));
        forum.moveAction(library.id(), Action.Status.DONE, "");
        Action continuity = forum.addAction(autumn.id(), "Report on how an arts programme's record could move with a woman between prisons",
                "Sam Sample, HMPPS", "sam.sample@example.org", winter.id(), null);
        forum.moveAction(continuity.id(), Action.Status.IN_PROGRESS, "");
        forum.addAction(autumn.id(), "Collect day rates paid to artists in five prisons", "Aisha Fictional, NCJAA",
                "aisha.fictional@example.org", null, today.plusDays(5));
        Action survey = forum.addAction(autumn.id(), "Run a survey of governors on arts provision", "Ministry of Justice", null, null,
                autumnDay.plusWeeks(6));
        forum.moveAction(survey.id(), Action.Status.DROPPED, "The Ministry's own annual survey of governors now asks these questions.");

        forum.addAgendaItem(winter.id(), "Welcome, apologies and the minutes of the autumn meeting", "", null);
        forum.addAgendaItem(winter.id(), "Actions carried from the autumn meeting", "", null);

        Long jo = accounts.createDemoMember("jo.example.forum@example.org", "Jo Example").orElse(null);
        Long kit = accounts.createDemoMember("kit.sample.forum@example.org", "Kit Sample").orElse(null);
        Long mo = accounts.createDemoMember("mo.placeholder.forum@example.org", "Mo Placeholder").orElse(null);
        Long accepted = null;
        if (jo != null && kit != null && mo != null) {
            Proposal first = proposals.propose(jo, "Jo Example", true, "Release on temporary licence for arts placements",
                    "Women near release could build a working life through placements with arts organisations, but licences are rarely granted for them.",
                    "Three of our projects had placements refused last year.", "North West");
            Proposal second = proposals.propose(kit, "Kit Sample", true, "Arts placements for people on day release",
                    "Day release for arts work is hard to arrange.", "", "London");
            proposals.merge(second.id(), first.id());
            proposals.accept(first.id(), winter.id());
            Proposal declined = proposals.propose(mo, "Mo Placeholder", false, "A national arts festival in every prison",
                    "Every prison should hold an arts festival each year.", "", "South West");
            proposals.decline(declined.id(), "The forum advises on policy rather than running programmes; the alliance's events team "
                    + "would like to hear about this idea for the annual conference.");
            accepted = first.id();
        }
        return accepted;
    }

    /** A one-page PDF with a line of text, as a stand-in for a real paper. */
    public static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(60, 700);
                text.showText(line.replace('\u2019', '\''));
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
