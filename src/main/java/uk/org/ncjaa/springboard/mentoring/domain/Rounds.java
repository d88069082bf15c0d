package uk.org.ncjaa.springboard.mentoring.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.mentoring.MentoringChanged;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/** Staff open, change and close rounds; the public see the open ones. */
@Service
@Transactional
public class Rounds {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RoundRepository rounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rounds(RoundRepository rounds, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.clock = clock;
    }

    public Round create(Round.Settings settings) {
        Round round = rounds.save(new Round(settings, clock.instant()));
        events.publishEvent(new MentoringChanged(round.id()));
        return round;
    }

    public Round change(long id, Round.Settings settings) {
        Round round = get(id);
        round.change(settings, clock.instant());
        events.publishEvent(new MentoringChanged(id));
        return round;
    }

    public Round open(long id) {
        Round round = get(id);
        round.open(clock.instant());
        events.publishEvent(new MentoringChanged(id));
        return round;
    }

    public Round close(long id) {
        Round round = get(id);
        round.close(clock.instant());
        events.publishEvent(new MentoringChanged(id));
        return round;
    }

    @Transactional(readOnly = true)
    public Round get(long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("No mentoring round " + id));
    }

    @Transactional(readOnly = true)
    public List<Round> all() {
        return rounds.findAllByOrderByOpensOnDesc();
    }

    /** Rounds the public may see: open ones, newest first. */
    @Transactional(readOnly = true)
    public List<Round> shown() {
        return rounds.findByStatusOrderByOpensOnDesc(Round.Status.OPEN);
    }

    /** An open round that members may read and apply to; anything else is "not found". */
    @Transactional(readOnly = true)
    public Round shown(long id) {
        return rounds.findById(id).filter(r -> r.status() == Round.Status.OPEN)
            .orElseThrow(() -> new NotFoundException("No open mentoring round " + id));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
