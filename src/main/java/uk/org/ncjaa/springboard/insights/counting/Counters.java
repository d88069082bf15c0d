package uk.org.ncjaa.springboard.insights.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.shared.insights.Period;
import uk.org.ncjaa.springboard.shared.insights.SearchGaps;
import uk.org.ncjaa.springboard.shared.insights.UsageCounts;

/**
 * Searches that found nothing and day-by-day use, counted in memory and added to the day's rows in
 * PostgreSQL once a minute and when the application stops. A search or a download pays for one map
 * update and never waits on the database or fails because of it.
 * <p>
 * Each node keeps its own counts, so the flush runs on every node on a timer of its own rather
 * than as a db-scheduler job, which would run on one node only. The cost of keeping counts in
 * memory: if the process dies without stopping (killed, out of memory), up to a minute of counts is
 * lost. For figures that show trends month by month that is an acceptable price for searches that
 * never wait.
 */
@Component
class Counters implements SearchGaps, UsageCounts, SmartLifecycle {

    /** Distinct counts waiting at most, each of searches and of use, so memory stays bounded whatever is typed. */
    static final int MAX_WAITING = 10_000;
    static final String OTHER_SEARCHES = "(other searches)";
    static final String OTHER_USE = "other";

    private static final Logger log = LoggerFactory.getLogger(Counters.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    record Gap(String area, LocalDate day, String words) {
    }

    record Use(String area, String what, LocalDate day) {
    }

    // a fixed order of writing, so two nodes adding to the same rows at once cannot deadlock
    private static final Comparator<Gap> GAP_ORDER = Comparator.comparing(Gap::area).thenComparing(Gap::day).thenComparing(Gap::words);
    private static final Comparator<Use> USE_ORDER = Comparator.comparing(Use::area).thenComparing(Use::what).thenComparing(Use::day);

    private final ConcurrentHashMap<Gap, Long> gaps = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Use, Long> uses = new ConcurrentHashMap<>();
    private final SearchGapDayRepository gapDays;
    private final UsageDayRepository useDays;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration flushEvery;
    private final int maxWaiting;
    private final Object flushing = new Object();
    private volatile ScheduledExecutorService timer;

    @Autowired
    Counters(SearchGapDayRepository gapDays, UsageDayRepository useDays, PlatformTransactionManager transactions, Clock clock,
            @Value("${springboard.insights.flush-every:60s}") Duration flushEvery) {
        this(gapDays, useDays, transactions, clock, flushEvery, MAX_WAITING);
    }

    Counters(SearchGapDayRepository gapDays, UsageDayRepository useDays, PlatformTransactionManager transactions, Clock clock,
            Duration flushEvery, int maxWaiting) {
        this.gapDays = gapDays;
        this.useDays = useDays;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        // a setting of nothing or less would stop the timer starting, and the application with it
        this.flushEvery = flushEvery == null || flushEvery.isNegative() || flushEvery.isZero() ? Duration.ofMinutes(1) : flushEvery;
        this.maxWaiting = maxWaiting;
    }

    @Override
    public void nothingFound(String area, String words) {
        try {
            if (area == null || !NAME.matcher(area).matches()) {
                return;
            }
            String kept = GapWords.kept(words);
            if (kept != null) {
                LocalDate today = today();
                add(gaps, new Gap(area, today, kept), new Gap(area, today, OTHER_SEARCHES));
            }
        }
        catch (RuntimeException ex) {
            // the words are never logged: they are what someone typed
            log.warn("A search that found nothing was not counted ({})", ex.getClass().getSimpleName());
        }
    }

    @Override
    public void count(String area, String what) {
        try {
            if (area == null || what == null || !NAME.matcher(area).matches() || !NAME.matcher(what).matches()) {
                return;
            }
            LocalDate today = today();
            add(uses, new Use(area, what, today), new Use(area, OTHER_USE, today));
        }
        catch (RuntimeException ex) {
            log.warn("A use of {} was not counted ({})", area, ex.getClass().getSimpleName());
        }
    }

    /** How many distinct counts wait to be written. */
    int waiting() {
        return gaps.size() + uses.size();
    }

    /**
     * Adds what was counted since the last flush to the day's rows, in one transaction. Counts that
     * could not be written are kept for the next flush.
     */
    void flush() {
        synchronized (flushing) {
            Map<Gap, Long> gapsTaken = take(gaps, new TreeMap<>(GAP_ORDER));
            Map<Use, Long> usesTaken = take(uses, new TreeMap<>(USE_ORDER));
            if (gapsTaken.isEmpty() && usesTaken.isEmpty()) {
                return;
            }
            try {
                transaction.executeWithoutResult(status -> {
                    gapsTaken.forEach((gap, n) -> gapDays.add(gap.area(), gap.day(), gap.words(), n));
                    usesTaken.forEach((use, n) -> useDays.add(use.area(), use.what(), use.day(), n));
                });
            }
            catch (RuntimeException ex) {
                // the exception's text can quote a row, and so the words: only its kind is logged
                log.warn("Counts for the dashboards were not written ({}); they are kept for the next try",
                        ex.getClass().getSimpleName());
                gapsTaken.forEach((gap, n) -> add(gaps, gap, new Gap(gap.area(), gap.day(), OTHER_SEARCHES), n));
                usesTaken.forEach((use, n) -> add(uses, use, new Use(use.area(), OTHER_USE, use.day()), n));
            }
        }
    }

    private <K> void add(ConcurrentHashMap<K, Long> counts, K key, K overflow) {
        add(counts, key, overflow, 1);
    }

    /**
     * Beyond the bound, new keys count under the overflow key, so the totals stay right however
     * many different things arrive. Threads racing at the bound can pass it by a few: it is a
     * bound on memory, not an exact number.
     */
    private <K> void add(ConcurrentHashMap<K, Long> counts, K key, K overflow, long n) {
        K counted = counts.size() >= maxWaiting && !counts.containsKey(key) ? overflow : key;
        // merge is atomic with the flush's remove, so no count is lost between the two
        counts.merge(counted, n, Long::sum);
    }

    private static <K> Map<K, Long> take(ConcurrentHashMap<K, Long> counts, Map<K, Long> into) {
        for (K key : counts.keySet()) {
            Long n = counts.remove(key);
            if (n != null) {
                into.put(key, n);
            }
        }
        return into;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Period.UK);
    }

    private void flushQuietly() {
        try {
            flush();
        }
        catch (RuntimeException ex) {
            // an exception escaping would cancel the timer for good
            log.warn("Flushing the dashboard counts failed ({})", ex.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "insights-counts");
            thread.setDaemon(true);
            return thread;
        });
        long every = flushEvery.toMillis();
        started.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
        timer = started;
    }

    /** Stops the timer and writes what is still counted, while the database is still there. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping = timer;
        timer = null;
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        flushQuietly();
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    @Override
    public int getPhase() {
        // stops after the web server (higher phases stop first), so the last requests' counts are written too
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
