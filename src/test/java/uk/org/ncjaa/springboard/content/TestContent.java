package uk.org.ncjaa.springboard.content;

import java.util.List;
import java.util.UUID;

import uk.org.ncjaa.springboard.content.domain.ContentFields;

/** Fixtures: content with a unique address, since test classes share one database. */
public final class TestContent {

    private TestContent() {
    }

    public static String slug(String start) {
        return start + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ContentFields article(String title, String body) {
        return ContentFields.titled(title, slug("article")).written("A standfirst about " + title + ".", body, "A Writer")
            .tagged(List.of("testing"), List.of("music"), List.of(), List.of("london"));
    }
}
