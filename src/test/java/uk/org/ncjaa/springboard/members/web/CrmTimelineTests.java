package uk.org.ncjaa.springboard.members.web;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.events.TestEvents;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceEntry;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceRepository;
import uk.org.ncjaa.springboard.mentoring.TestMentoring;
import uk.org.ncjaa.springboard.mentoring.domain.Round;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CRM's member page shows the person's whole history from every module, newest first, without
 * what mentors and mentees wrote; looking at it and exporting personal data are in the security log.
 */
@SpringboardTest
class CrmTimelineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMentoring mentoring;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bookings bookings;

    @Autowired
    EventCatalogue catalogue;

    @Autowired
    EvidenceRepository evidence;

    @Autowired
    Clock clock;

    @Test
    void theMemberPageShowsEveryModulesMomentsNewestFirstAndNeverMentoringWords() throws Exception {
        String marker = "Tl" + Long.toString(System.nanoTime(), 36);
        Round round = mentoring.openRound("Round " + marker);
        TestMentoring.Applicant mentee = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTEE, "Mentee " + marker,
                new uk.org.ncjaa.springboard.mentoring.domain.Application.Details("", "Artist", List.of("music"), List.of("prison"), "london",
                        List.of("ONLINE"), List.of("weekends"), List.of("Goal " + marker), 1, "Statement " + marker, false, false, false, "", 1,
                        List.of("Answer " + marker)));
        TestMentoring.Applicant mentor = mentoring.accepted(round, uk.org.ncjaa.springboard.mentoring.domain.Role.MENTOR, "Mentor " + marker,
                "", "london", 1, "");
        long account = mentee.account().id();
        long member = memberOf(account);

        // a consent in 2021
        jdbc.update("insert into consent_record (member_id, purpose, granted, wording_version, source, recorded_at)"
                + " values (?, 'NEWSLETTER', true, 'T21', 'FORM', ?)", member, at("2021-02-01T10:00:00Z"));
        // a booking of two places in 2022
        Event event = TestEvents.free(catalogue, "Timeline workshop " + marker, 10);
        Bookings.Request asked = TestEvents.request(event, TicketKind.FREE, mentee.account().email(), 2, false);
        Bookings.Outcome outcome = bookings.book(new Bookings.Request(asked.eventId(), asked.ticket(), account, asked.booker(),
                asked.attendees(), asked.heardAbout(), asked.provider(), false, null, null, false));
        assertThat(outcome).isInstanceOf(Bookings.Booked.class);
        Booking booking = ((Bookings.Booked) outcome).booking();
        jdbc.update("update booking set created_at = ? where id = ?", at("2022-03-01T10:00:00Z"), booking.id());
        // an Evidence Library submission in 2023
        EvidenceEntry entry = new EvidenceEntry("Evaluation " + marker, evidence.freeSlug("Evaluation " + marker), "timeline-" + marker, clock);
        entry.draftedBy(account);
        entry.submit(clock);
        evidence.save(entry);
        jdbc.update("update evidence_entry set created_at = ?, updated_at = ? where id = ?", at("2023-04-01T10:00:00Z"),
                at("2023-04-02T10:00:00Z"), entry.id());
        // the mentoring application in 2024, a match since then, and a meeting whose notes are theirs alone
        jdbc.update("update mentoring_application set submitted_at = ?, decided_at = ? where id = ?", at("2024-05-01T10:00:00Z"),
                at("2024-05-10T10:00:00Z"), mentee.application().id());
        long match = jdbc.queryForObject("""
                insert into mentoring_match (round_id, mentee_id, mentor_id, mentor_place, status, origin, score, parts, weights, created_at,
                  started_at) values (?, ?, ?, 1, 'ACTIVE', 'STAFF', 500, '{0,0,0,0,0,0,0}', '{1,1,1,1,1,1,1}', now(), ?) returning id""",
                Long.class, round.id(), mentee.application().id(), mentor.application().id(), at("2024-06-01T10:00:00Z"));
        jdbc.update("insert into mentoring_meeting (match_id, held_on, format, minutes, notes, logged_by, logged_at)"
                + " values (?, '2024-06-15', 'ONLINE', 60, ?, ?, now())", match, "Meeting notes " + marker, account);
        // the newsletter in 2025
        jdbc.update("insert into newsletter_subscriber (email, status, topics, source, account_id, created_at, confirmed_at)"
                + " values (?, 'CONFIRMED', '{news}', 'MEMBER', ?, ?, ?)", mentee.account().email(), account, at("2025-06-01T10:00:00Z"),
                at("2025-06-02T10:00:00Z"));

        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        String page = mvc.perform(get("/admin/members/" + member).with(admin.login()))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String newsletter = "Subscribed to the newsletter";
        String mentoringApplication = "Applied to Round " + marker + " as a mentee";
        String submission = "Started an Evidence Library submission: Evaluation " + marker;
        String booked = "Booked 2 places: " + event.title();
        String consent = "Consent given: Monthly newsletter (wording T21)";
        assertThat(page).contains(newsletter, "Newsletter subscription confirmed", mentoringApplication, "Mentoring match began as a mentee",
                submission, booked, consent, "Membership began: individual");
        assertThat(List.of(page.indexOf(newsletter), page.indexOf(mentoringApplication), page.indexOf(submission), page.indexOf(booked),
                page.indexOf(consent))).as("newest first").isSorted();
        assertThat(page).as("a heading for each year").contains(">2025</h3>", ">2024</h3>", ">2023</h3>", ">2022</h3>", ">2021</h3>");
        assertThat(page).as("dates in words, in the UK's way").contains("1 Mar 2022, 10:00");
        assertThat(page).as("links to the staff pages").contains("href=\"/admin/events/" + event.id() + "/bookings\"")
            .contains("href=\"/admin/mentoring/applications/" + mentee.application().id() + "\"");
        assertThat(page).as("what mentors and mentees wrote stays in the scheme")
            .doesNotContain("Meeting notes " + marker, "Goal " + marker, "Statement " + marker, "Answer " + marker);
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);

        String events = mvc.perform(get("/admin/members/" + member).param("kind", "EVENTS").with(admin.login()))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events).contains(booked).doesNotContain(consent).doesNotContain(mentoringApplication);
        mvc.perform(get("/admin/members/" + member).param("kind", "<nonsense>").param("page", "999").with(admin.login()))
            .andExpect(status().isOk());
    }

    @Test
    void viewingARecordAndExportingCsvAreLoggedWithTheStaffMembersName() throws Exception {
        String marker = "Au" + Long.toString(System.nanoTime(), 36);
        TestAccounts.Created admin = accounts.create(Role.MEMBER, Role.ADMIN);
        jdbc.update("update account set display_name = ? where id = ?", "Auditor " + marker, admin.id());
        TestAccounts.Created person = accounts.createMember();
        jdbc.update("update account set display_name = ? where id = ?", "Subject " + marker, person.id());
        long member = memberOf(person.id());
        jdbc.update("update member set display_name = ? where id = ?", "Subject " + marker, member);

        assertThat(views(admin.id(), person.id())).isZero();
        mvc.perform(get("/admin/members/" + member).with(admin.login())).andExpect(status().isOk());
        assertThat(views(admin.id(), person.id())).isEqualTo(1);

        mvc.perform(get("/admin/members/export.csv").param("purpose", "contact").param("q", marker).with(admin.login()))
            .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select detail from audit_event where type = 'PERSONAL_DATA_EXPORTED' and actor_id = ?", String.class,
                admin.id())).containsExactly("Members CSV for contact, search: q=" + marker);

        Event event = TestEvents.free(catalogue, "Audited workshop " + marker, 10);
        mvc.perform(get("/admin/events/" + event.id() + "/attendees.csv").with(admin.login())).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select detail from audit_event where type = 'PERSONAL_DATA_EXPORTED' and actor_id = ?", String.class,
                admin.id())).contains("Attendees CSV of " + event.title());

        String log = mvc.perform(get("/admin/audit").param("type", "MEMBER_RECORD_VIEWED").with(admin.login()))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).as("the staff member and the member by name and address, not only by number")
            .contains("Auditor " + marker, admin.email(), "Subject " + marker, person.email(), "CRM record of member " + member);
    }

    @Test
    void onlyAdminsSeeTheRecordAndARefusedLookIsNotLoggedAsAView() throws Exception {
        TestAccounts.Created person = accounts.createMember();
        long member = memberOf(person.id());
        TestAccounts.Created editor = accounts.create(Role.MEMBER, Role.EDITOR);
        TestAccounts.Created other = accounts.createMember();

        mvc.perform(get("/admin/members/" + member).with(editor.login())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/members/" + member).with(other.login())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/members/export.csv").with(editor.login())).andExpect(status().isForbidden());
        assertThat(views(editor.id(), person.id()) + views(other.id(), person.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where type = 'PERSONAL_DATA_EXPORTED' and actor_id = ?",
                Long.class, editor.id())).isZero();
    }

    private long memberOf(long accountId) {
        return jdbc.queryForObject("select id from member where account_id = ?", Long.class, accountId);
    }

    private long views(long staff, long subject) {
        return jdbc.queryForObject("select count(*) from audit_event where type = 'MEMBER_RECORD_VIEWED' and actor_id = ? and account_id = ?",
                Long.class, staff, subject);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
