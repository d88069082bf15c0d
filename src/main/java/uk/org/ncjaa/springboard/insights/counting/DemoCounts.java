package uk.org.ncjaa.springboard.insights.counting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.insights.Period;

/**
 * With demo content on, eighteen months of fictional searches that found nothing and of use, so the
 * dashboards' charts have something to say. Loaded once: a database that has any counts keeps them.
 */
@Component
@Order(70)
class DemoCounts implements ApplicationRunner {

    private static final List<String> EVIDENCE = List.of("restorative justice music", "women in prison dance",
            "youth offending poetry", "arts on remand", "family visits storytelling", "probation photography",
            "social return on investment arts", "neurodiversity theatre prison", "veterans in custody art");
    private static final List<String> DIRECTORY = List.of("choir north east", "creative writing wales",
            "dance for young women", "circus skills", "printmaking probation", "music production approved premises");
    private static final List<String> SITE = List.of("arts forum minutes 2019", "volunteer with prisoners",
            "funding for prison arts", "lived experience mentors", "film screening licence");

    private final SearchGapDayRepository gaps;
    private final UsageDayRepository uses;
    private final SpringboardProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoCounts(SearchGapDayRepository gaps, UsageDayRepository uses, SpringboardProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.gaps = gaps;
        this.uses = uses;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoContent()) {
            // one transaction for a few hundred rows, so starting stays quick
            transaction.executeWithoutResult(status -> load(LocalDate.ofInstant(clock.instant(), Period.UK)));
        }
    }

    /**
     * One day a week over the last eighteen months, with a slow rise in use and a gap that fades
     * once (in this fiction) editors added entries for it: a few hundred rows.
     */
    void load(LocalDate today) {
        if (gaps.count() > 0 || uses.count() > 0) {
            return;
        }
        Random random = new Random(18);
        LocalDate first = today.minusMonths(18);
        int week = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusWeeks(1), week++) {
            double growth = 1 + week / 40.0;
            for (int i = 0; i < EVIDENCE.size(); i++) {
                // the first gap was filled a year ago, and is searched for without result no more
                boolean filled = i == 0 && day.isAfter(today.minusYears(1));
                if (!filled && random.nextInt(EVIDENCE.size()) >= i) {
                    gaps.add("evidence", day, EVIDENCE.get(i), 1 + random.nextInt(EVIDENCE.size() - i + 2));
                }
            }
            for (int i = 0; i < DIRECTORY.size(); i++) {
                if (random.nextInt(DIRECTORY.size()) >= i) {
                    gaps.add("directory", day, DIRECTORY.get(i), 1 + random.nextInt(3));
                }
            }
            for (int i = 0; i < SITE.size(); i++) {
                if (random.nextInt(SITE.size()) >= i) {
                    gaps.add("site", day, SITE.get(i), 1 + random.nextInt(4));
                }
            }
            uses.add("evidence", "pdf-download", day, Math.round((20 + random.nextInt(15)) * growth));
            uses.add("evidence", "reference-export", day, Math.round((4 + random.nextInt(6)) * growth));
            uses.add("evidence", "api", day, Math.round((30 + random.nextInt(40)) * growth));
            uses.add("directory", "hsds-export", day, 1 + random.nextInt(3));
            uses.add("directory", "api", day, Math.round((10 + random.nextInt(10)) * growth));
        }
    }
}
