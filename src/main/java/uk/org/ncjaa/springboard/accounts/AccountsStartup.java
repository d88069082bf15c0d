package uk.org.ncjaa.springboard.accounts;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.accounts.domain.AccountService;

/**
 * Makes sure there is a first admin: from {@code SPRINGBOARD_ADMIN_EMAIL} (and optionally
 * {@code SPRINGBOARD_ADMIN_PASSWORD}), or, with demo content on, a demo admin and demo members
 * whose generated passwords are printed once, when they are created. No password is ever fixed.
 */
@Component
class AccountsStartup implements ApplicationRunner {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountService accounts;
    private final Environment environment;
    private final SpringboardProperties properties;

    AccountsStartup(AccountService accounts, Environment environment, SpringboardProperties properties) {
        this.accounts = accounts;
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String adminEmail = environment.getProperty("springboard.accounts.admin-email", "");
        if (!adminEmail.isBlank()) {
            String given = environment.getProperty("springboard.accounts.admin-password", "");
            String password = given.isBlank() ? generatePassword() : given;
            try {
                accounts.createFirstAdmin(adminEmail, "Administrator", password)
                    .ifPresent(id -> announce(List.of("First admin created: " + adminEmail
                            + (given.isBlank() ? " with password " + password : " with the password you set"))));
            }
            catch (org.springframework.dao.DataIntegrityViolationException race) {
                // several nodes starting together on a new database: another made the account between the check and the insert
                org.slf4j.LoggerFactory.getLogger(AccountsStartup.class).info("The first admin was created by another node");
            }
        }
        else if (properties.demoContent()) {
            String password = generatePassword();
            Optional<Long> admin = accounts.createFirstAdmin("admin@example.org", "Demo Admin", password);
            if (admin.isPresent()) {
                String memberPassword = generatePassword();
                accounts.createDemoMember("member@example.org", "Demo Member", memberPassword, EnumSet.of(Role.MEMBER));
                accounts.createDemoMember("ada.example@example.org", "Ada Example", generatePassword(), EnumSet.of(Role.MEMBER));
                accounts.createDemoMember("org.admin@example.org", "Sam Sample", generatePassword(),
                        EnumSet.of(Role.MEMBER, Role.ORGANISATION_ADMIN));
                announce(List.of("Demo admin:  admin@example.org  password " + password
                        + "  (you will be asked to set up two-factor authentication)",
                        "Demo member: member@example.org  password " + memberPassword,
                        "These are shown once. Forgotten? Use 'Forgotten your password?': mail goes to data/outbox."));
            }
        }
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    // Printed, not logged: it must be seen once by whoever started the site, and never land in log files.
    private static void announce(List<String> lines) {
        System.out.println();
        System.out.println("=".repeat(78));
        lines.forEach(line -> System.out.println("  " + line));
        System.out.println("=".repeat(78));
        System.out.println();
    }
}
