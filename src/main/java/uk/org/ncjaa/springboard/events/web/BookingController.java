package uk.org.ncjaa.springboard.events.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.events.EventsProperties;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Attendee;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Calendars;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDay;
import uk.org.ncjaa.springboard.events.domain.TicketType;
import uk.org.ncjaa.springboard.events.domain.WaitlistEntry;
import uk.org.ncjaa.springboard.events.payments.InvoicePdf;
import uk.org.ncjaa.springboard.events.payments.PaymentProvider;
import uk.org.ncjaa.springboard.events.payments.StripePayments;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Booking, and what a booker can do afterwards from the link in their email: see the booking,
 * change names, cancel, get the invoice or receipt. Also the waiting list's and feedback's links.
 */
@Controller
class BookingController {

    private final EventCatalogue catalogue;
    private final Bookings bookings;
    private final EventDay day;
    private final Calendars calendars;
    private final InvoicePdf invoices;
    private final Clock clock;
    private final EventsProperties properties;
    private final Map<Booking.Provider, PaymentProvider> providers = new java.util.EnumMap<>(Booking.Provider.class);
    private final EventTexts texts;

    BookingController(EventsProperties properties, EventCatalogue catalogue, Bookings bookings, EventDay day, Calendars calendars,
            InvoicePdf invoices, Clock clock, List<PaymentProvider> providers, EventTexts texts) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.day = day;
        this.calendars = calendars;
        this.invoices = invoices;
        this.clock = clock;
        this.properties = properties;
        providers.forEach(p -> this.providers.put(p.id(), p));
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(64);
    }

    @GetMapping("/events/{slug:[a-z0-9-]{1,120}}/book")
    String form(@PathVariable String slug, @RequestParam(required = false) String ticket, @RequestParam(defaultValue = "1") String places,
            @RequestParam(required = false) String offer, @RequestParam(required = false) String invitation,
            @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = bookable(slug);
        BookingForm form = new BookingForm();
        form.invitation = invitation;
        form.ticket = ticket;
        form.places = parsePlaces(places);
        form.offer = offer;
        if (offer != null) {
            bookings.waitlistEntry(offer).filter(e -> e.state() == WaitlistEntry.State.OFFERED).ifPresent(e -> {
                form.ticket = e.ticketType().kind().slug();
                form.places = e.places();
                form.bookerName = e.name();
                form.bookerEmail = e.email();
            });
        }
        form.fit(form.places);
        if (user != null) {
            form.bookerName = user.displayName();
            form.bookerEmail = user.email();
            form.attendees.get(0).name = user.displayName();
            form.attendees.get(0).email = user.email();
            bookings.rememberedAccessNeeds(user.id()).ifPresent(needs -> {
                form.attendees.get(0).accessNeeds = needs;
                form.remember = true;
            });
        }
        return show(event, form, null, user, model);
    }

    @PostMapping("/events/{slug:[a-z0-9-]{1,120}}/book")
    String book(@PathVariable String slug, @ModelAttribute("form") BookingForm form, BindingResult errors,
            @RequestParam(required = false) String change, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = bookable(slug);
        form.places = Math.max(1, Math.min(form.places, maxPlaces()));
        form.fit(form.places);
        TicketType type = TicketKind.fromSlug(form.ticket == null ? "" : form.ticket).flatMap(event::ticketType)
            .filter(t -> t.allowance() > 0).orElse(null);
        if (change != null) {
            // "update the number of places" without JavaScript: the same form with more or fewer rows
            return show(event, form, null, user, model);
        }
        if (type == null) {
            errors.rejectValue("ticket", "events.book.ticket.error", "Choose a ticket");
            return show(event, form, null, user, model);
        }
        List<Bookings.AttendeeDetails> attendees = form.validate(event, type.pricePence() > 0, ways(), errors);
        if (attendees == null) {
            return show(event, form, null, user, model);
        }
        Booking.Provider provider = Booking.Provider.valueOf(type.pricePence() > 0 ? form.payment : Booking.Provider.INVOICE.name());
        Bookings.Request request = new Bookings.Request(event.id(), type.kind(), user == null ? null : user.id(),
                new Booking.Booker(form.bookerName, form.bookerEmail, form.bookerPhone, form.bookerOrg, form.onBehalf),
                attendees, form.heardAbout, provider, form.waitlist, blankToNull(form.offer), form.invitation, form.remember);
        Bookings.Outcome outcome;
        try {
            outcome = bookings.book(request);
        }
        catch (PessimisticLockingFailureException busy) {
            return show(event, form, texts.get("events.book.busy"),
                    user, model);
        }
        if (outcome instanceof Bookings.Refused refused) {
            return show(event, form, texts.refused(refused), user, model);
        }
        if (outcome instanceof Bookings.Waitlisted waitlisted) {
            return "redirect:/events/waitlist/" + waitlisted.token() + "?joined";
        }
        return afterBooking((Bookings.Booked) outcome);
    }

    private String afterBooking(Bookings.Booked booked) {
        Booking booking = booked.booking();
        PaymentProvider provider = providers.get(booking.provider());
        if (provider != null && booking.state() == uk.org.ncjaa.springboard.events.domain.BookingState.PENDING_PAYMENT) {
            try {
                Optional<URI> next = provider.start(booking, booked.token());
                if (next.isPresent()) {
                    return "redirect:" + next.get();
                }
            }
            catch (StripePayments.Unavailable unavailable) {
                return "redirect:/bookings/" + booked.token() + "?card-unavailable";
            }
        }
        return "redirect:/bookings/" + booked.token() + "?booked";
    }

    private String show(Event event, BookingForm form, String problem, AccountUser user, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "form")) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new DirectFieldBindingResult(form, "form"));
        }
        model.addAttribute("bookingProblem", problem);
        model.addAttribute("memberPrices", event.offered().stream().anyMatch(t -> t.kind().needsMember()));
        model.addAttribute("paid", event.offered().stream().anyMatch(t -> t.pricePence() > 0));
        model.addAttribute("free", bookings.availability(event.id()));
        model.addAttribute("cards", ways().contains(Booking.Provider.STRIPE));
        model.addAttribute("maxPlaces", maxPlaces());
        model.addAttribute("loggedIn", user != null);
        model.addAttribute("closed", texts.closed(event.bookingClosedReason(clock.instant()).orElse(null)));
        return "events/book";
    }

    @GetMapping("/bookings/{token}")
    String booking(@PathVariable String token, Model model) {
        Booking booking = byToken(token);
        model.addAttribute("booking", booking);
        model.addAttribute("token", token);
        model.addAttribute("event", booking.event());
        model.addAttribute("cancellable", booking.state().holdsPlaces() && clock.instant().isBefore(booking.event().startsAt()));
        model.addAttribute("cards", ways().contains(Booking.Provider.STRIPE));
        return "events/booking";
    }

    @PostMapping("/bookings/{token}/attendees")
    String rename(@PathVariable String token, @RequestParam Map<String, String> params, RedirectAttributes redirect, Model model) {
        Booking booking = byToken(token);
        Map<Long, Bookings.AttendeeDetails> changes = new HashMap<>();
        for (Attendee attendee : booking.attendees()) {
            String name = params.get("name-" + attendee.id());
            String email = params.get("email-" + attendee.id());
            if (name == null) {
                continue;
            }
            if (name.isBlank() || name.length() > 200 || email != null && !email.isBlank() && !uk.org.ncjaa.springboard.shared.EmailAddresses.plausible(email)) {
                model.addAttribute("renameProblem", texts.get("events.booking.renameProblem"));
                model.addAttribute("typed", params);
                return booking(token, model);
            }
            changes.put(attendee.id(), new Bookings.AttendeeDetails(name, email, null, null));
        }
        bookings.rename(booking.id(), changes);
        redirect.addFlashAttribute("notice", texts.get("events.booking.renamed"));
        return "redirect:/bookings/" + token;
    }

    @PostMapping("/bookings/{token}/cancel")
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        Booking booking = byToken(token);
        if (!booking.state().holdsPlaces()) {
            redirect.addFlashAttribute("notice", texts.get("events.booking.alreadyCancelled"));
            return "redirect:/bookings/" + token;
        }
        try {
            bookings.cancel(booking.id(), "You cancelled the booking.");
        }
        catch (PessimisticLockingFailureException busy) {
            redirect.addFlashAttribute("notice", texts.get("events.booking.cancelBusy"));
            return "redirect:/bookings/" + token;
        }
        redirect.addFlashAttribute("notice", texts.get("events.booking.cancelled"));
        return "redirect:/bookings/" + token;
    }

    @PostMapping("/bookings/{token}/attendees/{attendeeId}/cancel")
    String cancelPlace(@PathVariable String token, @PathVariable long attendeeId, RedirectAttributes redirect) {
        Booking booking = byToken(token);
        try {
            boolean cancelled = bookings.cancelPlace(booking.id(), attendeeId);
            redirect.addFlashAttribute("notice", cancelled ? texts.get("events.booking.placeCancelled")
                    : texts.get("events.booking.placeAlreadyCancelled"));
        }
        catch (PessimisticLockingFailureException busy) {
            redirect.addFlashAttribute("notice", texts.get("events.booking.cancelBusy"));
        }
        return "redirect:/bookings/" + token;
    }

    @PostMapping("/bookings/{token}/pay")
    String pay(@PathVariable String token) {
        Booking booking = byToken(token);
        PaymentProvider provider = providers.get(booking.provider());
        if (booking.state() != uk.org.ncjaa.springboard.events.domain.BookingState.PENDING_PAYMENT || provider == null
                || !provider.enabled()) {
            return "redirect:/bookings/" + token;
        }
        try {
            return "redirect:" + provider.start(booking, token).map(URI::toString).orElse("/bookings/" + token);
        }
        catch (StripePayments.Unavailable unavailable) {
            return "redirect:/bookings/" + token + "?card-unavailable";
        }
    }

    @GetMapping("/bookings/{token}/invoice.pdf")
    ResponseEntity<byte[]> invoice(@PathVariable String token) {
        Booking booking = byToken(token);
        if (booking.invoiceNumber() == null) {
            throw new NotFoundException("No invoice for this booking");
        }
        String name = (booking.paidAt() != null ? "receipt-" : "invoice-") + booking.reference() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(invoices.render(booking));
    }

    @GetMapping("/bookings/{token}/event.ics")
    ResponseEntity<String> calendar(@PathVariable String token) {
        Booking booking = byToken(token);
        Event event = booking.event();
        String joining = booking.state().confirmed() && event.delivery().online() ? event.joiningDetails() : null;
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(event.slug() + ".ics").build().toString())
            .body(calendars.event(event, joining));
    }

    @GetMapping("/events/waitlist/{token}")
    String waitlist(@PathVariable String token, Model model) {
        WaitlistEntry entry = bookings.waitlistEntry(token).orElseThrow(() -> new NotFoundException("No such waiting-list place"));
        model.addAttribute("entry", entry);
        model.addAttribute("event", entry.event());
        model.addAttribute("token", token);
        model.addAttribute("position", bookings.positionOf(entry.id()));
        model.addAttribute("offerOpen", entry.state() == WaitlistEntry.State.OFFERED && entry.offerExpiresAt().isAfter(clock.instant()));
        return "events/waitlist";
    }

    @PostMapping("/events/waitlist/{token}/leave")
    String leave(@PathVariable String token, RedirectAttributes redirect) {
        WaitlistEntry entry = bookings.waitlistEntry(token).orElseThrow(() -> new NotFoundException("No such waiting-list place"));
        bookings.leave(entry.id());
        redirect.addFlashAttribute("notice", texts.get("events.waitlist.left"));
        return "redirect:/events/waitlist/" + token;
    }

    @GetMapping("/events/feedback/{token}")
    String feedback(@PathVariable String token, Model model) {
        Attendee attendee = day.feedbackFor(token).orElseThrow(() -> new NotFoundException("No such feedback form"));
        model.addAttribute("attendee", attendee);
        model.addAttribute("event", attendee.booking().event());
        model.addAttribute("given", day.feedbackGiven(attendee.id()));
        model.addAttribute("token", token);
        return "events/feedback";
    }

    @PostMapping("/events/feedback/{token}")
    String giveFeedback(@PathVariable String token, @RequestParam(required = false) String rating,
            @RequestParam(required = false) String useful, @RequestParam(required = false) String comments, Model model,
            RedirectAttributes redirect) {
        Attendee attendee = day.feedbackFor(token).orElseThrow(() -> new NotFoundException("No such feedback form"));
        int stars = rating != null && rating.matches("[1-5]") ? Integer.parseInt(rating) : 0;
        if (stars == 0 || length(useful) > 4000 || length(comments) > 4000) {
            model.addAttribute("feedbackProblem", stars == 0 ? texts.get("events.feedback.error.rating") : texts.get("events.feedback.error.long"));
            model.addAttribute("typedUseful", useful);
            model.addAttribute("typedComments", comments);
            return feedback(token, model);
        }
        day.saveFeedback(attendee, stars, useful, comments);
        redirect.addFlashAttribute("notice", texts.get("events.feedback.thanks"));
        return "redirect:/events/feedback/" + token;
    }

    @GetMapping("/account/bookings")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("bookings", bookings.forAccount(user.id()));
        return "events/my-bookings";
    }

    /** The ways to pay that people may choose now. */
    private java.util.Set<Booking.Provider> ways() {
        java.util.Set<Booking.Provider> ways = java.util.EnumSet.noneOf(Booking.Provider.class);
        providers.values().stream().filter(PaymentProvider::enabled).forEach(p -> ways.add(p.id()));
        return ways;
    }

    private Booking byToken(String token) {
        return bookings.byToken(token).orElseThrow(() -> new NotFoundException("No such booking"));
    }

    private Event bookable(String slug) {
        return catalogue.bySlug(slug).filter(e -> e.status() == Event.Status.PUBLISHED || e.status() == Event.Status.CANCELLED)
            .orElseThrow(() -> new NotFoundException("No such event"));
    }

    private int maxPlaces() {
        return properties.maxPlaces();
    }

    private int parsePlaces(String places) {
        return places != null && places.matches("\\d{1,2}") ? Math.max(1, Math.min(Integer.parseInt(places), maxPlaces())) : 1;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
