package uk.org.ncjaa.springboard.evidence.toolkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.evidence.domain.Finding.Direction;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;

/**
 * The toolkit's figures, in the manner of the EEF Teaching and Learning Toolkit: for each art form
 * and each outcome, how many published entries study it, how strong they are, which way their
 * findings point and what they say about cost. Every number is counted from the published entries
 * when asked for; none is stored or typed.
 *
 * <p>A strand takes in its narrower concepts: "wellbeing" counts the entries tagged "self-esteem"
 * too, as a search for both would find them. Only a level an editor has confirmed counts as a
 * level. Findings of qualitative studies are counted apart: they report what people said, not a
 * change measured.
 */
@Service
// one snapshot for all of a page's figures, so they agree with each other while entries change
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class Toolkit {

    static final int STRONGEST_SHOWN = 10;
    static final int COSTS_SHOWN = 25;

    /** The published entries of each strand, one row per strand and entry, whatever the number of matching tags. */
    private static final String STRAND_ENTRIES = """
            with strand_concept (strand, slug) as (select * from unnest(?::text[], ?::text[])),
            strand_entry as (
                select distinct c.strand, e.id, e.slug, e.title, e.publication_year,
                       case when e.strength_confirmed_at is not null then e.strength_level end as level,
                       coalesce(e.data_type = 'QUALITATIVE', false) as qualitative, e.cost_information
                from strand_concept c
                join evidence_tag t on t.vocabulary = ? and t.slug = c.slug
                join evidence_entry e on e.id = t.entry_id and e.status = 'PUBLISHED')
            """;

    // the median is percentile_disc's: a level some entry has, the lower middle one when the count is even
    private static final String LEVELS = STRAND_ENTRIES + """
            select strand, count(*), count(level), count(*) filter (where qualitative),
                   percentile_disc(0.5) within group (order by level),
                   count(*) filter (where level = 1), count(*) filter (where level = 2), count(*) filter (where level = 3),
                   count(*) filter (where level = 4), count(*) filter (where level = 5)
            from strand_entry group by strand
            """;

    private static final String FINDINGS = STRAND_ENTRIES + """
            select s.strand, s.qualitative, f.direction, count(*)
            from strand_entry s join evidence_finding f on f.entry_id = s.id
            %s
            group by s.strand, s.qualitative, f.direction
            """;

    /** An outcome's findings are those on the outcome (or a narrower one), not every finding of its entries. */
    private static final String OWN_OUTCOME = "join strand_concept o on o.strand = s.strand and o.slug = f.outcome";

    private static final String STRONGEST = STRAND_ENTRIES + """
            select slug, title, publication_year, level, qualitative from strand_entry
            order by level desc nulls last, publication_year desc nulls last, title, slug limit ?
            """;

    private static final String COSTS = STRAND_ENTRIES + """
            select slug, title, publication_year, cost_information, count(*) over () from strand_entry
            where nullif(btrim(cost_information), '') is not null
            order by level desc nulls last, publication_year desc nulls last, title, slug limit ?
            """;

    /** Most findings a strand's forest plots draw: more rows than this would be a wall, not a picture. */
    static final int MEASURED_SHOWN = 40;

    /**
     * An outcome's findings with an effect size, one row each, from studies that measured a change
     * (qualitative studies report none): the rows of a forest plot across the studies, strongest first.
     */
    private static final String MEASURED = STRAND_ENTRIES + """
            select s.slug, s.title, s.publication_year, s.level, f.metric, f.time_point, f.effect_size,
                   f.interval_lower, f.interval_upper, f.interval_level
            from strand_entry s join evidence_finding f on f.entry_id = s.id
            join strand_concept o on o.strand = s.strand and o.slug = f.outcome
            where f.effect_size is not null and not s.qualitative
            order by s.level desc nulls last, s.publication_year desc nulls last, s.title, s.slug, f.position
            limit ?
            """;

    private final JdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;

    Toolkit(JdbcTemplate jdbc, TaxonomyApi taxonomy) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
    }

    /** A concept in use, or the 404 page: retired and merged concepts have no strand. */
    public ConceptView concept(StrandKind kind, String slug) {
        return taxonomy.concepts(kind.vocabulary()).stream()
            .filter(concept -> concept.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new StrandNotFoundException(kind, slug));
    }

    /** Every art form or outcome in the curators' order, with its headline figures. */
    public List<Headline> headlines(StrandKind kind) {
        List<ConceptView> concepts = taxonomy.concepts(kind.vocabulary());
        Map<String, Set<String>> scopes = new LinkedHashMap<>();
        concepts.forEach(concept -> scopes.put(concept.slug(), scope(concepts, concept.slug())));
        Map<String, Levels> levels = levels(kind, scopes);
        Map<String, Directions> directions = directions(kind, scopes);
        Set<String> inUse = concepts.stream().map(ConceptView::slug).collect(Collectors.toSet());
        return concepts.stream()
            .map(concept -> {
                Levels l = levels.getOrDefault(concept.slug(), Levels.NONE);
                Directions d = directions.getOrDefault(concept.slug(), Directions.none());
                return new Headline(kind, concept, concept.parentSlug() != null && inUse.contains(concept.parentSlug()),
                        l.entries(), l.rated(), l.typical(), d.measured(), d.positive());
            })
            .toList();
    }

    /** One strand's page: its figures, its strongest entries and what they say about cost. */
    public Strand strand(StrandKind kind, String slug) {
        ConceptView concept = concept(kind, slug);
        List<ConceptView> concepts = taxonomy.concepts(kind.vocabulary());
        Set<String> scope = scope(concepts, slug);
        Map<String, Set<String>> scopes = Map.of(slug, scope);
        Levels levels = levels(kind, scopes).getOrDefault(slug, Levels.NONE);
        Directions directions = directions(kind, scopes).getOrDefault(slug, Directions.none());
        List<EntryLink> strongest = jdbc.query(STRONGEST, statement -> bind(statement, kind, scopes, STRONGEST_SHOWN),
                (rs, row) -> new EntryLink(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), (Integer) rs.getObject(4),
                        rs.getBoolean(5)));
        long[] costCount = { 0 };
        List<CostNote> costs = jdbc.query(COSTS, statement -> bind(statement, kind, scopes, COSTS_SHOWN), (rs, row) -> {
            costCount[0] = rs.getLong(5);
            return new CostNote(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4).strip());
        });
        List<ConceptView> narrower = concepts.stream()
            .filter(c -> !c.slug().equals(slug) && scope.contains(c.slug()))
            .toList();
        ConceptView broader = concept.parentSlug() == null ? null
                : concepts.stream().filter(c -> c.slug().equals(concept.parentSlug())).findFirst().orElse(null);
        String search = scope.stream()
            .map(s -> kind.facet().parameter() + "=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        List<MeasuredFinding> measured = kind != StrandKind.OUTCOMES ? List.of()
                : jdbc.query(MEASURED, statement -> bind(statement, kind, scopes, MEASURED_SHOWN),
                        (rs, row) -> new MeasuredFinding(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                                (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                                rs.getBigDecimal(9), (Integer) rs.getObject(10)));
        return new Strand(kind, concept, broader, narrower, levels.entries(), levels.rated(), levels.byLevel(), levels.typical(),
                levels.qualitative(), directions.others(), directions.qualitative(), strongest, costs, costCount[0], measured,
                "/evidence?" + search);
    }

    /** The concept and every narrower one in use below it, however deep. */
    static Set<String> scope(List<ConceptView> concepts, String slug) {
        Map<String, List<String>> children = new HashMap<>();
        concepts.forEach(c -> {
            if (c.parentSlug() != null) {
                children.computeIfAbsent(c.parentSlug(), p -> new ArrayList<>()).add(c.slug());
            }
        });
        Set<String> scope = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(slug));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            // a cycle a curator made by mistake ends here rather than looping
            if (scope.add(next)) {
                children.getOrDefault(next, List.of()).forEach(pending::add);
            }
        }
        return scope;
    }

    private Map<String, Levels> levels(StrandKind kind, Map<String, Set<String>> scopes) {
        Map<String, Levels> levels = new HashMap<>();
        jdbc.query(LEVELS, statement -> bind(statement, kind, scopes), rs -> {
            Map<Integer, Long> byLevel = new LinkedHashMap<>();
            for (int level = 5; level >= 1; level--) {
                byLevel.put(level, rs.getLong(5 + level));
            }
            levels.put(rs.getString(1), new Levels(rs.getLong(2), rs.getLong(3), rs.getLong(4), (Integer) rs.getObject(5), byLevel));
        });
        return levels;
    }

    private Map<String, Directions> directions(StrandKind kind, Map<String, Set<String>> scopes) {
        Map<String, Directions> directions = new HashMap<>();
        String sql = FINDINGS.formatted(kind == StrandKind.OUTCOMES ? OWN_OUTCOME : "");
        jdbc.query(sql, statement -> bind(statement, kind, scopes), rs -> {
            Directions d = directions.computeIfAbsent(rs.getString(1), s -> Directions.none());
            (rs.getBoolean(2) ? d.qualitative() : d.others()).merge(Direction.valueOf(rs.getString(3)), rs.getLong(4), Long::sum);
        });
        return directions;
    }

    private static void bind(PreparedStatement statement, StrandKind kind, Map<String, Set<String>> scopes, Object... more)
            throws SQLException {
        List<String> strands = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        scopes.forEach((strand, scope) -> scope.forEach(slug -> {
            strands.add(strand);
            slugs.add(slug);
        }));
        Array strandArray = statement.getConnection().createArrayOf("text", strands.toArray());
        Array slugArray = statement.getConnection().createArrayOf("text", slugs.toArray());
        statement.setArray(1, strandArray);
        statement.setArray(2, slugArray);
        statement.setString(3, kind.vocabulary().name());
        for (int i = 0; i < more.length; i++) {
            statement.setObject(4 + i, more[i]);
        }
    }

    private record Levels(long entries, long rated, long qualitative, Integer typical, Map<Integer, Long> byLevel) {

        static final Levels NONE = new Levels(0, 0, 0, null, none());

        private static Map<Integer, Long> none() {
            Map<Integer, Long> none = new LinkedHashMap<>();
            for (int level = 5; level >= 1; level--) {
                none.put(level, 0L);
            }
            return java.util.Collections.unmodifiableMap(none);
        }
    }

    private record Directions(Map<Direction, Long> others, Map<Direction, Long> qualitative) {

        static Directions none() {
            return new Directions(zeros(), zeros());
        }

        long measured() {
            return others.entrySet().stream().filter(e -> e.getKey() != Direction.NOT_TESTED).mapToLong(Map.Entry::getValue).sum();
        }

        long positive() {
            return others.get(Direction.POSITIVE);
        }

        private static Map<Direction, Long> zeros() {
            Map<Direction, Long> zeros = new EnumMap<>(Direction.class);
            for (Direction direction : Direction.values()) {
                zeros.put(direction, 0L);
            }
            return zeros;
        }
    }

    /** Percent of a whole, rounded; null when there is no whole to take it of. */
    static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(part * 100.0 / whole);
    }

    /**
     * A line of the toolkit's index.
     *
     * @param narrower the concept sits under a broader one in the list
     * @param typicalLevel the median confirmed level, or null when no entry has one
     * @param measuredFindings findings with a result (not "not tested") from studies other than qualitative ones
     */
    public record Headline(StrandKind kind, ConceptView concept, boolean narrower, long entries, long rated, Integer typicalLevel,
            long measuredFindings, long positiveFindings) {

        public Integer positivePercent() {
            return percent(positiveFindings, measuredFindings);
        }
    }

    /**
     * A finding with an effect size, and the study it comes from.
     *
     * @param level the study's confirmed strength level, or null
     */
    public record MeasuredFinding(String slug, String title, Integer year, Integer level, String metric, String timePoint,
            java.math.BigDecimal effect, java.math.BigDecimal lower, java.math.BigDecimal upper, Integer intervalLevel) {
    }

    /**
     * One strand's figures.
     *
     * @param levels entries with each confirmed level, from 5 down to 1
     * @param typicalLevel the median confirmed level (the lower middle one for an even count), or null
     * @param qualitative published entries whose data are qualitative
     * @param findings findings of the other studies by direction
     * @param qualitativeFindings findings of qualitative studies by direction
     * @param costs the strongest entries that say something about cost, as they say it
     * @param costEntries how many entries say something about cost in all
     * @param measured an outcome's findings with an effect size, strongest study first (none for an art form)
     * @param searchHref the Evidence Library search for the strand's entries
     */
    public record Strand(StrandKind kind, ConceptView concept, ConceptView broader, List<ConceptView> narrower, long entries,
            long rated, Map<Integer, Long> levels, Integer typicalLevel, long qualitative, Map<Direction, Long> findings,
            Map<Direction, Long> qualitativeFindings, List<EntryLink> strongest, List<CostNote> costs, long costEntries,
            List<MeasuredFinding> measured, String searchHref) {

        public long unrated() {
            return entries - rated;
        }

        public long measuredFindings() {
            return findings.entrySet().stream().filter(e -> e.getKey() != Direction.NOT_TESTED).mapToLong(Map.Entry::getValue).sum();
        }

        public long allFindings() {
            return findings.values().stream().mapToLong(Long::longValue).sum();
        }

        public long allQualitativeFindings() {
            return qualitativeFindings.values().stream().mapToLong(Long::longValue).sum();
        }

        public long positiveFindings() {
            return findings.get(Direction.POSITIVE);
        }

        public Integer positivePercent() {
            return percent(positiveFindings(), measuredFindings());
        }

        /** The directions in the order the pages list them. */
        public List<Direction> directions() {
            return List.of(Direction.values());
        }
    }

    /** @param level the confirmed level, or null */
    public record EntryLink(String slug, String title, Integer year, Integer level, boolean qualitative) {
    }

    public record CostNote(String slug, String title, Integer year, String cost) {
    }
}
