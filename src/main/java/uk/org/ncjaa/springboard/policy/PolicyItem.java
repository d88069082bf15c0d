package uk.org.ncjaa.springboard.policy;

import java.time.Instant;

/**
 * One published thing in the policy section and its feed: forum minutes, a consultation's response or
 * "you said, we did", a briefing.
 *
 * @param kind a short label a reader understands, such as "Forum minutes"
 * @param path the site-relative address of its page
 */
public record PolicyItem(String kind, String title, String path, Instant published, String summary) {
}
