package uk.org.ncjaa.springboard.shared.text;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text written by staff or members in Markdown, turned into HTML that is safe to put on a page.
 * Raw HTML in the Markdown is shown as text, and whatever the renderer produces then passes an
 * allow-list: no script, event handler, style, frame or form ever survives, and links go only to
 * web, mail and same-site addresses. A level-one heading becomes level two, because the page's
 * title is the only level-one heading.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
        .sanitizeUrls(true).build();

    /** Footnote anchors as commonmark writes them; no other id may be set, so nothing can clash with the page's own. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-[A-Za-z0-9_-]{1,40}(-\\d{1,3})?");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
        .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
                "strong", "del", "sup", "sub", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "section")
        .allowElements((name, attributes) -> "h2", "h1")
        .allowAttributes("href").onElements("a")
        .allowAttributes("title").onElements("a", "img")
        .allowAttributes("src", "alt").onElements("img")
        .allowAttributes("align").matching(false, "left", "center", "right").onElements("th", "td")
        .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
        .allowAttributes("id").matching(FOOTNOTE_ID).onElements("a", "li", "sup")
        .allowAttributes("class").matching(false, "footnotes", "footnote-ref", "footnote-backref").onElements("section", "sup", "a")
        .allowUrlProtocols("https", "http", "mailto")
        .toFactory();

    private Markdown() {
    }

    /**
     * How deeply blocks and inline marks may nest. The renderers walk the tree recursively, so a few
     * thousand {@code >} or {@code *} would overflow the stack; no real text comes near this.
     */
    static final int MAX_DEPTH = 64;

    /** Markdown as sanitised HTML; text nested too deeply to be real formatting is shown as plain paragraphs. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        try {
            Node document = parse(markdown);
            if (document != null && !tooDeep(document)) {
                return sanitise(HTML.render(document));
            }
        }
        catch (StackOverflowError nested) {
            // a shape the checks below did not foresee: the parser's recursion ran out, nothing else is touched
        }
        return plainParagraphs(markdown);
    }

    /** Markdown as plain text, for search and summaries: the words people read, without addresses or markup. */
    public static String toText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document;
        try {
            document = parse(markdown);
        }
        catch (StackOverflowError nested) {
            document = null;
        }
        if (document == null || tooDeep(document)) {
            return markdown.strip();
        }
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof org.commonmark.node.Block && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        });
        return text.toString().strip();
    }

    /** Any HTML cut down to the allow-list. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The parsed document, or null when the text nests deeper than real formatting ever does. */
    private static Node parse(String markdown) {
        if (NESTED_RUN.matcher(markdown).find() || deepLinePrefix(markdown)) {
            return null;
        }
        return PARSER.parse(markdown);
    }

    /** A run of emphasis, strike-through or bracket marks long enough to nest past {@link #MAX_DEPTH}. */
    private static final Pattern NESTED_RUN = Pattern.compile("[*_~\\[\\]]{" + (MAX_DEPTH + 1) + ",}");

    /** Quote and list markers at the start of a line, each one a level deeper. */
    private static final Pattern LINE_MARKER = Pattern.compile("\\G[ \\t]*(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))");

    private static boolean deepLinePrefix(String markdown) {
        for (String line : markdown.split("\\R")) {
            java.util.regex.Matcher marker = LINE_MARKER.matcher(line);
            int depth = 0;
            while (marker.find()) {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any node lies deeper than {@link #MAX_DEPTH}, found without recursion. */
    static boolean tooDeep(Node document) {
        java.util.ArrayDeque<Node> path = new java.util.ArrayDeque<>();
        Node node = document;
        while (node != null) {
            if (node.getFirstChild() != null) {
                path.push(node);
                if (path.size() > MAX_DEPTH) {
                    return true;
                }
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = path.poll();
            }
            if (node != null) {
                node = node.getNext();
            }
        }
        return false;
    }

    /** The text as it was typed, escaped, a paragraph per blank-line-separated block. */
    private static String plainParagraphs(String markdown) {
        StringBuilder html = new StringBuilder();
        for (String block : markdown.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(org.springframework.web.util.HtmlUtils.htmlEscape(block.strip()).replaceAll("\\R", "<br>"))
                .append("</p>");
        }
        return sanitise(html.toString());
    }
}
