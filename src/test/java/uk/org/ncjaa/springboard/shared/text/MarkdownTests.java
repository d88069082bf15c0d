package uk.org.ncjaa.springboard.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown is rendered with what editors need (headings, lists, links, images, tables, footnotes)
 * and nothing that could run: every payload in {@code xss/payloads.txt}, alone and wrapped in
 * ordinary text, comes out with no script, handler, style, frame, form or dangerous address,
 * checked by parsing the output as a browser would.
 */
class MarkdownTests {

    private static final java.util.Set<String> ALLOWED = java.util.Set.of("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "code", "em", "strong", "del", "sup", "sub", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
            "section");
    private static final Pattern SAFE_URL = Pattern.compile("|(https?://|mailto:|/|#|[a-z0-9._-]+(/|$)).*", Pattern.CASE_INSENSITIVE);

    @Test
    void noPayloadFromTheCorpusSurvives() throws IOException {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThan(50);
        for (String payload : payloads) {
            for (String markdown : List.of(payload, "Some text\n\n" + payload + "\n\nmore text", "- " + payload, "> " + payload,
                    "| a |\n|---|\n| " + payload + " |")) {
                assertSafe(markdown, Markdown.toHtml(markdown));
            }
        }
    }

    @Test
    void rendersWhatEditorsWrite() {
        String html = Markdown.toHtml("""
                # Big heading

                Some *emphasis*, **strong** and a [link](https://example.org/page "Title") and [a page here](/evidence).

                ![A choir singing](/img/choir.jpg)

                | Year | People |
                |---|--:|
                | 2025 | 40 |

                A claim.[^1]

                [^1]: The source.
                """);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").text()).isEqualTo("Big heading");
        assertThat(doc.select("em").text()).isEqualTo("emphasis");
        assertThat(doc.select("a[href=https://example.org/page]").attr("title")).isEqualTo("Title");
        assertThat(doc.select("a[href=/evidence]").text()).isEqualTo("a page here");
        assertThat(doc.select("img").attr("alt")).isEqualTo("A choir singing");
        assertThat(doc.select("img").attr("src")).isEqualTo("/img/choir.jpg");
        assertThat(doc.select("table td").eachText()).containsExactly("2025", "40");
        assertThat(doc.select("td[align=right]").text()).isEqualTo("40");
        Element ref = doc.selectFirst("sup a");
        assertThat(ref).isNotNull();
        String target = ref.attr("href").substring(1);
        assertThat(doc.getElementById(target)).isNotNull();
        assertThat(doc.getElementById(target).text()).contains("The source.");
    }

    @Test
    void rawHtmlIsShownAsTextNotRun() {
        String html = Markdown.toHtml("Before <b onclick=\"x()\">bold</b> after");
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("<b onclick=\"x()\">bold</b>");
        assertThat(Jsoup.parseBodyFragment(html).select("b")).isEmpty();
    }

    @Test
    void plainTextForSearchLeavesOutTheMarkup() {
        assertThat(Markdown.toText("## Heading\n\nSome **strong** words and a [link](https://example.org).")).contains("Heading")
            .contains("Some strong words and a link").doesNotContain("**").doesNotContain("](");
    }

    private static void assertSafe(String markdown, String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element element : doc.body().getAllElements()) {
            if (element == doc.body()) {
                continue;
            }
            assertThat(ALLOWED).as("element <%s> from %s", element.tagName(), markdown).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute %s from %s", name, markdown).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    String value = attribute.getValue().strip();
                    assertThat(SAFE_URL.matcher(value).matches()).as("address %s from %s", value, markdown).isTrue();
                    assertThat(value.toLowerCase(Locale.ROOT).replaceAll("\\s", "")).as("address from %s", markdown)
                        .doesNotContain("javascript:").doesNotContain("vbscript:").doesNotStartWith("data:");
                }
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).as("output of %s", markdown).doesNotContain("<script").doesNotContain("<iframe")
            .doesNotContain("<style").doesNotContain("<svg").doesNotContain("<object").doesNotContain("<embed").doesNotContain("<form");
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = MarkdownTests.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void deeplyNestedTextIsShownPlainlyInsteadOfOverflowingTheStack() {
        for (String hostile : List.of(">".repeat(20_000) + " quoted", "*".repeat(20_000) + "a" + "*".repeat(20_000),
                "- ".repeat(5_000) + "item", "[".repeat(20_000) + "x" + "]".repeat(20_000),
                "_".repeat(10_000) + "a" + "_".repeat(10_000), "> ".repeat(3_000) + "<b>bold</b>\n\nnext")) {
            String html = Markdown.toHtml(hostile);
            assertThat(html).startsWith("<p>").doesNotContain("<blockquote").doesNotContain("<b>");
            assertThat(Markdown.toText(hostile)).isNotEmpty();
        }
        assertThat(Markdown.toHtml("> ".repeat(3_000) + "<b>bold</b>\n\nnext")).endsWith("<p>next</p>").contains("&lt;b&gt;");
    }

    @Test
    void ordinaryNestingStillRendersAsMarkdown() {
        String quoted = Markdown.toHtml("> > > three levels of quotation\n\n- a\n  - b\n    - c");
        assertThat(quoted).contains("<blockquote>").contains("<li>c</li>");
    }
}
