package uk.org.ncjaa.springboard.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.accounts.Role;
import uk.org.ncjaa.springboard.accounts.domain.AccountService;
import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;
import uk.org.ncjaa.springboard.accounts.security.AccountUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Makes real accounts in the database for tests, each with its own email address. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final TotpCodes totp;

    TestAccounts(AccountService accounts, JdbcTemplate jdbc, TotpCodes totp) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.totp = totp;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A request from an address no other test uses, so that sign-up forms sent by many tests stay
     * clear of the per-address limit on sign-ups (which its own tests check).
     */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor fromOwnAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10.77." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * A member's account once its member profile exists: the profile is made just after the account,
     * by a listener of its own.
     */
    public Created createMember() {
        Created member = create(Role.MEMBER);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
            .until(() -> jdbc.queryForObject("select count(*) from member where account_id = ?", Long.class, member.id()) == 1);
        return member;
    }

    /** A verified account with these roles (staff get a known two-factor secret already set up). */
    public Created create(Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.MEMBER) : EnumSet.of(roles[0], roles);
        String email = uniqueEmail(set.iterator().next().name().toLowerCase());
        long id = accounts.createDemoMember(email, "Test " + set, PASSWORD, set).orElseThrow();
        String secret = null;
        if (set.stream().anyMatch(Role::isStaff)) {
            secret = totp.newSecret();
            jdbc.update("update account set totp_secret = ?, totp_enabled_at = now() where id = ?", secret, id);
        }
        return new Created(id, email, set, secret);
    }

    /** A staff account that has not set up two-factor authentication yet. */
    public Created createStaffWithoutTwoFactor(Role role) {
        String email = uniqueEmail("new-staff");
        long id = accounts.createDemoMember(email, "New Staff", PASSWORD, EnumSet.of(Role.MEMBER, role)).orElseThrow();
        return new Created(id, email, EnumSet.of(Role.MEMBER, role), null);
    }

    public String currentCode(Created account) {
        return totp.code(account.totpSecret(), java.time.Instant.now());
    }

    public record Created(long id, String email, Set<Role> roles, String totpSecret) {

        public AccountUser user() {
            return new AccountUser(id, email, "Test", null, roles, true, totpSecret != null);
        }

        /** Logged in with every factor proven. */
        public RequestPostProcessor login() {
            Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user(), null, user().getAuthorities());
            return authentication(auth);
        }
    }
}
