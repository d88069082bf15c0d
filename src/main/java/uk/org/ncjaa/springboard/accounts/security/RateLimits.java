package uk.org.ncjaa.springboard.accounts.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.limits.RateLimiter;

/**
 * Token buckets per client address and per account for the forms attackers hammer: login,
 * two-factor codes, registration, password reset, members' shares with the editors, and consultation answers from visitors. Kept
 * where the {@link RateLimiter} keeps them: in memory for one node, shared by several.
 */
@Component
public class RateLimits {

    private final Settings settings;
    private final RateLimiter buckets;

    RateLimits(Settings settings, RateLimiter buckets) {
        this.settings = settings;
        this.buckets = buckets;
    }

    /** @return true if this attempt may go ahead */
    public boolean tryLogin(String ip, String email) {
        boolean ipOk = take("login-ip:" + ip, settings.loginPerIpPerMinute(), Duration.ofMinutes(1));
        boolean accountOk = email == null || email.isBlank()
                || take("login-account:" + email.strip().toLowerCase(Locale.ROOT), settings.loginPerAccountPerQuarterHour(),
                        Duration.ofMinutes(15));
        return ipOk && accountOk;
    }

    public boolean tryTwoFactor(String ip, long accountId) {
        return take("2fa-ip:" + ip, settings.loginPerIpPerMinute(), Duration.ofMinutes(1))
                && take("2fa-account:" + accountId, settings.loginPerAccountPerQuarterHour(), Duration.ofMinutes(15));
    }

    public boolean tryRegister(String ip) {
        return take("register-ip:" + ip, settings.registrationsPerIpPerHour(), Duration.ofHours(1));
    }

    public boolean tryEmailLink(String ip) {
        return take("email-ip:" + ip, settings.emailLinksPerIpPerHour(), Duration.ofHours(1));
    }

    /** Members sharing their work with the editors: each share emails every editor, so it is limited per member per day. */
    public boolean tryShare(long accountId) {
        return take("share-account:" + accountId, settings.sharesPerMemberPerDay(), Duration.ofDays(1));
    }

    /** Consultation answers from visitors without an account, which nothing else ties to a person: limited per address. */
    public boolean tryAnonymousAnswer(String ip) {
        return take("answer-ip:" + ip, settings.anonymousAnswersPerIpPerHour(), Duration.ofHours(1));
    }

    private boolean take(String key, int capacity, Duration period) {
        return buckets.takeInWindow(key, capacity, period).granted();
    }

    @ConfigurationProperties("springboard.accounts.rate-limit")
    public record Settings(Integer loginPerIpPerMinute, Integer loginPerAccountPerQuarterHour,
            Integer registrationsPerIpPerHour, Integer emailLinksPerIpPerHour, Integer sharesPerMemberPerDay,
            Integer anonymousAnswersPerIpPerHour) {

        public Settings {
            loginPerIpPerMinute = loginPerIpPerMinute == null ? 30 : loginPerIpPerMinute;
            loginPerAccountPerQuarterHour = loginPerAccountPerQuarterHour == null ? 10 : loginPerAccountPerQuarterHour;
            registrationsPerIpPerHour = registrationsPerIpPerHour == null ? 10 : registrationsPerIpPerHour;
            emailLinksPerIpPerHour = emailLinksPerIpPerHour == null ? 10 : emailLinksPerIpPerHour;
            sharesPerMemberPerDay = sharesPerMemberPerDay == null ? 10 : sharesPerMemberPerDay;
            anonymousAnswersPerIpPerHour = anonymousAnswersPerIpPerHour == null ? 10 : anonymousAnswersPerIpPerHour;
        }
    }
}
