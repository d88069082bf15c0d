package uk.org.ncjaa.springboard.mentoring;

/** A round was created, changed, opened or closed: the public mentoring page shows something new. */
public record MentoringChanged(long roundId) {
}
