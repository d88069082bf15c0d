package uk.org.ncjaa.springboard.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the open-data API under {@code /api}, bound from {@code springboard.api.*}.
 *
 * @param rateLimit how many requests one client address may make
 */
@ConfigurationProperties("springboard.api")
record ApiProperties(RateLimit rateLimit) {

    ApiProperties {
        rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
    }

    /**
     * @param requestsPerMinute the steady rate a client may keep up
     * @param burst how many requests may come at once before the steady rate applies
     */
    record RateLimit(Integer requestsPerMinute, Integer burst) {

        RateLimit {
            requestsPerMinute = requestsPerMinute == null ? 120 : requestsPerMinute;
            burst = burst == null ? 40 : burst;
            if (requestsPerMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("springboard.api.rate-limit: the rate and the burst must each be 1 or more");
            }
        }
    }
}
