package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.shared.DemoPictures;
import uk.org.ncjaa.springboard.shared.Images;

/**
 * Demo events shaped like the alliance's own programme: an online introduction to arts in
 * prisons priced from £95, a regional networking event, a two-day course, the Arts Forum (by
 * invitation) and a past conference. Dates are set from today so the demo never goes stale. All
 * but the second introduction have a picture drawn in code ({@link DemoPictures}), described.
 */
@Component
public class DemoEvents {

    private final EventCatalogue catalogue;
    private final EventRepository events;
    private final EventImages images;
    private final Clock clock;

    DemoEvents(EventCatalogue catalogue, EventRepository events, EventImages images, Clock clock) {
        this.catalogue = catalogue;
        this.events = events;
        this.images = images;
        this.clock = clock;
    }

    @Transactional
    public void load() {
        if (events.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.UK);
        Event introduction = add(details("Introduction to arts in prisons", EventKind.TRAINING, Delivery.ONLINE,
                "A half-day online course for artists and arts organisations starting work in prisons.",
                "What it is like to work in a prison, how to plan a project with staff, safeguarding and security, and how to "
                        + "evaluate what you do.\n\nLed by practitioners with many years of work in custody, with time for your questions.",
                today.plusDays(21), "10:00", "13:00", null, null, null, "Join on Zoom: the link arrives with your booking confirmation.",
                null, List.of(), List.of("adult-prison-men", "adult-prison-women"), 40,
                Map.of(TicketKind.MEMBER, new EventDetails.Ticket(7500, 40), TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 40),
                        TicketKind.CONCESSION, new EventDetails.Ticket(4500, 10), TicketKind.BURSARY, new EventDetails.Ticket(0, 4)),
                "Introduction courses", List.of()), new Event.Welsh("Cyflwyniad i'r celfyddydau mewn carchardai",
                "Cwrs ar-lein hanner diwrnod i artistiaid a sefydliadau celfyddydol sy'n dechrau gweithio mewn carchardai.",
                "Sut beth yw gweithio mewn carchar, sut i gynllunio prosiect gyda staff, diogelu a diogelwch, a sut i werthuso'r hyn "
                        + "rydych chi'n ei wneud.\n\nDan arweiniad ymarferwyr sydd â blynyddoedd lawer o brofiad o weithio yn y ddalfa, "
                        + "gydag amser i'ch cwestiynau."), true);
        picture(introduction, 6);
        add(details("Introduction to arts in prisons", EventKind.TRAINING, Delivery.ONLINE,
                "The same half-day course, for those who could not make the earlier date.",
                "What it is like to work in a prison, how to plan a project with staff, safeguarding and security, and how to "
                        + "evaluate what you do.",
                today.plusDays(63), "10:00", "13:00", null, null, null, "Join on Zoom: the link arrives with your booking confirmation.",
                null, List.of(), List.of("adult-prison-men", "adult-prison-women"), 40,
                Map.of(TicketKind.MEMBER, new EventDetails.Ticket(7500, 40), TicketKind.NON_MEMBER, new EventDetails.Ticket(9500, 40)),
                "Introduction courses", List.of()), true);
        Event networking = add(details("North West networking: governors, probation and artists", EventKind.NETWORKING, Delivery.IN_PERSON,
                "An afternoon for prison and probation staff and artists in the North West to meet and plan together.",
                "Short talks from a governor, a probation practitioner and two arts organisations, then time to talk.\n\n"
                        + "Tea and cake provided.",
                today.plusDays(35), "13:30", "17:00", "The Whitworth", "Oxford Road, Manchester M15 6ER",
                "Step-free entrance, accessible toilets and a hearing loop. Quiet room available.", null, "north-west", List.of(),
                List.of("adult-prison-men", "probation-and-community-sentences"), 60, Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 60)), null, List.of()), true);
        picture(networking, 8);
        Event evaluating = add(details("Evaluating your arts project: a two-day course", EventKind.TRAINING, Delivery.IN_PERSON,
                "Plan and carry out a proportionate evaluation of an arts project in a justice setting.",
                "Two days on theories of change, choosing measures, consent and ethics with people in custody, and writing up.",
                today.plusDays(49), "09:30", "16:30", "Toynbee Hall", "28 Commercial Street, London E1 6LS",
                "Step-free access throughout. Lunch provided: tell us about dietary needs.", null, "london", List.of(), List.of(), 24,
                Map.of(TicketKind.MEMBER, new EventDetails.Ticket(15000, 24), TicketKind.NON_MEMBER, new EventDetails.Ticket(19500, 24),
                        TicketKind.BURSARY, new EventDetails.Ticket(0, 3)), null,
                List.of(new EventDetails.Session("Day 1: theories of change and measures", at(today.plusDays(49), "09:30"),
                        at(today.plusDays(49), "16:30")),
                        new EventDetails.Session("Day 2: ethics, consent and writing up", at(today.plusDays(50), "09:30"),
                                at(today.plusDays(50), "16:30")))), true);
        picture(evaluating, 9);
        Event forum = add(details("Arts Forum: winter meeting", EventKind.ARTS_FORUM, Delivery.HYBRID,
                "The tri-annual Arts Forum, chaired by the Ministry of Justice. By invitation.",
                "Members of the Forum discuss policy on arts in criminal justice with officials. Papers are sent a week before.",
                today.plusDays(28), "14:00", "16:00", "102 Petty France", "London SW1H 9AJ", "Step-free. Photo ID needed at reception.",
                "Join on Microsoft Teams: the link arrives with your confirmation.", "london", List.of(), List.of(), 30,
                Map.of(TicketKind.FREE, new EventDetails.Ticket(0, 30)), "Arts Forum", List.of()), true);
        picture(forum, 10);
        Event conference = add(details("Annual conference: the arts and desistance", EventKind.CONFERENCE, Delivery.IN_PERSON,
                "Our annual conference on what the arts contribute to desistance from crime.",
                "Keynotes, workshops and performances by people with lived experience of the justice system.",
                today.minusDays(40), "09:30", "17:00", "Birmingham Repertory Theatre", "Centenary Square, Birmingham B1 2EP",
                "Step-free access, BSL interpretation for keynotes.", null, "west-midlands", List.of(), List.of(), 200,
                Map.of(TicketKind.MEMBER, new EventDetails.Ticket(6000, 200), TicketKind.NON_MEMBER, new EventDetails.Ticket(9000, 200)),
                null, List.of()), new Event.Welsh("Cynhadledd flynyddol: y celfyddydau ac ymatal rhag troseddu",
                "Ein cynhadledd flynyddol ar yr hyn y mae'r celfyddydau'n ei gyfrannu at ymatal rhag troseddu.",
                "Prif areithiau, gweithdai a pherfformiadau gan bobl sydd â phrofiad bywyd o'r system gyfiawnder."), true);
        picture(conference, 7);
    }

    private Event add(EventDetails details, boolean publish) {
        return catalogue.create(details, publish);
    }

    /** An event with an editor's Welsh version, so the demo shows both a Welsh page and the English fallback. */
    private Event add(EventDetails details, Event.Welsh welsh, boolean publish) {
        return catalogue.create(details, welsh, publish);
    }

    /** A picture drawn for the demo, described as it must be, through the same checks as staff's uploads. */
    private void picture(Event event, int seed) {
        try {
            images.upload(event.id(), DemoPictures.scene(seed, 960, 540), DemoPictures.sceneOf(seed));
        }
        catch (Images.Rejected ex) {
            throw new IllegalStateException("A drawn picture is an image any upload check accepts", ex);
        }
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Dates.UK).toInstant();
    }

    private static EventDetails details(String title, EventKind kind, Delivery delivery, String summary, String description, LocalDate day,
            String from, String to, String venue, String address, String access, String joining, String region, List<String> artForms,
            List<String> settings, int capacity, Map<TicketKind, EventDetails.Ticket> tickets, String series,
            List<EventDetails.Session> sessions) {
        Instant start = at(day, from);
        Instant end = sessions.isEmpty() ? at(day, to) : sessions.get(sessions.size() - 1).endsAt();
        return new EventDetails(title, kind, delivery, summary, description, start, end, venue, address, access, joining,
                "National Criminal Justice Arts Alliance", region, artForms, settings, capacity, null, null, series, Ask.OPTIONAL,
                kind == EventKind.CONFERENCE || !sessions.isEmpty() ? Ask.OPTIONAL : Ask.OFF, Ask.OPTIONAL, sessions,
                new EnumMap<>(tickets));
    }
}
