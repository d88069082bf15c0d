package uk.org.ncjaa.springboard.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.org.ncjaa.springboard.shared.text.WelshText;
import uk.org.ncjaa.springboard.directory.DeliveryModel;
import uk.org.ncjaa.springboard.directory.DirectoryChanged;
import uk.org.ncjaa.springboard.directory.DirectoryProperties;
import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.shared.Nodes;
import uk.org.ncjaa.springboard.shared.i18n.Languages;
import uk.org.ncjaa.springboard.shared.text.EnglishText;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;

/**
 * Full-text search over published listings with multi-select facets, by the Evidence Library's
 * rules: each facet is counted with every other facet's choices applied but not its own. Listings
 * not verified for longer than the grace period are left out.
 *
 * <p>The directory is small (thousands of listings, not millions of pages of text), so every
 * published listing is held in memory, analysed by the same English chain as the Evidence Library
 * (Lucene's tokenizer, stop words and Porter stemmer), and a search is one pass over them that
 * filters, scores and counts every facet at once: a few milliseconds for 10,000 listings, where
 * counting seven facets through a search index took most of a request. The copy is read again
 * from the database after any change on this node, or on another that says so ({@link Nodes});
 * every minute a one-row check finds changes made on others anyway.
 */
@Service
public class DirectorySearch implements Nodes.Listener {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final String TOPIC = "directory";
    private static final Pattern WORDS = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

    private final Nodes nodes;
    private final JdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;
    private final DirectoryProperties properties;
    private final Clock clock;
    private final Analyzer analyzer;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile boolean stale = true;

    DirectorySearch(JdbcTemplate jdbc, TaxonomyApi taxonomy, DirectoryProperties properties, Clock clock, Nodes nodes) {
        this.nodes = nodes;
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.clock = clock;
        // the site's English analysis, as the other indexes have it
        this.analyzer = EnglishText.analyzer();
    }

    /** A published listing as search holds it; {@code facets} holds value ids per facet, by the facet's ordinal. */
    private record Entry(int number, String slug, String name, String sortKey, String summary, List<String> towns, int[][] facets,
            Instant verifiedAt, DirectoryResults.Logo logo, String summaryCy) {
    }

    /**
     * Every published listing, in name order and in order of last verification, with each facet's
     * values numbered so that counting is adding to an array.
     */
    private record Snapshot(List<Entry> byName, List<Entry> byVerified, Map<DirectoryFacet, List<String>> values,
            Map<DirectoryFacet, Map<String, Integer>> ids, Map<String, int[]> inText, Map<String, int[]> inName, String signature,
            Instant loadedAt, Map<String, int[]> inWelsh) {

        Snapshot checkedAt(Instant now) {
            return new Snapshot(byName, byVerified, values, ids, inText, inName, signature, now, inWelsh);
        }
    }

    public DirectoryResults search(DirectoryQuery query) {
        Snapshot snap = current();
        Instant hiddenBefore = properties.hiddenBefore(clock);
        Words words = Languages.welsh(LocaleContextHolder.getLocale()) ? welshWords(query.text()) : words(query.text());
        int facetCount = DirectoryFacet.values().length;
        // the chosen values of each facet as ids; a facet whose choices no listing has matches nothing
        boolean[][] chosen = new boolean[facetCount][];
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            List<String> values = query.filters().getOrDefault(facet, List.of());
            if (!values.isEmpty()) {
                boolean[] ids = new boolean[snap.values().get(facet).size()];
                values.forEach(value -> {
                    Integer id = snap.ids().get(facet).get(value);
                    if (id != null) {
                        ids[id] = true;
                    }
                });
                chosen[facet.ordinal()] = ids;
            }
        }
        long[][] counts = new long[facetCount][];
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            counts[facet.ordinal()] = new long[snap.values().get(facet).size()];
        }
        List<Entry> order = query.sort() == DirectoryQuery.Sort.VERIFIED ? snap.byVerified() : snap.byName();
        // relevance is a small whole number: listings are kept in buckets by score, each in name order, so nothing is sorted
        List<List<Entry>> buckets = new ArrayList<>();
        int total = 0;
        int[] scores = words.scores(snap);
        for (Entry entry : order) {
            if (entry.verifiedAt() == null || entry.verifiedAt().isBefore(hiddenBefore)) {
                continue;
            }
            int score = scores == null ? 0 : scores[entry.number()];
            if (score < 0) {
                continue;
            }
            // a listing that fails one facet's choices still counts towards that facet, so a choice can be widened
            int failed = -1;
            boolean out = false;
            for (int f = 0; f < facetCount && !out; f++) {
                if (chosen[f] != null && !any(chosen[f], entry.facets()[f])) {
                    out = failed >= 0;
                    failed = f;
                }
            }
            if (out) {
                continue;
            }
            for (int f = 0; f < facetCount; f++) {
                if (failed < 0 || failed == f) {
                    for (int id : entry.facets()[f]) {
                        counts[f][id]++;
                    }
                }
            }
            if (failed < 0) {
                int bucket = query.sort() == DirectoryQuery.Sort.RELEVANCE ? score : 0;
                while (buckets.size() <= bucket) {
                    buckets.add(new ArrayList<>());
                }
                buckets.get(bucket).add(entry);
                total++;
            }
        }
        int from = (query.page() - 1) * DirectoryQuery.PAGE_SIZE;
        List<DirectoryResults.Hit> page = new ArrayList<>();
        int seen = 0;
        for (int b = buckets.size() - 1; b >= 0 && page.size() < DirectoryQuery.PAGE_SIZE; b--) {
            for (Entry entry : buckets.get(b)) {
                if (seen++ >= from) {
                    page.add(hit(snap, entry));
                    if (page.size() == DirectoryQuery.PAGE_SIZE) {
                        break;
                    }
                }
            }
        }
        Map<DirectoryFacet, Map<String, Long>> named = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            Map<String, Long> byValue = new HashMap<>();
            List<String> values = snap.values().get(facet);
            long[] facetCounts = counts[facet.ordinal()];
            for (int id = 0; id < facetCounts.length; id++) {
                if (facetCounts[id] > 0) {
                    byValue.put(values.get(id), facetCounts[id]);
                }
            }
            named.put(facet, byValue);
        }
        return new DirectoryResults(total, page, facetValues(named, query), query.page());
    }

    private static boolean any(boolean[] chosen, int[] ids) {
        for (int id : ids) {
            if (chosen[id]) {
                return true;
            }
        }
        return false;
    }

    /** Published listings in search per facet value, for the region map and regional pages. */
    public Map<String, Long> countBy(DirectoryFacet facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        search(DirectoryQuery.all()).facets().get(facet).forEach(value -> counts.put(value.slug(), value.count()));
        return counts;
    }

    /** A change was committed on this node: the next search reads the directory again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DirectoryChanged changed) {
        stale = true;
    }

    /** The other nodes read it again too, once the change commits: told inside its transaction. */
    @EventListener
    void tellOthers(DirectoryChanged changed) {
        nodes.tell(TOPIC, "changed");
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Another node changed the directory: the next search here reads it again. */
    @Override
    public void heard(String message) {
        stale = true;
    }

    @Override
    public void missed() {
        stale = true;
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        boolean old = now == null || stale || now.loadedAt().isBefore(clock.instant().minus(MAX_AGE));
        if (!old) {
            return now;
        }
        if (now == null) {
            loading.lock();
        }
        else if (!loading.tryLock()) {
            // someone else is reading it again: this search uses the copy there is
            return now;
        }
        try {
            if (snapshot == null || stale || snapshot.loadedAt().isBefore(clock.instant().minus(MAX_AGE))) {
                boolean changedHere = stale;
                stale = false;
                String signature = signature();
                // a copy that is only old is kept when nothing was published, changed or confirmed anywhere since
                snapshot = !changedHere && snapshot != null && snapshot.signature().equals(signature)
                        ? snapshot.checkedAt(clock.instant()) : load(signature);
            }
            return snapshot;
        }
        finally {
            loading.unlock();
        }
    }

    /** Changes whenever a listing is published, changed or confirmed: each of those raises its version. */
    private String signature() {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0)"
                + " from directory_listing where published is not null", String.class);
    }

    private Snapshot load(String signature) {
        Instant loadedAt = clock.instant();
        Map<DirectoryFacet, List<String>> values = new EnumMap<>(DirectoryFacet.class);
        Map<DirectoryFacet, Map<String, Integer>> ids = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            values.put(facet, new ArrayList<>());
            ids.put(facet, new HashMap<>());
        }
        List<Entry> entries = new ArrayList<>();
        Postings inText = new Postings();
        Postings inName = new Postings();
        // the Welsh descriptions, read by the Welsh analyser, for searches from Welsh pages
        Postings inWelsh = new Postings();
        // a logo goes live only when an editor approves a change, which raises the listing's version, so the signature sees it
        jdbc.query("""
                select l.slug, l.published::text, l.verified_at, g.width, g.height from directory_listing l
                left join directory_logo g on g.listing_id = l.id and not g.pending where l.published is not null""", rs -> {
            ListingContent content = ListingContent.fromJson(rs.getString(2));
            int[][] facets = new int[DirectoryFacet.values().length][];
            for (DirectoryFacet facet : DirectoryFacet.values()) {
                facets[facet.ordinal()] = facet.valuesOf(content).stream().distinct().mapToInt(value -> ids.get(facet)
                    .computeIfAbsent(value, key -> {
                        values.get(facet).add(key);
                        return values.get(facet).size() - 1;
                    })).toArray();
            }
            List<String> towns = content.locations().stream().map(ListingContent.Location::town)
                .filter(town -> town != null && !town.isBlank()).map(String::strip).distinct().toList();
            int number = entries.size();
            inName.add(terms(content.name()), number);
            inText.add(terms(content.name() + "\n" + content.searchText()), number);
            inWelsh.add(welshTerms(content.welshSearchText()), number);
            int logoWidth = rs.getInt(4);
            entries.add(new Entry(number, rs.getString(1), content.name(), content.name().toLowerCase(Locale.ROOT), content.summary(),
                    towns, facets, rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                    logoWidth > 0 ? new DirectoryResults.Logo(logoWidth, rs.getInt(5)) : null, content.summaryCy()));
        });
        List<Entry> byName = new ArrayList<>(entries);
        byName.sort(Comparator.comparing(Entry::sortKey).thenComparing(Entry::slug));
        List<Entry> byVerified = new ArrayList<>(byName);
        byVerified.sort(Comparator.comparing(Entry::verifiedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Snapshot(List.copyOf(byName), List.copyOf(byVerified), values, ids, inText.done(), inName.done(), signature,
                loadedAt, inWelsh.done());
    }

    private Set<String> terms(String text) {
        return terms(analyzer, text);
    }

    private static Set<String> welshTerms(String text) {
        return terms(WelshText.analyzer(), text);
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return terms;
    }

    /**
     * Which listings hold each term, by their number: a search walks the lists of its few words
     * instead of asking every listing about every word.
     */
    private static final class Postings {

        private final Map<String, java.util.stream.IntStream.Builder> lists = new HashMap<>();

        void add(Set<String> terms, int number) {
            terms.forEach(term -> lists.computeIfAbsent(term, key -> java.util.stream.IntStream.builder()).add(number));
        }

        Map<String, int[]> done() {
            Map<String, int[]> done = new HashMap<>();
            lists.forEach((term, list) -> done.put(term, list.build().toArray()));
            return done;
        }
    }

    private static final int[] NONE = {};

    /**
     * What a visitor typed: words that must all appear (a "quoted phrase" counts as its words), and
     * -words that must not. From a Welsh page each word also has its Welsh form ({@code requiredCy},
     * {@code excludedCy}, in the same order, null where it has none), found in the Welsh descriptions;
     * from an English page those are null.
     */
    private record Words(List<String> required, List<String> excluded, List<String> requiredCy, List<String> excludedCy) {

        Words(List<String> required, List<String> excluded) {
            this(required, excluded, null, null);
        }

        /**
         * Each listing's score by its number: -1 when it does not match, otherwise one a word and
         * four for a word in the name; null when nothing was typed and every listing matches.
         */
        int[] scores(Snapshot snap) {
            if (required.isEmpty() && excluded.isEmpty()) {
                return null;
            }
            int listings = snap.byName().size();
            int[] scores = new int[listings];
            if (!required.isEmpty()) {
                int[] found = new int[listings];
                // the word each listing last counted, so a word in both its English and its Welsh text counts once
                int[] counted = new int[listings];
                for (int i = 0; i < required.size(); i++) {
                    String word = required.get(i);
                    for (int number : snap.inText().getOrDefault(word, NONE)) {
                        if (counted[number] != i + 1) {
                            counted[number] = i + 1;
                            found[number]++;
                        }
                    }
                    String welsh = requiredCy == null ? null : requiredCy.get(i);
                    for (int number : welsh == null ? NONE : snap.inWelsh().getOrDefault(welsh, NONE)) {
                        if (counted[number] != i + 1) {
                            counted[number] = i + 1;
                            found[number]++;
                        }
                    }
                    for (int number : snap.inName().getOrDefault(word, NONE)) {
                        scores[number] += 3;
                    }
                }
                for (int number = 0; number < listings; number++) {
                    scores[number] = found[number] == required.size() ? scores[number] + required.size() : -1;
                }
            }
            for (int i = 0; i < excluded.size(); i++) {
                for (int number : snap.inText().getOrDefault(excluded.get(i), NONE)) {
                    scores[number] = -1;
                }
                String welsh = excludedCy == null ? null : excludedCy.get(i);
                for (int number : welsh == null ? NONE : snap.inWelsh().getOrDefault(welsh, NONE)) {
                    scores[number] = -1;
                }
            }
            return scores;
        }
    }

    private Words words(String text) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            boolean minus = "-".equals(matcher.group(1)) || "-".equals(matcher.group(3));
            String words = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            (minus ? excluded : required).addAll(terms(words));
        }
        return new Words(required, excluded);
    }

    /**
     * What a visitor typed on a Welsh page: each word read by the English analyser and by the Welsh
     * one, so it is found in the English text or the Welsh description. A word either language
     * treats as too common to search for ("and", "y") is not demanded.
     */
    private Words welshWords(String text) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> requiredCy = new ArrayList<>();
        List<String> excludedCy = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            boolean minus = "-".equals(matcher.group(1)) || "-".equals(matcher.group(3));
            String words = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            for (String word : words.split("\\s+")) {
                List<String> english = new ArrayList<>(terms(word));
                List<String> welsh = new ArrayList<>(welshTerms(word));
                if (english.isEmpty() || welsh.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < english.size(); i++) {
                    (minus ? excluded : required).add(english.get(i));
                    (minus ? excludedCy : requiredCy).add(i < welsh.size() ? welsh.get(i) : null);
                }
            }
        }
        return new Words(required, excluded, requiredCy, excludedCy);
    }

    private DirectoryResults.Hit hit(Snapshot snap, Entry entry) {
        return new DirectoryResults.Hit(entry.slug(), entry.name(), entry.summary(), entry.towns(),
                labels(snap, entry, DirectoryFacet.REGION), labels(snap, entry, DirectoryFacet.ART_FORM),
                entry.facets()[DirectoryFacet.LIVED_EXPERIENCE.ordinal()].length > 0, entry.verifiedAt(), entry.logo(), entry.summaryCy());
    }

    private List<String> labels(Snapshot snap, Entry entry, DirectoryFacet facet) {
        List<String> labels = new ArrayList<>();
        for (int id : entry.facets()[facet.ordinal()]) {
            labels.add(label(facet, snap.values().get(facet).get(id)));
        }
        return labels;
    }

    /** A facet value in words. */
    public String label(DirectoryFacet facet, String slug) {
        return switch (facet) {
            case DELIVERY_MODEL -> DeliveryModel.fromSlug(slug).map(DirectorySearch::label).orElse(slug);
            case LIVED_EXPERIENCE -> uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.facet.led",
                    "Led by people with lived experience");
            default -> taxonomy.find(facet.vocabulary(), slug).map(ConceptView::label).orElse(slug);
        };
    }

    /** A delivery model in the page's language. */
    public static String label(DeliveryModel model) {
        return uk.org.ncjaa.springboard.directory.DirectoryWords.of("directory.model." + model.name(), model.label());
    }

    private Map<DirectoryFacet, List<DirectoryResults.FacetValue>> facetValues(Map<DirectoryFacet, Map<String, Long>> allCounts,
            DirectoryQuery query) {
        Map<DirectoryFacet, List<DirectoryResults.FacetValue>> facets = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            Map<String, Long> counts = allCounts.getOrDefault(facet, Map.of());
            Map<String, String> labels = new LinkedHashMap<>();
            switch (facet) {
                case DELIVERY_MODEL -> {
                    for (DeliveryModel model : DeliveryModel.values()) {
                        labels.put(model.slug(), label(model));
                    }
                }
                case LIVED_EXPERIENCE -> labels.put(DirectoryFacet.LED, label(facet, DirectoryFacet.LED));
                default -> taxonomy.concepts(facet.vocabulary()).forEach(concept -> labels.put(concept.slug(), concept.label()));
            }
            List<DirectoryResults.FacetValue> values = new ArrayList<>();
            // in the vocabulary's order, then anything tagged with a value no longer in it
            labels.forEach((slug, label) -> {
                long count = counts.getOrDefault(slug, 0L);
                if (count > 0 || query.chosen(facet, slug)) {
                    values.add(new DirectoryResults.FacetValue(slug, label, count, query.chosen(facet, slug)));
                }
            });
            counts.forEach((slug, count) -> {
                if (!labels.containsKey(slug)) {
                    values.add(new DirectoryResults.FacetValue(slug, label(facet, slug), count, query.chosen(facet, slug)));
                }
            });
            facets.put(facet, values);
        }
        return facets;
    }
}
