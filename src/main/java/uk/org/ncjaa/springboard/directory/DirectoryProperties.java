package uk.org.ncjaa.springboard.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the directory stays fresh, bound from {@code springboard.directory.*}.
 *
 * @param verifyEvery how long a listing's "last verified" date holds before its organisation is
 *        reminded to check it and the listing is flagged as out of date
 * @param grace how long a flagged listing stays in search before it is left out (never deleted)
 */
@ConfigurationProperties("springboard.directory")
public record DirectoryProperties(Duration verifyEvery, Duration grace) {

    public DirectoryProperties {
        verifyEvery = verifyEvery == null ? Duration.ofDays(365) : verifyEvery;
        grace = grace == null ? Duration.ofDays(90) : grace;
    }

    /** Listings last verified before this are left out of search. */
    public java.time.Instant hiddenBefore(java.time.Clock clock) {
        return clock.instant().minus(verifyEvery).minus(grace);
    }

    /** Not confirmed within {@link #verifyEvery}: shown with a warning. */
    public boolean overdue(java.time.Instant verifiedAt, java.time.Clock clock) {
        return verifiedAt != null && verifiedAt.isBefore(clock.instant().minus(verifyEvery));
    }

    /** Not confirmed for so long that search leaves it out. */
    public boolean hidden(java.time.Instant verifiedAt, java.time.Clock clock) {
        return verifiedAt != null && verifiedAt.isBefore(hiddenBefore(clock));
    }
}
