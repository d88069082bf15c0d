package uk.org.ncjaa.springboard.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message of the interface in both languages with its review status, read from the bundles
 * ({@code i18n/<name>.properties} and {@code i18n/<name>_cy.properties}) and from
 * {@code i18n/reviewed.tsv}, where a Welsh speaker's check of a message is recorded (its key, who
 * checked it and when). A message not listed there is a draft.
 */
public final class Translations {

    public static final String REVIEWED = "i18n/reviewed.tsv";

    private Translations() {
    }

    /** One message: its bundle, key, English and Welsh text, and whether a Welsh speaker has reviewed it. */
    public record Message(String bundle, String key, String english, String welsh, boolean reviewed) {
    }

    /** Every message of every bundle, by bundle and key; a message in one language only has null for the other. */
    public static List<Message> all() {
        Map<String, String> reviewed = reviewed();
        List<Message> messages = new ArrayList<>();
        for (Map.Entry<String, Bundle> bundle : bundles().entrySet()) {
            TreeMap<String, String> keys = new TreeMap<>();
            bundle.getValue().english().stringPropertyNames().forEach(key -> keys.put(key, key));
            bundle.getValue().welsh().stringPropertyNames().forEach(key -> keys.put(key, key));
            for (String key : keys.keySet()) {
                messages.add(new Message(bundle.getKey(), key, bundle.getValue().english().getProperty(key),
                        bundle.getValue().welsh().getProperty(key), reviewed.containsKey(key)));
            }
        }
        return messages;
    }

    /** A bundle's English and Welsh files. */
    public record Bundle(Properties english, Properties welsh) {
    }

    /** The bundles by name, as found on the class path. */
    public static Map<String, Bundle> bundles() {
        try {
            Map<String, Bundle> bundles = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                if (file == null || file.endsWith("_cy.properties")) {
                    continue;
                }
                String name = file.substring(0, file.length() - ".properties".length());
                bundles.put(name, new Bundle(load("i18n/" + file), load("i18n/" + name + "_cy.properties")));
            }
            return bundles;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The keys a Welsh speaker has checked, with who and when. */
    public static Map<String, String> reviewed() {
        Map<String, String> reviewed = new LinkedHashMap<>();
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(REVIEWED)) {
            if (in == null) {
                return reviewed;
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] fields = line.split("\t", 2);
                    reviewed.put(fields[0].strip(), fields.length > 1 ? fields[1].strip() : "");
                });
            return reviewed;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
