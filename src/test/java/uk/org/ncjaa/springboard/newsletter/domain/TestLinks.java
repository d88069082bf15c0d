package uk.org.ncjaa.springboard.newsletter.domain;

import java.time.Instant;

/** Links no other way makes: one that expired a minute ago. */
public final class TestLinks {

    private TestLinks() {
    }

    public static String expired(Links links, Links.Purpose purpose, long subscriberId) {
        return links.sign(purpose, subscriberId, Instant.now().minusSeconds(60));
    }
}
