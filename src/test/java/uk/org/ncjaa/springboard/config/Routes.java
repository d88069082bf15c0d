package uk.org.ncjaa.springboard.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

/**
 * Every route of the application with the least role that may use it, and a sample address for
 * each: the table the authorisation matrix and the hostile-input walk both go through. A route
 * missing here fails the matrix, so neither walk can miss a new one.
 */
final class Routes {

    enum Access { PUBLIC, PENDING_SECOND_FACTOR, MEMBER, EDITOR, ADMIN, EQUALITY_ANALYST }

    enum Visitor { ANONYMOUS, MEMBER, ORGANISATION_ADMIN, EDITOR, ADMIN, EQUALITY_ANALYST }

    private static final Map<String, Access> EXPECTED = new TreeMap<>();

    static {
        for (String route : List.of("GET /", "GET /login", "GET /register", "POST /register", "GET /join", "POST /join",
                "GET /register/check-email", "POST /register/resend", "GET /verify", "GET /email/confirm",
                "GET /password/forgot", "POST /password/forgot", "GET /password/sent", "GET /password/reset",
                "POST /password/reset", "GET /privacy", "GET /accessibility", "GET /evidence", "GET /evidence/strength", "GET /evidence/{slug}", "GET /evidence/map", "GET /evidence/map.csv", "GET /evidence/map.svg", "GET /evidence/{slug}/files/{id}", "GET /evidence/{slug}/cite.{extension}", "GET /evidence/{slug}/cite.txt",
                "GET /evidence/export", "GET /evidence/feed.atom", "GET /evidence/toolkit", "GET /evidence/toolkit/art-forms/{slug}",
                "GET /evidence/toolkit/outcomes/{slug}", "GET /directory", "GET /directory/map",
                "GET /directory/{slug:[a-z0-9-]{1,100}}", "GET /directory/{slug:[a-z0-9-]{1,100}}/logo.png",
                "GET /directory/export/hsds.json", "GET /directory/export/hsds-csv.zip",
                "GET /events", "GET /events/calendar.ics", "GET /events/{slug:[a-z0-9-]{1,120}}",
                "GET /events/{slug:[a-z0-9-]{1,120}}/event.ics", "GET /events/{slug:[a-z0-9-]{1,120}}/image.png",
                "GET /events/{slug:[a-z0-9-]{1,120}}/thumbnail.png", "GET /events/{slug:[a-z0-9-]{1,120}}/book",
                "POST /events/{slug:[a-z0-9-]{1,120}}/book", "GET /bookings/{token}", "POST /bookings/{token}/attendees",
                "POST /bookings/{token}/cancel", "POST /bookings/{token}/attendees/{attendeeId}/cancel", "POST /bookings/{token}/pay", "GET /bookings/{token}/invoice.pdf",
                "GET /bookings/{token}/event.ics", "GET /events/waitlist/{token}", "POST /events/waitlist/{token}/leave",
                "GET /events/feedback/{token}", "POST /events/feedback/{token}", "POST /payments/stripe/webhook", "GET /news", "GET /case-studies", "GET /publications", "GET /mentoring", "GET /regions", "GET /regions/{slug}", "* /error",
                "GET /newsletter", "POST /newsletter", "GET /newsletter/check-email", "GET /newsletter/confirm/{token}",
                "POST /newsletter/confirm/{token}", "GET /newsletter/preferences/{token}", "POST /newsletter/preferences/{token}",
                "GET /newsletter/unsubscribe/{token}", "POST /newsletter/unsubscribe/{token}",
                "POST /newsletter/unsubscribe/{token}/reason", "GET /newsletter/manage",
                "POST /newsletter/manage", "GET /newsletter/archive", "GET /newsletter/archive/{id}",
                "GET /newsletter/archive/{id}/email.html", "POST /newsletter/bounces/mailgun")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        // content, the site search, feeds and the sitemap
        for (String route : List.of("GET /blog", "GET /opportunities", "GET /news/{year}/{month}/{slug}", "GET /blog/{year}/{month}/{slug}",
                "GET /case-studies/{slug}", "GET /publications/{slug}", "GET /opportunities/{slug}", "GET /about", "GET /about/**",
                "GET /guidance", "GET /guidance/**", "GET /contact", "GET /feed", "GET /news/feed", "GET /blog/feed",
                "GET /case-studies/feed", "GET /publications/feed", "GET /opportunities/feed", "GET /search", "GET /sitemap.xml",
                "GET /robots.txt", "GET /media/content/{id}/{width}.png", "GET /media/content/images/{id}.png")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        // easy read: the index and its pages
        for (String route : List.of("GET /easy-read", "GET /easy-read/{name}")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        // the open-data API and its description
        for (String route : List.of("GET /api/v1/evidence", "GET /api/v1/evidence/{slug}", "GET /api/v1/evidence/facets",
                "GET /api/v1/evidence/export.jsonl", "GET /api/v1/directory/organizations",
                "GET /api/v1/directory/organizations/{slug}", "GET /api/v1/directory/export.json", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
                "GET /swagger-ui.html")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        EXPECTED.put("GET /login/two-factor", Access.PENDING_SECOND_FACTOR);
        EXPECTED.put("POST /login/two-factor", Access.PENDING_SECOND_FACTOR);
        for (String route : List.of("GET /account", "GET /account/password", "POST /account/password", "GET /account/email",
                "POST /account/email", "GET /account/delete", "POST /account/delete", "GET /account/two-factor",
                "POST /account/two-factor", "POST /account/two-factor/disable", "GET /account/consents", "POST /account/consents",
                "GET /account/data", "GET /account/data.json", "GET /account/data.csv", "GET /account/equality",
                "POST /account/equality", "POST /account/equality/delete", "GET /account/membership", "GET /account/profile", "POST /account/profile", "POST /account/language", "GET /members", "GET /members/{id}/contact", "POST /members/{id}/contact",
                "POST /account/membership/leave", "POST /account/membership/rejoin", "GET /evidence/submit", "POST /evidence/submit",
                "GET /evidence/submit/{slug}", "POST /evidence/submit/{slug}", "GET /evidence/submit/{slug}/file",
                "POST /evidence/submit/{slug}/file", "GET /evidence/submit/{slug}/confirm", "POST /evidence/submit/{slug}/confirm",
                "GET /evidence/submissions", "GET /evidence/saved", "POST /evidence/saved", "POST /evidence/saved/{id}",
                "POST /evidence/saved/{id}/delete", "GET /directory/manage", "GET /directory/new", "POST /directory/new",
                "GET /directory/manage/{id}", "POST /directory/manage/{id}", "POST /directory/manage/{id}/verify",
                "POST /directory/manage/{id}/logo", "GET /directory/manage/{id}/logo.png", "POST /directory/manage/{id}/invite",
                "GET /directory/invitations/{token}", "POST /directory/invitations/{token}", "GET /account/bookings", "GET /share",
                "POST /share", "GET /share/{id}", "POST /share/{id}")) {
            EXPECTED.put(route, Access.MEMBER);
        }
        // mentoring: a member's applications and matches (a match's pages answer only its two people)
        for (String route : List.of("GET /mentoring/rounds/{id}/apply", "POST /mentoring/rounds/{id}/apply", "GET /mentoring/mine",
                "POST /mentoring/applications/{id}/withdraw", "GET /mentoring/matches/{id}", "POST /mentoring/matches/{id}/answer",
                "POST /mentoring/matches/{id}/goals", "POST /mentoring/matches/{id}/meetings", "POST /mentoring/matches/{id}/feedback",
                "POST /mentoring/matches/{id}/close", "GET /mentoring/matches/{id}/certificate.pdf")) {
            EXPECTED.put(route, Access.MEMBER);
        }
        for (String route : List.of("GET /admin/mentoring", "GET /admin/mentoring/rounds/new", "POST /admin/mentoring/rounds/new",
                "GET /admin/mentoring/rounds/{id}", "POST /admin/mentoring/rounds/{id}", "POST /admin/mentoring/rounds/{id}/status",
                "GET /admin/mentoring/rounds/{id}/applications", "GET /admin/mentoring/applications/{id}",
                "POST /admin/mentoring/applications/{id}/decision", "GET /admin/mentoring/rounds/{id}/matching",
                "POST /admin/mentoring/rounds/{id}/matching/run", "POST /admin/mentoring/rounds/{id}/matching/publish",
                "POST /admin/mentoring/rounds/{id}/matching/add", "POST /admin/mentoring/rounds/{id}/matching/swap",
                "POST /admin/mentoring/rounds/{id}/matching/exclude", "POST /admin/mentoring/matches/{matchId}/remove",
                "POST /admin/mentoring/matches/{matchId}/withdraw", "GET /admin/mentoring/rounds/{id}/report",
                "GET /admin/mentoring/rounds/{id}/report.csv")) {
            EXPECTED.put(route, Access.EDITOR);
        }
        for (String route : List.of("GET /admin", "GET /admin/translations", "GET /admin/taxonomy", "GET /admin/taxonomy/{vocabulary}",
                "POST /admin/taxonomy/{vocabulary}", "GET /admin/taxonomy/{vocabulary}/{id}",
                "POST /admin/taxonomy/{vocabulary}/{id}", "POST /admin/taxonomy/{vocabulary}/{id}/retire",
                "POST /admin/taxonomy/{vocabulary}/{id}/reinstate", "POST /admin/taxonomy/{vocabulary}/{id}/merge",
                "GET /admin/evidence", "GET /admin/evidence/entries", "POST /admin/evidence/entries/bulk", "GET /admin/evidence/{slug}", "POST /admin/evidence/{slug}",
                "POST /admin/evidence/{slug}/decision", "GET /admin/evidence/{slug}/revisions/{number}",
                "GET /admin/evidence/import", "POST /admin/evidence/import", "GET /admin/evidence/import/{id}",
                "POST /admin/evidence/import/{id}", "GET /admin/evidence/import/{id}/rows/{line}",
                "POST /admin/evidence/import/{id}/rows/{line}", "GET /admin/evidence/index", "POST /admin/evidence/index",
                "GET /admin/evidence/toolkit", "GET /admin/evidence/toolkit/art-forms/{slug}",
                "POST /admin/evidence/toolkit/art-forms/{slug}", "GET /admin/evidence/toolkit/outcomes/{slug}",
                "POST /admin/evidence/toolkit/outcomes/{slug}",
                "GET /admin/directory", "GET /admin/directory/{id}", "GET /admin/directory/{id}/logo.png",
                "POST /admin/directory/{id}/approve", "POST /admin/directory/{id}/return", "GET /admin/events", "GET /admin/events/new",
                "POST /admin/events/new", "GET /admin/events/{id}", "POST /admin/events/{id}", "POST /admin/events/{id}/duplicate",
                "POST /admin/events/{id}/cancel", "POST /admin/events/{id}/archive", "GET /admin/events/{id}/bookings",
                "POST /admin/events/bookings/{bookingId}/paid", "POST /admin/events/bookings/{bookingId}/cancel", "POST /admin/events/bookings/{bookingId}/refund",
                "POST /admin/events/waitlist/{entryId}/priority", "GET /admin/events/{id}/attendees.csv",
                "GET /admin/events/{id}/sign-in", "GET /admin/events/{id}/check-in", "POST /admin/events/{id}/check-in/{attendeeId}",
                "GET /admin/events/{id}/feedback", "POST /admin/events/{id}/image", "POST /admin/events/{id}/image/delete",
                "POST /admin/events/{id}/invitations", "GET /admin/regions", "POST /admin/regions/{slug}",
                "GET /admin/newsletter", "POST /admin/newsletter/campaigns", "GET /admin/newsletter/campaigns/{id}",
                "POST /admin/newsletter/campaigns/{id}", "POST /admin/newsletter/campaigns/{id}/items/{itemId}", "POST /admin/newsletter/campaigns/{id}/items",
                "GET /admin/newsletter/campaigns/{id}/preview", "GET /admin/newsletter/campaigns/{id}/preview.html",
                "POST /admin/newsletter/campaigns/{id}/test", "POST /admin/newsletter/campaigns/{id}/schedule",
                "POST /admin/newsletter/campaigns/{id}/unschedule", "POST /admin/newsletter/campaigns/{id}/send",
                "POST /admin/newsletter/campaigns/{id}/pause", "POST /admin/newsletter/campaigns/{id}/resume",
                "GET /admin/content", "GET /admin/content/new", "POST /admin/content/new", "GET /admin/content/{id}",
                "POST /admin/content/{id}", "POST /admin/content/preview", "POST /admin/content/{id}/workflow",
                "GET /admin/content/{id}/preview", "GET /admin/content/{id}/revisions", "GET /admin/content/{id}/revisions/{number}",
                "POST /admin/content/{id}/revisions/{number}/restore", "GET /admin/content/submissions",
                "GET /admin/content/submissions/{id}", "POST /admin/content/submissions/{id}/decision",
                "POST /admin/content/{id}/image", "POST /admin/content/{id}/image/delete", "POST /admin/content/{id}/body-images",
                "POST /admin/content/{id}/body-images/{imageId}/delete")) {
            EXPECTED.put(route, Access.EDITOR);
        }
        for (String route : List.of("GET /admin/accounts", "GET /admin/accounts/{id}", "POST /admin/accounts/{id}/roles",
                "GET /admin/audit", "GET /admin/outbox", "GET /admin/outbox/{id}", "GET /admin/members",
                "GET /admin/members/export.csv", "POST /admin/members/segments", "POST /admin/members/segments/{id}/delete",
                "GET /admin/members/{id}", "POST /admin/members/{id}/tags", "POST /admin/members/{id}/tags/delete",
                "POST /admin/members/{id}/notes", "GET /admin/members/duplicates", "POST /admin/members/duplicates/dismiss",
                "POST /admin/members/duplicates/merge", "POST /admin/members/merges/{id}/undo",
                "GET /admin/newsletter/subscribers", "GET /admin/newsletter/subscribers/{id}",
                "POST /admin/newsletter/subscribers/{id}/ask", "POST /admin/newsletter/subscribers/{id}/erase", "POST /admin/newsletter/subscribers/import",
                "POST /admin/newsletter/subscribers/suppress", "POST /admin/newsletter/subscribers/lift",
                "POST /admin/newsletter/subscribers/bounce", "POST /admin/newsletter/subscribers/policy")) {
            EXPECTED.put(route, Access.ADMIN);
        }
        // consultations: the public pages and answering (the handler asks for a login or a member where the consultation does)
        for (String route : List.of("GET /policy/consultations", "GET /policy/consultations/{id}", "GET /policy/consultations/{id}/answer",
                "POST /policy/consultations/{id}/answer", "GET /policy/consultations/{id}/thanks", "GET /policy/consultations/{id}/response",
                "GET /policy/consultations/{id}/you-said-we-did")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        EXPECTED.put("GET /account/consultations", Access.MEMBER);
        for (String route : List.of("GET /admin/policy/consultations", "GET /admin/policy/consultations/new",
                "POST /admin/policy/consultations/new", "GET /admin/policy/consultations/{id}", "POST /admin/policy/consultations/{id}",
                "POST /admin/policy/consultations/{id}/questions", "POST /admin/policy/consultations/{id}/questions/{questionId}/remove",
                "POST /admin/policy/consultations/{id}/status", "GET /admin/policy/consultations/{id}/paper",
                "POST /admin/policy/consultations/{id}/paper", "GET /admin/policy/consultations/{id}/answers",
                "GET /admin/policy/consultations/{id}/answers.csv", "GET /admin/policy/consultations/{id}/questions/{questionId}",
                "POST /admin/policy/consultations/{id}/themes", "POST /admin/policy/consultations/{id}/replies/{replyId}/themes",
                "POST /admin/policy/consultations/{id}/replies/{replyId}/quote", "GET /admin/policy/consultations/{id}/response",
                "POST /admin/policy/consultations/{id}/response", "POST /admin/policy/consultations/{id}/outcomes",
                "POST /admin/policy/consultations/{id}/publish")) {
            EXPECTED.put(route, Access.EDITOR);
        }
        EXPECTED.put("GET /admin/equality/consultations/{id}", Access.EQUALITY_ANALYST);
        // the policy section: the Arts Forum's public pages, the influence log, the section's feed
        for (String route : List.of("GET /policy", "GET /policy/feed", "GET /policy/influence", "GET /policy/arts-forum",
                "GET /policy/arts-forum/feed", "GET /policy/arts-forum/meetings.ics", "GET /policy/arts-forum/meetings/{id}",
                "GET /policy/arts-forum/meetings/{id}/papers/{paperId}", "GET /policy/arts-forum/actions")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        // raising an issue for the forum, and the forum members' view of a meeting (which answers forum members only)
        for (String route : List.of("GET /policy/arts-forum/propose", "POST /policy/arts-forum/propose", "GET /policy/arts-forum/proposals",
                "GET /policy/arts-forum/meetings/{id}/members")) {
            EXPECTED.put(route, Access.MEMBER);
        }
        // the forum's secretariat and the influence log
        for (String route : List.of("GET /admin/policy/forum", "POST /admin/policy/forum/members",
                "POST /admin/policy/forum/members/{memberId}/remove", "GET /admin/policy/forum/meetings/new",
                "POST /admin/policy/forum/meetings/new", "GET /admin/policy/forum/meetings/{id}", "POST /admin/policy/forum/meetings/{id}",
                "POST /admin/policy/forum/meetings/{id}/agenda", "POST /admin/policy/forum/meetings/{id}/agenda/{itemId}/move",
                "POST /admin/policy/forum/meetings/{id}/agenda/{itemId}/remove", "POST /admin/policy/forum/meetings/{id}/papers",
                "POST /admin/policy/forum/meetings/{id}/papers/{paperId}", "POST /admin/policy/forum/meetings/{id}/attendance",
                "POST /admin/policy/forum/meetings/{id}/attendance/{attendeeId}/remove", "POST /admin/policy/forum/meetings/{id}/minutes",
                "POST /admin/policy/forum/meetings/{id}/actions", "POST /admin/policy/forum/actions/{actionId}",
                "GET /admin/policy/forum/proposals", "POST /admin/policy/forum/proposals/{proposalId}/decision",
                "GET /admin/policy/influence", "POST /admin/policy/influence", "GET /admin/policy/influence/{id}",
                "POST /admin/policy/influence/{id}")) {
            EXPECTED.put(route, Access.EDITOR);
        }
        // the showcase: the public gallery, works and exhibitions; organisations send and withdraw works; editors moderate
        for (String route : List.of("GET /showcase", "GET /showcase/works/{slug:[a-z0-9-]{1,140}}",
                "GET /showcase/works/{slug:[a-z0-9-]{1,140}}/{width:\\d{3,4}}.jpg", "GET /showcase/works/{slug:[a-z0-9-]{1,140}}/recording",
                "GET /showcase/exhibitions/{slug:[a-z0-9-]{1,140}}", "GET /showcase/exhibitions/{slug:[a-z0-9-]{1,140}}/feed",
                "GET /showcase/feed")) {
            EXPECTED.put(route, Access.PUBLIC);
        }
        for (String route : List.of("GET /showcase/submit", "POST /showcase/submit", "GET /showcase/manage", "GET /showcase/manage/{id}",
                "POST /showcase/manage/{id}", "POST /showcase/manage/{id}/withdraw", "GET /showcase/manage/{id}/consent-form")) {
            EXPECTED.put(route, Access.MEMBER);
        }
        for (String route : List.of("GET /admin/showcase", "GET /admin/showcase/works/{id}", "POST /admin/showcase/works/{id}/decision",
                "POST /admin/showcase/works/{id}/feature", "POST /admin/showcase/works/{id}/withdraw",
                "GET /admin/showcase/works/{id}/consent-form", "POST /admin/showcase/exhibitions", "GET /admin/showcase/exhibitions/{id}",
                "POST /admin/showcase/exhibitions/{id}")) {
            EXPECTED.put(route, Access.EDITOR);
        }
        // special-category data: only the role made for it, not even admins
        EXPECTED.put("GET /admin/equality", Access.EQUALITY_ANALYST);
        EXPECTED.put("GET /admin/equality/mentoring/{id}", Access.EQUALITY_ANALYST);
        // the equality figures over time: the analyst's own dashboard
        EXPECTED.put("GET /admin/equality/insights", Access.EQUALITY_ANALYST);
        EXPECTED.put("GET /admin/equality/insights/{section}/{figure}.csv", Access.EQUALITY_ANALYST);
        EXPECTED.put("GET /admin/equality/insights/report.zip", Access.EQUALITY_ANALYST);
        // the staff dashboards and report pack: counts only, for editors and admins
        for (String route : List.of("GET /admin/insights", "GET /admin/insights/{section}/{figure}.csv", "GET /admin/insights/report.zip",
                "GET /admin/insights/report.pdf")) {
            EXPECTED.put(route, Access.EDITOR);
        }
    }

    private Routes() {
    }

    /** A login for each kind of visitor, each a new account. */
    static Map<Visitor, RequestPostProcessor> visitors(TestAccounts accounts) {
        Map<Visitor, RequestPostProcessor> logins = new EnumMap<>(Visitor.class);
        logins.put(Visitor.ANONYMOUS, anonymous());
        logins.put(Visitor.MEMBER, accounts.create(Role.MEMBER).login());
        logins.put(Visitor.ORGANISATION_ADMIN, accounts.create(Role.MEMBER, Role.ORGANISATION_ADMIN).login());
        logins.put(Visitor.EDITOR, accounts.create(Role.MEMBER, Role.EDITOR).login());
        logins.put(Visitor.ADMIN, accounts.create(Role.MEMBER, Role.ADMIN).login());
        logins.put(Visitor.EQUALITY_ANALYST, accounts.create(Role.MEMBER, Role.EQUALITY_ANALYST).login());
        return logins;
    }

    /** The vocabulary concept the taxonomy routes' samples name. */
    static long sampleConcept(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                insert into concept (vocabulary, slug, label) values ('LIMITATION', 'matrix-sample', 'Matrix sample')
                on conflict (vocabulary, slug) do update set label = excluded.label returning id""", Long.class);
    }

    /**
     * Every route the application registers, as the table names them ("GET /path/{var}", or "* /path"
     * for a handler of every method), with its handler.
     */
    static Map<String, HandlerMethod> registered(RequestMappingHandlerMapping mappings) {
        Map<String, HandlerMethod> handlers = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    handlers.put("* " + pattern, handler);
                }
                methods.forEach(method -> handlers.put(method + " " + pattern, handler));
            }
        });
        return handlers;
    }

    /** Route ("GET /path/{var}") to the least access that may use it. */
    static Map<String, Access> expected() {
        return Collections.unmodifiableMap(EXPECTED);
    }

    static boolean allows(Access access, Visitor visitor) {
        return switch (access) {
            case PUBLIC -> true;
            case PENDING_SECOND_FACTOR -> false;
            case MEMBER -> visitor != Visitor.ANONYMOUS;
            case EDITOR -> visitor == Visitor.EDITOR || visitor == Visitor.ADMIN;
            case ADMIN -> visitor == Visitor.ADMIN;
            case EQUALITY_ANALYST -> visitor == Visitor.EQUALITY_ANALYST;
        };
    }

    /** A sample address for the route: ids no other test owns, so nothing another test made is changed. */
    static String path(String route, long sampleAccountId, long sampleConceptId) {
        String path = route.split(" ", 2)[1].replace("{vocabulary}", "limitation")
            .replace("/admin/taxonomy/limitation/{id}", "/admin/taxonomy/limitation/" + sampleConceptId)
            .replace("/admin/accounts/{id}", "/admin/accounts/" + sampleAccountId)
            .replace("/admin/outbox/{id}", "/admin/outbox/no-such-message")
            .replace("/evidence/submit/{slug}", "/evidence/submit/no-such-draft")
            .replace("/evidence/{slug}", "/evidence/no-such-entry")
            .replace("/admin/regions/{slug}", "/admin/regions/no-such-region")
            .replace("/easy-read/{name}", "/easy-read/joining")
            .replace("/regions/{slug}", "/regions/london")
            .replace("{slug:[a-z0-9-]{1,100}}", "no-such-listing")
            .replace("{slug:[a-z0-9-]{1,120}}", "no-such-event")
            // events that other tests made must not be archived or copied by this one
            .replace("/admin/events/{id}", "/admin/events/999999999")
            // nor campaigns sent or changed
            .replace("/admin/newsletter/campaigns/{id}", "/admin/newsletter/campaigns/999999999")
            .replace("/admin/newsletter/subscribers/{id}", "/admin/newsletter/subscribers/999999999")
            // nor content published, changed or restored
            .replace("/admin/content/submissions/{id}", "/admin/content/submissions/999999999")
            .replace("/admin/content/{id}", "/admin/content/999999999")
            .replace("/share/{id}", "/share/999999999")
            // nor mentoring rounds matched or published, nor anyone's application or match touched
            .replace("/mentoring/rounds/{id}", "/mentoring/rounds/999999999")
            .replace("/mentoring/applications/{id}", "/mentoring/applications/999999999")
            .replace("/mentoring/matches/{id}", "/mentoring/matches/999999999")
            .replace("{matchId}", "999999999")
            .replace("/equality/mentoring/{id}", "/equality/mentoring/999999999")
            // nor consultations opened, answered, quoted or published
            .replace("/policy/consultations/{id}", "/policy/consultations/999999999")
            .replace("/equality/consultations/{id}", "/equality/consultations/999999999")
            .replace("{questionId}", "999999999").replace("{replyId}", "999999999")
            // nor forum meetings, papers, actions, proposals or influence-log entries changed
            .replace("/policy/arts-forum/meetings/{id}", "/policy/arts-forum/meetings/999999999")
            .replace("/policy/forum/meetings/{id}", "/policy/forum/meetings/999999999")
            .replace("/policy/influence/{id}", "/policy/influence/999999999")
            .replace("{paperId}", "999999999").replace("{memberId}", "999999999").replace("{actionId}", "999999999")
            .replace("{proposalId}", "999999999")
            // nor showcase works or exhibitions published, featured or withdrawn
            .replace("{slug:[a-z0-9-]{1,140}}", "no-such-work").replace("{width:\\d{3,4}}", "320")
            .replace("/showcase/manage/{id}", "/showcase/manage/999999999")
            .replace("/showcase/works/{id}", "/showcase/works/999999999")
            .replace("/showcase/exhibitions/{id}", "/showcase/exhibitions/999999999")
            .replace("/media/content/{id}/{width}.png", "/media/content/999999999/480.png")
            .replace("/media/content/images/{id}.png", "/media/content/images/999999999.png")
            .replace("{imageId}", "999999999")
            .replace("{year}", "2026").replace("{month}", "01").replace("**", "no-such-page")
            .replace("{itemId}", "999999999")
            .replace("{bookingId}", "999999999").replace("{entryId}", "999999999").replace("{attendeeId}", "999999999")
            .replace("{slug}", "no-such-listing")
            .replace("{section}/{figure}.csv", "network/no-such-figure.csv")
            .replace("{token}", "no-such-token")
            .replace("{line}", "2")
            .replace("{id}", "1")
            .replace("{number}", "1")
            .replace("{extension}", "ris");
        if (path.contains("{")) {
            throw new IllegalStateException("No sample value for a variable of " + route);
        }
        return path;
    }
}
