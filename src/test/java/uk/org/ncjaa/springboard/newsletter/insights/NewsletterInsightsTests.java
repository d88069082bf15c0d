package uk.org.ncjaa.springboard.newsletter.insights;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.ncjaa.springboard.newsletter.domain.Campaign;
import uk.org.ncjaa.springboard.newsletter.domain.Campaigns;
import uk.org.ncjaa.springboard.newsletter.domain.Subscribers;
import uk.org.ncjaa.springboard.newsletter.domain.Suppressions;
import uk.org.ncjaa.springboard.newsletter.domain.UnsubscribeReason;
import uk.org.ncjaa.springboard.newsletter.sending.Sends;
import uk.org.ncjaa.springboard.shared.insights.Figure;
import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncjaa.springboard.support.FigureRows.row;
import static uk.org.ncjaa.springboard.support.FigureRows.rows;

/**
 * Six subscribers, two sends, bounces and unsubscribes made through the services, then moved back
 * to the winter of 2012 and spring of 2013 (a time no other test uses). Counted by hand: two people
 * subscribed when 2013 began (a third had left in December), two joined in January, one left in
 * February, one joined and one left in March, and nothing happened in April.
 */
@SpringboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsletterInsightsTests {

    private static final Period PERIOD = new Period(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 4, 30));

    @Autowired
    NewsletterInsights insights;

    @Autowired
    Subscribers subscribers;

    @Autowired
    Suppressions suppressions;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Sends sends;

    @Autowired
    JdbcTemplate jdbc;

    // only these subscribers are in this region, so each send reaches them alone
    private final String region = "test-" + UUID.randomUUID().toString().substring(0, 8);

    Map<String, Figure> figures;

    @BeforeAll
    void history() {
        String stays = confirmed("stays", at(2012, 11, 10));
        String leavesInFebruary = confirmed("feb-leaver", at(2012, 12, 5));
        String hardBounce = confirmed("hard", at(2013, 1, 20));
        String leavesInMarch = confirmed("mar-leaver", at(2013, 1, 25));
        String complains = confirmed("complains", at(2013, 3, 15));
        String leftBefore = confirmed("left-before", at(2012, 10, 1));

        sent(at(2013, 1, 28));

        unsubscribe(leftBefore, "unsubscribe link", at(2012, 12, 20));
        unsubscribe(leavesInFebruary, "unsubscribe link", at(2013, 2, 14));
        subscribers.unsubscribeAddress(leavesInMarch, "unsubscribe email");
        moveUnsubscribe(leavesInMarch, at(2013, 3, 3));
        bounce(hardBounce, Suppressions.BounceKind.HARD, at(2013, 2, 2));
        bounce(stays, Suppressions.BounceKind.SOFT, at(2013, 2, 9));
        bounce(complains, Suppressions.BounceKind.COMPLAINT, at(2013, 3, 20));

        // two said why they left: one in the period, one (who left before it) before it; the one who emailed said nothing
        subscribers.explainLeaving(id(leavesInFebruary), UnsubscribeReason.Reason.TOO_MANY);
        subscribers.explainLeaving(id(leftBefore), UnsubscribeReason.Reason.NOT_RELEVANT);
        // nothing is kept for someone still subscribed
        assertThat(subscribers.explainLeaving(id(stays), UnsubscribeReason.Reason.OTHER)).isFalse();
        jdbc.update("update newsletter_unsubscribe_reason set recorded_at = ? where subscriber_id = ?", at(2013, 2, 14), id(leavesInFebruary));
        jdbc.update("update newsletter_unsubscribe_reason set recorded_at = ? where subscriber_id = ?", at(2012, 12, 20), id(leftBefore));

        // after all that, only the one who stays (one soft bounce suppresses nobody) is sent the second
        sent(at(2013, 3, 30));

        figures = new HashMap<>();
        insights.figures(PERIOD).forEach(f -> figures.put(f.id(), f));
    }

    @Test
    void countsSubscribersAtEachMonthEndWithThoseWhoJoinedAndLeft() {
        Figure figure = figures.get("subscribers");
        assertThat(figure.columns()).containsExactly("Subscribers at month end", "Joined", "Unsubscribed");
        assertThat(rows(figure)).containsExactly(
                row("Jan 2013", 4L, 2L, 0L),
                row("Feb 2013", 3L, 0L, 1L),
                row("Mar 2013", 3L, 1L, 1L),
                row("Apr 2013", 3L, 0L, 0L));
    }

    @Test
    void countsIssuesAndEmailsSentByMonth() {
        assertThat(rows(figures.get("sends"))).containsExactly(
                row("Jan 2013", 1L, 6L),
                row("Feb 2013", 0L, 0L),
                row("Mar 2013", 1L, 1L),
                row("Apr 2013", 0L, 0L));
    }

    @Test
    void countsBouncesAndComplaintsByMonth() {
        assertThat(rows(figures.get("bounces"))).containsExactly(
                row("Jan 2013", 0L, 0L, 0L),
                row("Feb 2013", 1L, 1L, 0L),
                row("Mar 2013", 0L, 0L, 1L),
                row("Apr 2013", 0L, 0L, 0L));
    }

    @Test
    void saysHowPeopleLeftAndWhyAddressesWereStopped() {
        Figure figure = figures.get("leaving");
        assertThat(figure.shape()).isEqualTo(Figure.Shape.BY_CATEGORY);
        assertThat(rows(figure)).containsExactly(
                row("Unsubscribe link or button in an email", 1L),
                row("Email to the unsubscribe address", 1L),
                row("Withdrew consent on their account", 0L),
                row("Left some other way", 0L),
                row("Stopped: address no longer works (hard bounce)", 1L),
                row("Stopped: repeated temporary failures (soft bounces)", 0L),
                row("Stopped: complained (marked as spam)", 1L),
                row("Stopped by staff", 0L));
    }

    @Test
    void countsTheReasonsGivenInThePeriod() {
        assertThat(rows(figures.get("reasons"))).containsExactly(row("Too many emails", 1L), row("Not relevant to my work", 0L),
                row("I have moved on from this work", 0L), row("I did not sign up for it", 0L), row("Another reason", 0L));
    }

    @Test
    void everyFigureSaysOpensAndClicksAreNotTracked() {
        assertThat(figures.values()).hasSize(5)
            .allSatisfy(f -> assertThat(f.method()).contains("does not track opens or clicks")
                .contains("no tracking pixels and no rewritten links"));
    }

    private String confirmed(String name, Timestamp when) {
        String email = TestAccounts.uniqueEmail(name);
        subscribers.subscribe(email, null, List.of(), region, null);
        long id = id(email);
        subscribers.confirm(id);
        jdbc.update("update newsletter_subscriber set created_at = ?, confirmed_at = ? where id = ?", when, when, id);
        jdbc.update("update newsletter_consent set recorded_at = ? where subscriber_id = ?", when, id);
        return email;
    }

    private void unsubscribe(String email, String how, Timestamp when) {
        subscribers.unsubscribe(id(email), how);
        moveUnsubscribe(email, when);
    }

    private void moveUnsubscribe(String email, Timestamp when) {
        long id = id(email);
        jdbc.update("update newsletter_subscriber set unsubscribed_at = ? where id = ?", when, id);
        jdbc.update("update newsletter_consent set recorded_at = ? where subscriber_id = ? and not granted", when, id);
    }

    private void bounce(String email, Suppressions.BounceKind kind, Timestamp when) {
        suppressions.bounce(email, kind, "STAFF", null, "test");
        jdbc.update("update newsletter_bounce set recorded_at = ? where email = lower(?)", when, email);
        jdbc.update("update newsletter_suppression set created_at = ? where email = lower(?)", when, email);
    }

    private void sent(Timestamp when) {
        Campaign campaign = campaigns.newOneOff(0L);
        campaigns.write(campaign.id(), "News " + when, "", "Our news.", null, region);
        sends.startNow(campaign.id());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
            .until(() -> "SENT".equals(jdbc.queryForObject("select status from newsletter_campaign where id = ?", String.class,
                    campaign.id())));
        jdbc.update("update newsletter_campaign set started_at = ?, finished_at = ? where id = ?", when, when, campaign.id());
        jdbc.update("update newsletter_delivery set sent_at = ? where campaign_id = ? and sent_at is not null", when, campaign.id());
    }

    private long id(String email) {
        return jdbc.queryForObject("select id from newsletter_subscriber where lower(email) = lower(?)", Long.class, email);
    }

    private static Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDateTime.of(year, month, day, 12, 0).atZone(Period.UK).toInstant());
    }
}
