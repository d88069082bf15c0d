package uk.org.ncjaa.springboard.evidence.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import uk.org.ncjaa.springboard.accounts.AccountDeleted;
import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceNotFoundException;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader;
import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.evidence.search.EvidenceQuery;
import uk.org.ncjaa.springboard.evidence.search.EvidenceSearch;
import uk.org.ncjaa.springboard.evidence.search.SearchParameters;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.mail.MailRequested;

/**
 * Saved searches and their alerts: a job looks at each due search and emails the member the
 * entries published since the last email, if there are any. A search with nothing new sends nothing.
 */
@Service
public class SavedSearches {

    public static final int MAX_PER_MEMBER = 20;
    static final int MAX_IN_EMAIL = 20;

    private final SavedSearchRepository searches;
    private final EvidenceSearch search;
    private final EvidenceReader reader;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final SpringboardProperties properties;
    private final Clock clock;

    SavedSearches(SavedSearchRepository searches, EvidenceSearch search, EvidenceReader reader, AccountsApi accounts,
            ApplicationEventPublisher events, TransactionTemplate transactions, SpringboardProperties properties, Clock clock) {
        this.searches = searches;
        this.search = search;
        this.reader = reader;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedSearch> mine(long accountId) {
        return searches.findByAccountIdOrderByName(accountId);
    }

    @Transactional
    public SavedSearch save(long accountId, String name, String query, SavedSearch.Frequency frequency) {
        if (searches.countByAccountId(accountId) >= MAX_PER_MEMBER) {
            throw new IllegalStateException("You can keep up to " + MAX_PER_MEMBER + " saved searches. Delete one to save another.");
        }
        String clean = query == null ? "" : query.strip();
        if (clean.length() > 2000) {
            throw new IllegalArgumentException("That search is too long to save.");
        }
        String label = name == null || name.isBlank() ? describe(clean) : name.strip();
        return searches.save(new SavedSearch(accountId, label.length() > 100 ? label.substring(0, 100) : label, clean, frequency,
                clock.instant()));
    }

    @Transactional
    public void change(long accountId, long id, SavedSearch.Frequency frequency) {
        owned(accountId, id).change(frequency);
    }

    @Transactional
    public void delete(long accountId, long id) {
        searches.delete(owned(accountId, id));
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        searches.deleteByAccountId(event.accountId());
    }

    /** Checks every due search; returns how many emails were sent. */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (SavedSearch due : transactions.execute(status -> searches.findAll().stream().filter(s -> s.due(now)).toList())) {
            List<EntryView> fresh = newEntries(due);
            boolean send = !fresh.isEmpty();
            // the email is requested in the same transaction that records it as sent: both happen or neither
            transactions.executeWithoutResult(status -> {
                if (send) {
                    accounts.find(due.accountId()).ifPresent(member -> events.publishEvent(new MailRequested(member.email(),
                            (fresh.size() == 1 ? "1 new entry" : fresh.size() + " new entries") + " for your search: " + due.name(),
                            "evidence-alert", model(member.displayName(), due, fresh, fresh.size() == 1 ? "1 new entry"
                                    : fresh.size() + " new entries"))));
                }
                searches.findById(due.id()).ifPresent(s -> s.checked(now, send));
            });
            sent += send ? 1 : 0;
        }
        return sent;
    }

    /** Published after the member last heard, newest first. */
    List<EntryView> newEntries(SavedSearch saved) {
        EvidenceQuery asked = SearchParameters.read(parameters(saved.query()), new ArrayList<>());
        EvidenceQuery query = asked.withSort(EvidenceQuery.Sort.PUBLISHED);
        List<EntryView> fresh = new ArrayList<>();
        for (String slug : search.slugs(query, MAX_IN_EMAIL * 3)) {
            try {
                EntryView entry = reader.published(slug);
                if (entry.publishedAt() != null && entry.publishedAt().isAfter(saved.newSince())) {
                    fresh.add(entry);
                }
                else {
                    break;
                }
            }
            catch (EvidenceNotFoundException gone) {
                // withdrawn since it was indexed
            }
            if (fresh.size() == MAX_IN_EMAIL) {
                break;
            }
        }
        return fresh;
    }

    /** @param newEntries how many, in English words ("3 new entries"), for the English subject */
    private Map<String, String> model(String name, SavedSearch saved, List<EntryView> fresh, String newEntries) {
        String base = properties.baseUrl();
        StringBuilder html = new StringBuilder("<ul>");
        StringBuilder text = new StringBuilder();
        for (EntryView entry : fresh) {
            String url = base + "/evidence/" + entry.slug();
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">").append(HtmlUtils.htmlEscape(entry.title()))
                .append("</a>").append(entry.year() == null ? "" : " (" + entry.year() + ")").append("</li>");
            text.append("- ").append(entry.title()).append(entry.year() == null ? "" : " (" + entry.year() + ")").append("\n  ")
                .append(url).append("\n");
        }
        html.append("</ul>");
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("search", saved.name());
        model.put("itemsHtml", html.toString());
        model.put("itemsText", text.toString());
        model.put("searchUrl", base + "/evidence?" + saved.query());
        model.put("manageUrl", base + "/evidence/saved");
        // for the subject in the member's language (mail.evidence-alert.subject)
        model.put("count", String.valueOf(fresh.size()));
        model.put("newEntries", newEntries);
        return model;
    }

    private SavedSearch owned(long accountId, long id) {
        return searches.findById(id).filter(s -> s.accountId() == accountId)
            .orElseThrow(() -> new EvidenceNotFoundException("saved search " + id));
    }

    static org.springframework.util.MultiValueMap<String, String> parameters(String query) {
        return UriComponentsBuilder.newInstance().query(query).build(true).getQueryParams().entrySet().stream()
            .collect(org.springframework.util.LinkedMultiValueMap::new,
                    (map, e) -> e.getValue().forEach(v -> map.add(decode(e.getKey()), decode(v))),
                    org.springframework.util.LinkedMultiValueMap::addAll);
    }

    /** A name from the query when the member gives none: its words, or "All entries". */
    static String describe(String query) {
        String text = parameters(query).getFirst("q");
        return text == null || text.isBlank() ? "Evidence Library search" : text.strip();
    }

    private static String decode(String text) {
        return text == null ? null : java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        RecurringTask<Void> evidenceSearchAlerts(ObjectProvider<SavedSearches> alerts) {
            return Tasks.recurring("evidence-search-alerts", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> alerts.getObject().sendDue());
        }
    }
}
