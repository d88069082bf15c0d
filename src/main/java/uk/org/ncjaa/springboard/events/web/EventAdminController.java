package uk.org.ncjaa.springboard.events.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
import uk.org.ncjaa.springboard.events.Ask;
import uk.org.ncjaa.springboard.events.Delivery;
import uk.org.ncjaa.springboard.events.EventKind;
import uk.org.ncjaa.springboard.events.TicketKind;
import uk.org.ncjaa.springboard.events.domain.Attendee;
import uk.org.ncjaa.springboard.events.domain.Booking;
import uk.org.ncjaa.springboard.events.domain.BookingState;
import uk.org.ncjaa.springboard.events.domain.Bookings;
import uk.org.ncjaa.springboard.events.domain.Event;
import uk.org.ncjaa.springboard.events.domain.EventCatalogue;
import uk.org.ncjaa.springboard.events.domain.EventDay;
import uk.org.ncjaa.springboard.events.domain.EventDetails;
import uk.org.ncjaa.springboard.shared.Csv;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.web.Htmx;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Staff pages for events: create, edit, duplicate, cancel, archive; bookings, waiting list, the day itself and feedback. */
@Controller
class EventAdminController {

    private final EventCatalogue catalogue;
    private final Bookings bookings;
    private final EventDay day;
    private final uk.org.ncjaa.springboard.events.domain.EventImages images;
    private final uk.org.ncjaa.springboard.events.domain.EventInvitations invitations;
    private final TaxonomyApi taxonomy;
    private final uk.org.ncjaa.springboard.accounts.AccountsApi accounts;

    EventAdminController(EventCatalogue catalogue, Bookings bookings, EventDay day,
            uk.org.ncjaa.springboard.events.domain.EventImages images, uk.org.ncjaa.springboard.events.domain.EventInvitations invitations,
            TaxonomyApi taxonomy, uk.org.ncjaa.springboard.accounts.AccountsApi accounts) {
        this.accounts = accounts;
        this.images = images;
        this.invitations = invitations;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.day = day;
        this.taxonomy = taxonomy;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(16);
    }

    @GetMapping("/admin/events")
    String list(Model model) {
        model.addAttribute("events", catalogue.forStaff());
        model.addAttribute("held", catalogue.held());
        return "events/admin/list";
    }

    /**
     * A new event. Editors accepting an event a member shared arrive here with its words (a flash
     * attribute {@code sharedEvent} of plain strings, so neither module knows the other's types):
     * they fill the form, and what the member wrote about when it is stays beside the date.
     */
    @GetMapping("/admin/events/new")
    String newForm(Model model) {
        EventForm form = new EventForm();
        if (model.getAttribute("sharedEvent") instanceof Map<?, ?> shared) {
            form.title = text(shared.get("title"), 300);
            form.description = text(shared.get("description"), 20_000);
            if (form.description != null) {
                form.summary = text(form.description.lines().filter(line -> !line.isBlank()).findFirst().orElse(null), 200);
            }
            String organiser = text(shared.get("organiser"), 200);
            if (organiser != null) {
                form.organiser = organiser;
            }
            form.venueName = text(shared.get("venue"), 200);
            model.addAttribute("sharedWhen", text(shared.get("when"), 200));
        }
        return edit(null, form, model);
    }

    private static String text(Object value, int max) {
        if (!(value instanceof String string) || string.isBlank()) {
            return null;
        }
        String stripped = string.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    @PostMapping("/admin/events/new")
    String create(@ModelAttribute("form") EventForm form, BindingResult errors, @RequestParam(required = false) String publish,
            Model model, RedirectAttributes redirect) {
        EventDetails details = form.validate(errors);
        if (details == null) {
            return edit(null, form, model);
        }
        Event event = catalogue.create(details, form.welsh(), publish != null);
        redirect.addFlashAttribute("notice", publish != null ? "The event is published." : "The event is saved as a draft.");
        return "redirect:/admin/events/" + event.id();
    }

    @GetMapping("/admin/events/{id}")
    String editForm(@PathVariable long id, Model model) {
        Event event = find(id);
        return edit(event, EventForm.of(event), model);
    }

    @PostMapping("/admin/events/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") EventForm form, BindingResult errors,
            @RequestParam(required = false) String publish, Model model, RedirectAttributes redirect) {
        Event event = find(id);
        EventDetails details = form.validate(errors);
        if (details == null) {
            return edit(event, form, model);
        }
        try {
            catalogue.update(id, details, form.welsh(), publish != null);
        }
        catch (PessimisticLockingFailureException busy) {
            model.addAttribute("saveProblem", "People are booking this event right now. Nothing is saved yet: please save again.");
            return edit(event, form, model);
        }
        redirect.addFlashAttribute("notice", "The event is saved.");
        return "redirect:/admin/events/" + id;
    }

    @PostMapping("/admin/events/{id}/duplicate")
    String duplicate(@PathVariable long id, RedirectAttributes redirect) {
        Event copy = catalogue.duplicate(find(id).id());
        redirect.addFlashAttribute("notice", "This is a copy, saved as a draft a week after the original. Check the dates and details.");
        return "redirect:/admin/events/" + copy.id();
    }

    @PostMapping("/admin/events/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Event event = find(id);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            model.addAttribute("cancelProblem", "Say why the event is cancelled (under 2,000 characters): everyone booked is told.");
            return edit(event, EventForm.of(event), model);
        }
        if (event.status() == Event.Status.CANCELLED) {
            return "redirect:/admin/events/" + id;
        }
        catalogue.cancel(id, reason);
        redirect.addFlashAttribute("notice", "The event is cancelled. Everyone booked and everyone waiting has been emailed.");
        return "redirect:/admin/events/" + id;
    }

    @PostMapping("/admin/events/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        catalogue.archive(find(id).id());
        redirect.addFlashAttribute("notice", "The event is archived.");
        return "redirect:/admin/events";
    }

    @PostMapping("/admin/events/{id}/image")
    String image(@PathVariable long id, @RequestParam(name = "image", required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String alt, RedirectAttributes redirect) throws java.io.IOException {
        Event event = find(id);
        try {
            images.upload(event.id(), file == null ? null : file.getBytes(), alt);
            redirect.addFlashAttribute("notice", "The picture is saved.");
        }
        catch (uk.org.ncjaa.springboard.shared.Images.Rejected rejected) {
            redirect.addFlashAttribute("imageProblem", rejected.getMessage());
            redirect.addFlashAttribute("imageAlt", alt == null ? null : alt.length() > 300 ? alt.substring(0, 300) : alt);
        }
        return "redirect:/admin/events/" + id + "#picture";
    }

    @PostMapping("/admin/events/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam(required = false) String people, @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Event event = find(id);
        if (people == null || people.isBlank() || people.length() > 100_000) {
            redirect.addFlashAttribute("inviteProblem", "Enter one email address per line, such as ann@example.org or Ann Example <ann@example.org>");
            return "redirect:/admin/events/" + id + "#invitations";
        }
        uk.org.ncjaa.springboard.events.domain.EventInvitations.Sent sent = invitations.invite(event.id(), people, user.id());
        redirect.addFlashAttribute("notice", sent.invited() + " invitation" + (sent.invited() == 1 ? "" : "s") + " sent"
                + (sent.already() > 0 ? "; " + sent.already() + " already invited" : "") + ".");
        if (!sent.notUnderstood().isEmpty()) {
            redirect.addFlashAttribute("inviteProblem", "These lines are not email addresses, so nobody was invited for them: "
                    + String.join("; ", sent.notUnderstood()));
            redirect.addFlashAttribute("invitePeople", String.join("\n", sent.notUnderstood()));
        }
        return "redirect:/admin/events/" + id + "#invitations";
    }

    @PostMapping("/admin/events/{id}/image/delete")
    String removeImage(@PathVariable long id, RedirectAttributes redirect) {
        images.remove(find(id).id());
        redirect.addFlashAttribute("notice", "The picture is removed.");
        return "redirect:/admin/events/" + id + "#picture";
    }

    private String edit(Event event, EventForm form, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("picture", event == null ? null : images.picture(event.id()).orElse(null));
        model.addAttribute("invitations", event == null || !event.kind().invitationOnly() ? java.util.List.of() : invitations.forEvent(event.id()));
        model.addAttribute("form", form);
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "form")) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new DirectFieldBindingResult(form, "form"));
        }
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("asks", Ask.values());
        model.addAttribute("ticketKinds", TicketKind.values());
        model.addAttribute("regionOptions", taxonomy.concepts(Vocabulary.REGION));
        model.addAttribute("artFormOptions", taxonomy.concepts(Vocabulary.ART_FORM));
        model.addAttribute("settingOptions", taxonomy.concepts(Vocabulary.SETTING));
        return "events/admin/edit";
    }

    @GetMapping("/admin/events/{id}/bookings")
    String bookings(@PathVariable long id, Model model) {
        Event event = find(id);
        model.addAttribute("event", event);
        model.addAttribute("bookings", catalogue.bookings(id));
        model.addAttribute("waitlist", catalogue.waitlist(id));
        return "events/admin/bookings";
    }

    @PostMapping("/admin/events/bookings/{bookingId}/paid")
    String paid(@PathVariable long bookingId, @RequestParam long event, RedirectAttributes redirect) {
        try {
            bookings.markPaid(bookingId);
            redirect.addFlashAttribute("notice", "The booking is confirmed and the booker has been emailed.");
        }
        catch (IllegalStateException | java.util.NoSuchElementException ex) {
            redirect.addFlashAttribute("notice", "That booking cannot be confirmed: it is not waiting for payment or approval.");
        }
        return "redirect:/admin/events/" + event + "/bookings";
    }

    @PostMapping("/admin/events/bookings/{bookingId}/cancel")
    String cancelBooking(@PathVariable long bookingId, @RequestParam long event, RedirectAttributes redirect) {
        try {
            bookings.cancel(bookingId, "Our staff cancelled the booking. Please get in touch if you did not expect this.");
            redirect.addFlashAttribute("notice", "The booking is cancelled; its places went to the waiting list.");
        }
        catch (IllegalStateException | java.util.NoSuchElementException ex) {
            redirect.addFlashAttribute("notice", "That booking is already cancelled.");
        }
        return "redirect:/admin/events/" + event + "/bookings";
    }

    /** A refund paid back by bank transfer, recorded by staff; card refunds are recorded from Stripe's own reports. */
    @PostMapping("/admin/events/bookings/{bookingId}/refund")
    String refund(@PathVariable long bookingId, @RequestParam long event, @RequestParam(required = false) String amount,
            RedirectAttributes redirect) {
        Booking booking = catalogue.booking(bookingId).orElseThrow(() -> new NotFoundException("No such booking"));
        java.util.OptionalInt pence = uk.org.ncjaa.springboard.events.domain.Money.parse(amount);
        int left = booking.totalPence() - booking.refundedPence();
        if (booking.provider() != Booking.Provider.INVOICE || booking.paidAt() == null) {
            redirect.addFlashAttribute("notice", "Only a paid invoice is refunded here; card payments are refunded in Stripe and recorded from there.");
        }
        else if (pence.isEmpty() || pence.getAsInt() < 1 || pence.getAsInt() > left) {
            redirect.addFlashAttribute("notice", "Enter the amount refunded for " + booking.reference() + " in pounds, up to "
                    + uk.org.ncjaa.springboard.events.domain.Money.format(left) + ".");
        }
        else {
            bookings.refunded(Booking.Provider.INVOICE, "staff-" + java.util.UUID.randomUUID(), bookingId, pence.getAsInt());
            redirect.addFlashAttribute("notice", "The refund of " + uk.org.ncjaa.springboard.events.domain.Money.format(pence.getAsInt())
                    + " for " + booking.reference() + " is recorded.");
        }
        return "redirect:/admin/events/" + event + "/bookings";
    }

    @PostMapping("/admin/events/waitlist/{entryId}/priority")
    String priority(@PathVariable long entryId, @RequestParam long event, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            redirect.addFlashAttribute("notice", "Give the reason for priority (under 500 characters): it is recorded.");
        }
        else {
            bookings.prioritise(entryId, reason, user.id());
            redirect.addFlashAttribute("notice", "Priority given. Free places, if any, have been offered.");
        }
        return "redirect:/admin/events/" + event + "/bookings";
    }

    @GetMapping("/admin/events/{id}/attendees.csv")
    ResponseEntity<byte[]> attendeesCsv(@AuthenticationPrincipal AccountUser user, @PathVariable long id, HttpServletRequest request) {
        Event event = find(id);
        accounts.recordPersonalDataExported(user.id(), null, "Attendees CSV of " + event.title(), request.getRemoteAddr());
        StringBuilder out = new StringBuilder();
        row(out, "Name", "Email", "Ticket", "Booking", "Booked by", "Booker email", "On behalf", "Organisation", "Access needs",
                "Dietary needs", "Checked in");
        for (Attendee a : catalogue.attendees(id)) {
            Booking b = a.booking();
            row(out, a.name(), a.email(), b.ticketType().kind().label(), b.reference(), b.bookerName(), b.bookerEmail(),
                    b.onBehalf() ? "yes" : "no", b.bookerOrg(), a.accessNeeds(), a.dietaryNeeds(),
                    a.checkedInAt() == null ? "" : a.checkedInAt().toString());
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("attendees-" + event.slug() + ".csv").build().toString())
            .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/events/{id}/sign-in")
    String signInSheet(@PathVariable long id, Model model) {
        model.addAttribute("event", find(id));
        model.addAttribute("attendees", catalogue.attendees(id));
        return "events/admin/sign-in";
    }

    @GetMapping("/admin/events/{id}/check-in")
    String checkIn(@PathVariable long id, @RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        Event event = find(id);
        List<Attendee> all = catalogue.attendees(id);
        String query = q == null ? "" : q.strip().toLowerCase(Locale.UK);
        List<Attendee> shown = query.isEmpty() ? all
                : all.stream().filter(a -> a.name().toLowerCase(Locale.UK).contains(query)
                        || a.booking().reference().toLowerCase(Locale.UK).contains(query)).toList();
        model.addAttribute("event", event);
        model.addAttribute("attendees", shown);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("checkedIn", all.stream().filter(a -> a.checkedInAt() != null).count());
        model.addAttribute("total", all.size());
        return Htmx.view(request, "events/admin/check-in", "list");
    }

    @PostMapping("/admin/events/{id}/check-in/{attendeeId}")
    String checkInOne(@PathVariable long id, @PathVariable long attendeeId, @RequestParam(required = false) String q,
            HttpServletRequest request, Model model) {
        EventDay.CheckIn result = day.checkIn(id, attendeeId).orElseThrow(() -> new NotFoundException("No such attendee"));
        model.addAttribute("checkInResult", result);
        return checkIn(id, q, request, model);
    }

    @GetMapping("/admin/events/{id}/feedback")
    String feedback(@PathVariable long id, Model model) {
        model.addAttribute("event", find(id));
        model.addAttribute("summary", day.feedback(id));
        return "events/admin/feedback";
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ",").append(Csv.cell(cells[i]));
        }
        out.append("\r\n");
    }

    private Event find(long id) {
        return catalogue.byId(id).orElseThrow(() -> new NotFoundException("No such event"));
    }

    static boolean unpaid(Booking booking) {
        return booking.state() == BookingState.PENDING_PAYMENT || booking.state() == BookingState.AWAITING_APPROVAL;
    }
}
