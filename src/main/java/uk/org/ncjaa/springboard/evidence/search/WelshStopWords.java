package uk.org.ncjaa.springboard.evidence.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Welsh stop words of {@code search/welsh-stop.txt}, for a server that takes them as a list. */
final class WelshStopWords {

    private WelshStopWords() {
    }

    static List<String> list() {
        try (InputStream in = WelshStopWords.class.getClassLoader().getResourceAsStream("search/welsh-stop.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
