package uk.org.ncjaa.springboard.easyread;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.org.ncjaa.springboard.easyread.EasyReadPage.Point;
import uk.org.ncjaa.springboard.easyread.EasyReadPage.Section;

/**
 * The easy-read pages, in the order the index lists them. The words are in the {@code easyread}
 * message bundles; this says which words go under which heading, beside which picture. A point's
 * key is {@code easyread.<page>.<section>.<n>}, counted from 1 in the order given here.
 *
 * <p>What the pages say follows what the site does: change a journey and change its page here too.
 */
final class EasyReadPages {

    /** How to get help and how to reach the alliance: the end of every page. */
    static final Section HELP = new Section("easyread.help.heading", List.of(
            new Point("help", "easyread.help.1"),
            new Point("website", "easyread.help.2", "/contact"),
            new Point("letter", "easyread.help.3"),
            new Point("wait", "easyread.help.4"),
            new Point("read", "easyread.help.5")));

    private static final Map<String, EasyReadPage> PAGES = new LinkedHashMap<>();

    static {
        add(new EasyReadPage("about", "group", List.of(
                section("about", "who", "group", "group", "art", "work", "signpost"),
                section("about", "believe", "paint", "help"),
                section("about", "do", "read", "meet", "newsletter", "talk", "parliament", "group"),
                section("about", "join", "money", "join")),
                "/about", "easyread.about.action", "/join"));
        add(new EasyReadPage("joining", "join", List.of(
                section("joining", "what", "group", "money"),
                section("joining", "members", "calendar", "art", "read", "newsletter"),
                section("joining", "need", "personal", "email", "key", "key", "work"),
                section("joining", "choices", "newsletter", "look", "read", "change"),
                section("joining", "next", "send", "open", "finish")),
                "/join", "easyread.joining.action", "/join"));
        add(new EasyReadPage("privacy", "locker", List.of(
                section("privacy", "what", "read", "read"),
                section("privacy", "keep", "personal", "key", "work", "yes", "locker"),
                section("privacy", "never", "no", "no"),
                section("privacy", "choices", "newsletter", "look", "form", "change"),
                section("privacy", "rights", "look", "computer", "change", "delete", "home")),
                "/privacy", "easyread.privacy.action", "/account/consents"));
        add(new EasyReadPage("booking", "calendar", List.of(
                section("booking", "how", "calendar", "signpost", "money", "money", "count", "personal", "email", "wheelchair", "form",
                        "money"),
                section("booking", "full", "wait", "send"),
                section("booking", "next", "send", "calendar", "delete", "key", "locker")),
                "/events", "easyread.booking.action", "/events"));
        add(new EasyReadPage("equality", "count", List.of(
                section("equality", "what", "form", "personal", "signpost"),
                section("equality", "why", "count", "group"),
                section("equality", "must", "no", "finish", "yes"),
                section("equality", "see", "separate", "key", "count", "five", "no"),
                section("equality", "change", "change", "delete", "open")),
                "/account/equality", "easyread.equality.action", "/account/equality"));
        add(new EasyReadPage("mentoring", "talk", List.of(
                section("mentoring", "what", "teacher", "personal", "talk", "money"),
                section("mentoring", "who", "join", "calendar"),
                section("mentoring", "how", "form", "work", "wait", "personal", "separate", "teacher", "no"),
                section("mentoring", "next", "read", "send", "meet", "look", "yes", "locker", "ask")),
                "/mentoring", "easyread.mentoring.action", "/mentoring"));
        add(new EasyReadPage("consultation", "vote", List.of(
                section("consultation", "what", "ask", "change", "parliament"),
                section("consultation", "who", "group", "open"),
                section("consultation", "how", "read", "form", "wait", "finish", "personal", "email"),
                section("consultation", "paper", "letter", "answer", "send"),
                section("consultation", "next", "read", "newsletter")),
                "/policy/consultations", "easyread.consultation.action", "/policy/consultations"));
    }

    private EasyReadPages() {
    }

    static List<EasyReadPage> all() {
        return List.copyOf(PAGES.values());
    }

    static Optional<EasyReadPage> named(String name) {
        return Optional.ofNullable(PAGES.get(name));
    }

    private static void add(EasyReadPage page) {
        PAGES.put(page.name(), page);
    }

    /** A section whose points take the given pictures, keyed by page, section and place. */
    private static Section section(String page, String id, String... symbols) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            points.add(new Point(symbols[i], "easyread." + page + "." + id + "." + (i + 1)));
        }
        return new Section("easyread." + page + "." + id + ".heading", points);
    }
}
