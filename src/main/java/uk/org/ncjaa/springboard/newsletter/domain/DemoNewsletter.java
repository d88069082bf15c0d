package uk.org.ncjaa.springboard.newsletter.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.Consent;

/**
 * Fictional subscribers (example.org addresses) in every state, one hard bounce, and a digest
 * built from the demo's events and Evidence Library, ready for staff to edit and send.
 */
@Component
public class DemoNewsletter {

    private static final List<String> NAMES = List.of("Ada Okafor", "Ben Hughes", "Cara Singh", "Dev Patel", "Ella Morgan",
            "Femi Adeyemi", "Grace Lee", "Harry Walsh", "Imani Brown", "Jack Evans", "Kiran Shah", "Lola Price", "Mo Khan",
            "Nia Jones", "Owen Davies", "Priya Nair", "Quinn Bell", "Rosa Costa", "Sam Taylor", "Tariq Aziz", "Uma Roy",
            "Vic Turner", "Wen Li", "Yara Haddad", "Zac Reid", "Alma Ruiz", "Bo Green", "Cy Moore", "Di Clarke", "Eli Ward");
    private static final List<String> REGIONS = List.of("london", "north-west", "yorkshire-and-the-humber", "wales", "south-west");
    private static final List<String> TOPICS = List.of("{news,events,opportunities,publications,evidence}", "{events}",
            "{evidence,publications}", "{news,opportunities}", "{events,evidence}");

    private final JdbcTemplate jdbc;
    private final Suppressions suppressions;
    private final Campaigns campaigns;
    private final Clock clock;

    DemoNewsletter(JdbcTemplate jdbc, Suppressions suppressions, Campaigns campaigns, Clock clock) {
        this.jdbc = jdbc;
        this.suppressions = suppressions;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Transactional
    public void load() {
        if (jdbc.queryForObject("select count(*) from newsletter_subscriber", Long.class) > 0) {
            return;
        }
        Instant now = clock.instant();
        for (int i = 0; i < NAMES.size(); i++) {
            String status = i < 24 ? "CONFIRMED" : i < 27 ? "PENDING" : i < 29 ? "UNSUBSCRIBED" : "CONSENT_UNKNOWN";
            Instant joined = now.minus(Duration.ofDays(3L * (NAMES.size() - i)));
            String email = NAMES.get(i).toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org";
            long id = jdbc.queryForObject("insert into newsletter_subscriber (email, name, status, topics, region, source, created_at,"
                    + " confirmed_at, unsubscribed_at) values (?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?) returning id", Long.class,
                    email, NAMES.get(i), status, TOPICS.get(i % TOPICS.size()), i % 3 == 0 ? null : REGIONS.get(i % REGIONS.size()),
                    i % 4 == 0 ? "MEMBER" : i == 29 ? "IMPORT" : "FORM", Timestamp.from(joined),
                    "PENDING".equals(status) || "CONSENT_UNKNOWN".equals(status) ? null : Timestamp.from(joined.plusSeconds(600)),
                    "UNSUBSCRIBED".equals(status) ? Timestamp.from(now.minus(Duration.ofDays(2))) : null);
            if (!"PENDING".equals(status) && !"CONSENT_UNKNOWN".equals(status)) {
                jdbc.update("insert into newsletter_consent (subscriber_id, granted, wording, version, source, detail, recorded_at)"
                        + " values (?, true, ?, ?, 'FORM', 'confirmation link', ?)", id, Consent.NEWSLETTER.wording(),
                        Consent.NEWSLETTER.version(), Timestamp.from(joined.plusSeconds(600)));
            }
            if ("UNSUBSCRIBED".equals(status)) {
                jdbc.update("insert into newsletter_consent (subscriber_id, granted, wording, version, source, detail, recorded_at)"
                        + " values (?, false, ?, ?, 'UNSUBSCRIBE', 'unsubscribe link', ?)", id, Consent.NEWSLETTER.wording(),
                        Consent.NEWSLETTER.version(), Timestamp.from(now.minus(Duration.ofDays(2))));
            }
        }
        suppressions.bounce("zac.reid@example.org", Suppressions.BounceKind.HARD, "STAFF", null, "550 mailbox does not exist");
        // one email already on its way when the site starts, so the archive, the outbox and the progress page have something
        Campaign callout = campaigns.newOneOff(0L);
        campaigns.write(callout.id(), "Arts Forum: send us your agenda items", "", "The next Arts Forum meets in February. "
                + "It is where members shape what the alliance says to government and funders.\n\nWhat should we discuss? Tell "
                + "your regional contact (on your region's page) by the end of January. Everyone is welcome, whatever your role.",
                null, null, true);
        campaigns.start(callout.id());
        Campaign digest = campaigns.newDigest(0L);
        campaigns.write(digest.id(), digest.subject(), "Welcome to this month's round-up from the National Criminal Justice Arts "
                + "Alliance.\n\nBelow are the events and training coming up across the network, and the newest research and "
                + "evaluations in the Evidence Library.", "", null, null);
    }
}
