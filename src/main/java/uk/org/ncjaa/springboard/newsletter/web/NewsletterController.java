package uk.org.ncjaa.springboard.newsletter.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.members.Consent;
import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.newsletter.domain.Links;
import uk.org.ncjaa.springboard.newsletter.domain.Subscriber;
import uk.org.ncjaa.springboard.newsletter.domain.Subscribers;
import uk.org.ncjaa.springboard.newsletter.domain.UnsubscribeReason;
import uk.org.ncjaa.springboard.shared.EmailAddresses;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Subscribing, confirming, preferences and unsubscribing. The links in emails need no login:
 * they are signed for one subscriber. Following a link only shows a page; a button on it acts,
 * so mail scanners that open links confirm and unsubscribe nobody.
 */
@Controller
class NewsletterController {

    private final Subscribers subscribers;
    private final Links links;
    private final TaxonomyApi taxonomy;
    private final MessageSource messages;

    NewsletterController(Subscribers subscribers, Links links, TaxonomyApi taxonomy, MessageSource messages) {
        this.messages = messages;
        this.subscribers = subscribers;
        this.links = links;
        this.taxonomy = taxonomy;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/newsletter")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        SubscribeForm form = new SubscribeForm();
        if (user != null) {
            form.email = user.email();
            form.name = user.displayName();
        }
        return form(form, Map.of(), model);
    }

    @PostMapping("/newsletter")
    String subscribe(@ModelAttribute("form") SubscribeForm form, @AuthenticationPrincipal AccountUser user, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!EmailAddresses.plausible(form.email)) {
            problems.put("email", text("newsletter.problem.email"));
        }
        if (form.name != null && form.name.length() > 200) {
            problems.put("name", text("newsletter.problem.name"));
        }
        List<Topic> topics = topics(form.topics, problems);
        if (form.region != null && !form.region.isBlank() && !regions().containsKey(form.region)) {
            problems.put("region", text("newsletter.problem.region"));
        }
        if (!problems.isEmpty()) {
            return form(form, problems, model);
        }
        Long accountId = user != null && user.email().equalsIgnoreCase(form.email.strip()) ? user.id() : null;
        subscribers.subscribe(form.email, form.name, topics, form.region, accountId);
        return "redirect:/newsletter/check-email";
    }

    @GetMapping("/newsletter/check-email")
    String checkEmail() {
        return "newsletter/check-email";
    }

    @GetMapping("/newsletter/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        return opened(token, Links.Purpose.CONFIRM, false, model, response, (subscriber, checked) -> {
            model.addAttribute("token", token);
            model.addAttribute("confirmed", subscriber.confirmed());
            return "newsletter/confirm";
        });
    }

    @PostMapping("/newsletter/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return opened(token, Links.Purpose.CONFIRM, false, model, response, (subscriber, checked) -> {
            subscribers.confirm(subscriber.id());
            model.addAttribute("manage", links.manage(subscriber.id()));
            return "newsletter/confirmed";
        });
    }

    @GetMapping("/newsletter/preferences/{token}")
    String preferences(@PathVariable String token, Model model, HttpServletResponse response) {
        return opened(token, Links.Purpose.MANAGE, false, model, response, (subscriber, checked) -> {
            SubscribeForm form = new SubscribeForm();
            form.topics = subscriber.topics().stream().map(Topic::slug).toList();
            form.region = subscriber.region();
            return preferences(token, subscriber, form, Map.of(), model);
        });
    }

    @PostMapping("/newsletter/preferences/{token}")
    String choose(@PathVariable String token, @ModelAttribute("form") SubscribeForm form, @RequestParam(required = false) String action, Model model,
            HttpServletResponse response) {
        return opened(token, Links.Purpose.MANAGE, false, model, response, (subscriber, checked) -> {
            if ("resubscribe".equals(action)) {
                subscribers.resubscribe(subscriber.id());
                return "redirect:/newsletter/check-email";
            }
            Map<String, String> problems = new LinkedHashMap<>();
            List<Topic> topics = topics(form.topics, problems);
            if (topics.isEmpty() && problems.isEmpty()) {
                problems.put("topics", text("newsletter.problem.topics.none"));
            }
            if (form.region != null && !form.region.isBlank() && !regions().containsKey(form.region)) {
                problems.put("region", text("newsletter.problem.region"));
            }
            if (!problems.isEmpty()) {
                return preferences(token, subscriber, form, problems, model);
            }
            subscribers.choose(subscriber.id(), topics, form.region);
            model.addAttribute("notice", text("newsletter.preferences.saved"));
            return preferences(token, subscribers.find(subscriber.id()).orElseThrow(), form, Map.of(), model);
        });
    }

    @GetMapping("/newsletter/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
        return opened(token, Links.Purpose.MANAGE, true, model, response, (subscriber, checked) -> {
            model.addAttribute("token", token);
            model.addAttribute("subscribed", subscriber.status() != Subscriber.Status.UNSUBSCRIBED);
            model.addAttribute("manageable", checked.ok());
            return "newsletter/unsubscribe";
        });
    }

    /**
     * Unsubscribes at once: the button on the page, or a mail client's one-click POST (RFC 8058),
     * which carries no form token; the signed link is its proof.
     */
    @PostMapping("/newsletter/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        return opened(token, Links.Purpose.MANAGE, true, model, response, (subscriber, checked) -> {
            subscribers.unsubscribe(subscriber.id(), "unsubscribe link");
            return unsubscribed(token, checked, Map.of(), model);
        });
    }

    /** Why they left, if they choose to say: one answer from a short list, on the page that says they have left. */
    @PostMapping("/newsletter/unsubscribe/{token}/reason")
    String reason(@PathVariable String token, @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        return opened(token, Links.Purpose.MANAGE, true, model, response, (subscriber, checked) -> {
            java.util.Optional<UnsubscribeReason.Reason> chosen = UnsubscribeReason.Reason.of(reason);
            if (chosen.isEmpty()) {
                return unsubscribed(token, checked, Map.of("reason", text("newsletter.problem.reason")), model);
            }
            if (!subscribers.explainLeaving(subscriber.id(), chosen.get())) {
                // still subscribed: nothing to explain, and the page says how to leave
                return "redirect:/newsletter/unsubscribe/" + token;
            }
            model.addAttribute("thanked", true);
            return unsubscribed(token, checked, Map.of(), model);
        });
    }

    private String unsubscribed(String token, Links.Checked checked, Map<String, String> problems, Model model) {
        // the way back goes through preferences, which an expired link does not open; saying why works with either
        model.addAttribute("token", checked.ok() ? token : null);
        model.addAttribute("reasonLink", "/newsletter/unsubscribe/" + token + "/reason");
        model.addAttribute("reasons", UnsubscribeReason.Reason.values());
        model.addAttribute("problems", problems);
        return "newsletter/unsubscribed";
    }

    /**
     * Follows a link from an email: the page for the subscriber it names, or a page saying the link
     * is broken or expired. An expired link still works where {@code expiredWorks}: unsubscribing.
     */
    private String opened(String token, Links.Purpose purpose, boolean expiredWorks, Model model, HttpServletResponse response,
            BiFunction<Subscriber, Links.Checked, String> page) {
        Links.Checked checked = links.check(token, purpose);
        Optional<Subscriber> subscriber = expiredWorks ? subscribers.byGenuineLink(checked) : subscribers.byLink(checked);
        return subscriber.map(s -> page.apply(s, checked)).orElseGet(() -> broken(checked, model, response));
    }

    @GetMapping("/newsletter/manage")
    String manage(Model model) {
        return "newsletter/manage";
    }

    @PostMapping("/newsletter/manage")
    String sendLink(@RequestParam(required = false) String email, Model model) {
        if (!EmailAddresses.plausible(email)) {
            model.addAttribute("email", email);
            model.addAttribute("problems", Map.of("email", text("newsletter.problem.email")));
            return "newsletter/manage";
        }
        subscribers.sendLink(email);
        return "redirect:/newsletter/check-email";
    }

    private String broken(Links.Checked checked, Model model, HttpServletResponse response) {
        boolean expired = checked.problem() == Links.Problem.EXPIRED;
        response.setStatus(expired ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("expired", expired);
        return "newsletter/broken-link";
    }

    private String form(SubscribeForm form, Map<String, String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("topicChoices", Topic.values());
        model.addAttribute("regions", regions());
        model.addAttribute("wording", Consent.NEWSLETTER.wording());
        return "newsletter/subscribe";
    }

    private String preferences(String token, Subscriber subscriber, SubscribeForm form, Map<String, String> problems, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("subscriber", subscriber);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("topicChoices", Topic.values());
        model.addAttribute("regions", regions());
        return "newsletter/preferences";
    }

    /** No topics ticked on the subscribe form means all of them. */
    private List<Topic> topics(List<String> slugs, Map<String, String> problems) {
        List<Topic> topics = new ArrayList<>();
        if (slugs != null) {
            for (String slug : slugs) {
                Optional<Topic> topic = Topic.fromSlug(slug);
                if (topic.isEmpty()) {
                    problems.put("topics", text("newsletter.problem.topics"));
                }
                topic.ifPresent(topics::add);
            }
        }
        return topics;
    }

    private Map<String, String> regions() {
        return taxonomy.labels(Vocabulary.REGION);
    }

    /** What the subscribe and preferences forms send; public fields, bound directly (see {@link #bindFields}). */
    static class SubscribeForm {

        public String email;
        public String name;
        public List<String> topics = new ArrayList<>();
        public String region;
    }

    /** Words for the visitor, in the page's language. */
    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
