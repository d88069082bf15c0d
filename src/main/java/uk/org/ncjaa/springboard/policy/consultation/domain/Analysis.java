package uk.org.ncjaa.springboard.policy.consultation.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.members.MembersApi;
import uk.org.ncjaa.springboard.shared.Csv;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Staff read the answers: counts for closed questions, themes and quotes for free text, who has answered, the CSV. */
@Service
@Transactional
public class Analysis {

    private final ConsultationRepository consultations;
    private final AnswerRepository answers;
    private final ThemeRepository themes;
    private final QuoteRepository quotes;
    private final MembersApi members;
    private final TaxonomyApi taxonomy;
    private final Clock clock;

    Analysis(ConsultationRepository consultations, AnswerRepository answers, ThemeRepository themes, QuoteRepository quotes,
            MembersApi members, TaxonomyApi taxonomy, Clock clock) {
        this.consultations = consultations;
        this.answers = answers;
        this.themes = themes;
        this.quotes = quotes;
        this.members = members;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** @param percent of those who answered the question, rounded */
    public record Count(String label, long people, int percent) {
    }

    /**
     * One question's figures.
     *
     * @param counts for a choice or the scale, people per option; for a ranking, people who put each item first
     * @param averageRanks for a ranking, each item's average place (1 is top), as text
     */
    public record QuestionFigures(Question question, long answered, long online, long paper, List<Count> counts,
            Map<String, String> averageRanks, List<Count> themeCounts) {
    }

    public record Totals(long sent, long online, long paper, long drafts) {
    }

    @Transactional(readOnly = true)
    public Totals totals(long consultationId) {
        List<Answer> sent = submitted(consultationId);
        long paper = sent.stream().filter(a -> a.source() == Answer.Source.PAPER).count();
        return new Totals(sent.size(), sent.size() - paper, paper, answers.countByConsultationIdAndStatus(consultationId, Answer.Status.DRAFT));
    }

    @Transactional(readOnly = true)
    public List<QuestionFigures> figures(long consultationId) {
        Consultation consultation = consultation(consultationId);
        List<Answer> sent = submitted(consultationId);
        List<Theme> all = themes.findByConsultationIdOrderByName(consultationId);
        List<QuestionFigures> figures = new ArrayList<>();
        for (Question question : consultation.questions()) {
            List<Answer> answered = sent.stream().filter(a -> !a.values(question.id()).isEmpty()).toList();
            long paper = answered.stream().filter(a -> a.source() == Answer.Source.PAPER).count();
            List<Count> counts = new ArrayList<>();
            Map<String, String> averages = new LinkedHashMap<>();
            List<Count> themeCounts = new ArrayList<>();
            switch (question.kind()) {
                case FREE_TEXT -> {
                    for (Theme theme : all) {
                        long n = answered.stream().filter(a -> a.reply(question.id()).orElseThrow().themes().contains(theme.id())).count();
                        themeCounts.add(new Count(theme.name(), n, percent(n, answered.size())));
                    }
                }
                case RANKING -> {
                    for (String item : question.choices()) {
                        long first = answered.stream().filter(a -> a.values(question.id()).get(0).equals(item)).count();
                        counts.add(new Count(item, first, percent(first, answered.size())));
                        double average = answered.stream().mapToInt(a -> a.values(question.id()).indexOf(item) + 1).average().orElse(0);
                        averages.put(item, answered.isEmpty() ? "-" : String.format("%.1f", average));
                    }
                }
                default -> {
                    for (String choice : question.choices()) {
                        long n = answered.stream().filter(a -> a.values(question.id()).contains(choice)).count();
                        counts.add(new Count(question.label(choice), n, percent(n, answered.size())));
                    }
                }
            }
            figures.add(new QuestionFigures(question, answered.size(), answered.size() - paper, paper, counts, averages, themeCounts));
        }
        return figures;
    }

    private static int percent(long n, long of) {
        return of == 0 ? 0 : (int) Math.round(100.0 * n / of);
    }

    /** A free-text answer for staff to read, tag and quote. */
    public record TextReply(long replyId, long answerId, String text, Answer.Source source, String paperSource, String consent,
            boolean quotable, boolean quoted, Set<Long> themes) {
    }

    @Transactional(readOnly = true)
    public List<TextReply> texts(long consultationId, long questionId) {
        Consultation consultation = consultation(consultationId);
        consultation.question(questionId).filter(q -> q.kind() == Question.Kind.FREE_TEXT)
            .orElseThrow(() -> new ConsultationNotFoundException("No free-text question " + questionId));
        Set<Long> quoted = quotes.findByConsultationIdOrderByChosenAt(consultationId).stream().map(Quote::replyId).collect(Collectors.toSet());
        List<TextReply> texts = new ArrayList<>();
        for (Answer answer : submitted(consultationId)) {
            answer.reply(questionId).filter(r -> !r.text().isBlank()).ifPresent(r -> texts.add(new TextReply(r.id(), answer.id(), r.text(),
                    answer.source(), answer.paperSource(), answer.quoteConsent().label(), answer.quotable(), quoted.contains(r.id()),
                    r.themes())));
        }
        return texts;
    }

    @Transactional(readOnly = true)
    public List<Theme> themes(long consultationId) {
        return themes.findByConsultationIdOrderByName(consultationId);
    }

    public Theme addTheme(long consultationId, String name) {
        consultation(consultationId);
        Theme theme = new Theme(consultationId, name);
        if (themes.existsByConsultationIdAndNameIgnoreCase(consultationId, theme.name())) {
            throw new ConsultationException("There is already a theme called " + theme.name() + ".");
        }
        try {
            return themes.saveAndFlush(theme);
        }
        catch (DataIntegrityViolationException ex) {
            throw new ConsultationException("There is already a theme called " + theme.name() + ".");
        }
    }

    /** Tags a reply with themes of its own consultation (others are ignored). */
    public void tag(long consultationId, long replyId, Set<Long> themeIds) {
        Reply reply = reply(consultationId, replyId);
        Set<Long> own = themes.findByConsultationIdOrderByName(consultationId).stream().map(Theme::id).collect(Collectors.toSet());
        reply.tag(themeIds.stream().filter(own::contains).collect(Collectors.toSet()));
    }

    /** Picks a reply's words as a quote: refused unless its author agreed to be quoted. */
    public Quote quote(long consultationId, long replyId, String text) {
        Reply reply = reply(consultationId, replyId);
        if (quotes.existsByReplyId(replyId)) {
            throw new ConsultationException("This answer is already quoted.");
        }
        return quotes.saveAndFlush(new Quote(reply.answer(), reply, text, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Quote> quotes(long consultationId) {
        return quotes.findByConsultationIdOrderByChosenAt(consultationId);
    }

    private Reply reply(long consultationId, long replyId) {
        return answers.findByConsultationIdAndStatusOrderById(consultationId, Answer.Status.SUBMITTED).stream()
            .flatMap(a -> a.replies().stream())
            .filter(r -> Objects.equals(r.id(), replyId))
            .findFirst()
            .orElseThrow(() -> new ConsultationNotFoundException("No reply " + replyId));
    }

    /** Every sent answer as CSV, one row each, with text a spreadsheet would run as a formula made plain. */
    @Transactional(readOnly = true)
    public String csv(long consultationId) {
        Consultation consultation = consultation(consultationId);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("answer", "source", "paper source", "submitted", "quote consent"));
        consultation.questions().forEach(q -> header.add(q.text()));
        out.append(header.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        for (Answer answer : submitted(consultationId)) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(answer.id()), answer.source().name(),
                    answer.paperSource() == null ? "" : answer.paperSource(), String.valueOf(answer.submittedAt()),
                    answer.quoteConsent().name()));
            for (Question q : consultation.questions()) {
                row.add(q.labels(answer.values(q.id())));
            }
            out.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /** One kind of person: answers so far beside the membership, as counts and shares. */
    public record Share(String label, long answers, int answersPercent, long members, int membersPercent) {

        /** Members of this kind are at least one in ten of the network but fewer than half as many in the answers. */
        public boolean underHeard() {
            return membersPercent >= 10 && answersPercent * 2 < membersPercent;
        }
    }

    public record Representation(long onlineWithProfile, long withoutProfile, long membership, Map<String, List<Share>> byDimension) {
    }

    /**
     * Who has answered so far (online with a member profile, and paper answers by the region given),
     * beside the same shares in the membership, so staff see whose voice is missing.
     */
    @Transactional(readOnly = true)
    public Representation representation(long consultationId) {
        consultation(consultationId);
        List<Answer> sent = submitted(consultationId);
        List<Long> accounts = sent.stream().map(Answer::accountId).filter(Objects::nonNull).toList();
        MembersApi.ProfileCounts answered = members.profileCounts(accounts);
        MembersApi.ProfileCounts membership = members.profileCounts(null);
        Map<String, Map<String, Long>> answeredCounts = new LinkedHashMap<>();
        answered.byDimension().forEach((d, m) -> answeredCounts.put(d, new LinkedHashMap<>(m)));
        long paperWithRegion = 0;
        for (Answer answer : sent) {
            if (answer.source() == Answer.Source.PAPER && answer.region() != null) {
                answeredCounts.get("Region").merge(answer.region(), 1L, Long::sum);
                paperWithRegion++;
            }
        }
        Map<String, String> regions = taxonomy.labels(Vocabulary.REGION);
        Map<String, String> settings = taxonomy.labels(Vocabulary.SETTING);
        Map<String, List<Share>> byDimension = new LinkedHashMap<>();
        for (String dimension : MembersApi.ProfileCounts.DIMENSIONS) {
            Map<String, Long> ours = answeredCounts.get(dimension);
            Map<String, Long> theirs = membership.byDimension().get(dimension);
            long ourTotal = answered.people() + (dimension.equals("Region") ? paperWithRegion : 0);
            List<String> keys = new ArrayList<>(theirs.keySet());
            ours.keySet().stream().filter(k -> !theirs.containsKey(k)).forEach(keys::add);
            List<Share> shares = new ArrayList<>();
            for (String key : keys) {
                String label = key.isEmpty() ? "Not given"
                        : dimension.equals("Region") ? regions.getOrDefault(key, key)
                        : dimension.equals("Setting") ? settings.getOrDefault(key, key) : key;
                long a = ours.getOrDefault(key, 0L);
                long m = theirs.getOrDefault(key, 0L);
                shares.add(new Share(label, a, percent(a, ourTotal), m, percent(m, membership.people())));
            }
            shares.sort((x, y) -> Long.compare(y.members(), x.members()));
            byDimension.put(dimension, shares);
        }
        return new Representation(answered.people(), sent.size() - answered.people(), membership.people(), byDimension);
    }

    /** The equality monitoring answers of those who answered online with an account, as counts with small ones hidden. */
    @Transactional(readOnly = true)
    public MembersApi.EqualityCounts equality(long consultationId) {
        consultation(consultationId);
        List<Long> accounts = submitted(consultationId).stream().map(Answer::accountId).filter(Objects::nonNull).toList();
        return members.equalityOf("People who answered online", accounts);
    }

    private List<Answer> submitted(long consultationId) {
        return answers.findByConsultationIdAndStatusOrderById(consultationId, Answer.Status.SUBMITTED);
    }

    private Consultation consultation(long consultationId) {
        return consultations.findById(consultationId).orElseThrow(() -> new ConsultationNotFoundException("No consultation " + consultationId));
    }
}
