package uk.org.ncjaa.springboard.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundles as a translator and a page need them: every message in both languages,
 * with the same placeholders, and every message a template names present.
 */
class MessageBundlesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** {@code #{key}} or {@code #{key(...)}} with a literal key. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[(}]");

    @Test
    void everyMessageExistsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Translations.Message message : Translations.all()) {
            if (message.english() == null || message.english().isBlank()) {
                problems.add(message.bundle() + ": " + message.key() + " has no English");
            }
            if (message.welsh() == null || message.welsh().isBlank()) {
                problems.add(message.bundle() + ": " + message.key() + " has no Welsh");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(Translations.all()).hasSizeGreaterThan(100);
    }

    @Test
    void everyBundleHasItsWelshFileAndIsListedForSpring() throws IOException {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        for (String bundle : Translations.bundles().keySet()) {
            assertThat(Path.of("src/main/resources/i18n/" + bundle + "_cy.properties")).exists();
            assertThat(yml).as("spring.messages.basename lists " + bundle).containsPattern("i18n/" + bundle + "[,\\s]");
        }
    }

    @Test
    void aKeyBelongsToOneBundleOnly() {
        Map<String, Translations.Bundle> bundles = Translations.bundles();
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        bundles.forEach((name, bundle) -> bundle.english().stringPropertyNames().forEach(key -> {
            if (!seen.add(key)) {
                twice.add(name + ": " + key);
            }
        }));
        assertThat(twice).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholdersAndQuoteTheirApostrophes() {
        List<String> problems = new ArrayList<>();
        for (Translations.Message message : Translations.all()) {
            if (message.english() == null || message.welsh() == null) {
                continue;
            }
            Set<String> english = placeholders(message.english());
            Set<String> welsh = placeholders(message.welsh());
            if (!english.equals(welsh)) {
                problems.add(message.key() + ": English has " + english + ", Welsh has " + welsh);
            }
            // a message with arguments goes through MessageFormat, where a lone apostrophe starts a quotation and
            // swallows what follows ("Mae'r {0}" would lose its number): such messages write an apostrophe twice
            for (String text : new String[] { message.english(), message.welsh() }) {
                if (!placeholders(text).isEmpty() && text.replace("''", "").contains("'")) {
                    problems.add(message.key() + ": a lone apostrophe in a message with arguments: " + text);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        Translations.all().forEach(message -> known.add(message.key()));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (keys.find()) {
                    if (!known.contains(keys.group(1))) {
                        missing.add(file.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void reviewedMessagesExist() {
        Set<String> known = new TreeSet<>();
        Translations.all().forEach(message -> known.add(message.key()));
        assertThat(known).containsAll(Translations.reviewed().keySet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
