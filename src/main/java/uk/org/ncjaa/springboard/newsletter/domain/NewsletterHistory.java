package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.accounts.AccountsApi;
import uk.org.ncjaa.springboard.shared.MemberHistory;

/**
 * A member's newsletter subscription: when they asked, confirmed and left, each consent recorded,
 * and bounces and suppression of their address. Found by account, or by the account's address for
 * someone who subscribed before they joined.
 */
@Component
class NewsletterHistory implements MemberHistory {

    private final SubscriberRepository subscribers;
    private final AccountsApi accounts;

    NewsletterHistory(SubscriberRepository subscribers, AccountsApi accounts) {
        this.subscribers = subscribers;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> about(long accountId) {
        List<Moment> moments = new ArrayList<>();
        Optional<Subscriber> found = subscribers.findByAccountId(accountId);
        if (found.isEmpty()) {
            found = accounts.find(accountId).flatMap(account -> subscribers.findByEmail(account.email()));
        }
        found.ifPresent(subscriber -> {
            String link = "/admin/newsletter/subscribers/" + subscriber.id();
            moments.add(new Moment(subscriber.createdAt(), Kind.NEWSLETTER, "Subscribed to the newsletter",
                    "Now: " + subscriber.status().label().toLowerCase(Locale.ROOT) + "; " + source(subscriber.source()), link));
            if (subscriber.confirmedAt() != null) {
                moments.add(Moment.of(subscriber.confirmedAt(), Kind.NEWSLETTER, "Newsletter subscription confirmed").link(link));
            }
            if (subscriber.unsubscribedAt() != null) {
                moments.add(Moment.of(subscriber.unsubscribedAt(), Kind.NEWSLETTER, "Unsubscribed from the newsletter").link(link));
            }
            for (Object[] row : subscribers.consents(subscriber.id())) {
                boolean granted = Boolean.TRUE.equals(row[0]);
                moments.add(Moment.of(MemberHistory.instant(row[3]), Kind.NEWSLETTER,
                        (granted ? "Newsletter consent given" : "Newsletter consent withdrawn") + " (wording " + row[1] + ")")
                    .detail(how(String.valueOf(row[2]))).link(link));
            }
            for (Object[] row : subscribers.bounces(subscriber.email())) {
                moments.add(Moment.of(MemberHistory.instant(row[1]), Kind.NEWSLETTER,
                        "Newsletter " + (("COMPLAINT".equals(row[0])) ? "marked as spam" : "bounced (" + lower(row[0]) + ")")).link(link));
            }
            for (Object[] row : subscribers.suppression(subscriber.email())) {
                moments.add(Moment.of(MemberHistory.instant(row[1]), Kind.NEWSLETTER, "Address suppressed: no more newsletters")
                    .detail(lower(row[0]).replace('_', ' ')).link(link));
            }
        });
        return moments;
    }

    private static String source(Subscriber.Source source) {
        switch (source) {
            case FORM:
                return "signed up on the newsletter page";
            case MEMBER:
                return "chose it as a member";
            case IMPORT:
                return "imported from an earlier list";
            default:
                return "added by staff";
        }
    }

    private static String how(String source) {
        return "How: " + source.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String lower(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
