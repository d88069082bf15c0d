package uk.org.ncjaa.springboard.evidence.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.org.ncjaa.springboard.evidence.domain.EvidenceReader.EntryView;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;

/**
 * An entry's reference in each {@link CitationStyle}, made by citeproc-java from the official CSL style and the
 * British English locale, out of the entry's {@link CitationItems CSL item}.
 *
 * <p>Setting up a processor parses the whole style (APA's is 85 KB of XML), so it is done once per style, not per
 * page. A processor is not thread-safe (it keeps the items it was last given), so each style keeps a small pool:
 * a request borrows one, formats, and gives it back. The pool holds at most two processors per core and a request
 * that finds them all busy waits for one: formatting is pure CPU, so more processors than cores would only take
 * turns, and a pool that dropped its spares made a new processor (a style parsed again) for every request beyond
 * them under load.
 */
@Component
public class Citations {

    private static final String LOCALE = "en-GB";

    /** Processors per style: formatting never waits on anything, so a few per core keep every core busy. */
    private static final int PER_STYLE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private static final Pattern LEFT_MARGIN = Pattern.compile("<div class=\"csl-left-margin\">.*?</div>", Pattern.DOTALL);

    /** Only the emphasis a style asks for reaches the page; the entry's own text is escaped by the processor. */
    private static final PolicyFactory EMPHASIS = new HtmlPolicyBuilder().allowElements("i", "b", "sup", "sub").toFactory();

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final String baseUrl;
    private final LocaleProvider locales;
    private final Map<CitationStyle, Pool> pools = new EnumMap<>(CitationStyle.class);

    @Autowired
    Citations(SpringboardProperties site) {
        this(site.baseUrl());
    }

    Citations(String baseUrl) {
        this.baseUrl = baseUrl;
        String locale = resource("/locales-" + LOCALE + ".xml");
        this.locales = lang -> locale;
        for (CitationStyle style : CitationStyle.values()) {
            Pool pool = new Pool(resource("/" + style.cslId() + ".csl"));
            pool.give(pool.take());
            pools.put(style, pool);
        }
    }

    /** The entry's reference in a style, as plain text (to copy) and as HTML with the style's italics (to show). */
    public Reference cite(EntryView entry, CitationStyle style) {
        return cite(CitationItems.of(entry, baseUrl), style);
    }

    Reference cite(CSLItemData item, CitationStyle style) {
        Pool pool = pools.get(style);
        Processor processor = pool.take();
        try {
            return processor.format(item, style);
        } finally {
            pool.give(processor);
        }
    }

    /**
     * A formatted reference.
     *
     * @param text the reference as plain text, as a reader pastes it
     * @param html the same with the style's italics, safe to write into a page unescaped
     */
    public record Reference(CitationStyle style, String text, String html) {
    }

    private final class Pool {

        private final String xml;
        private final java.util.concurrent.BlockingQueue<Processor> idle = new java.util.concurrent.ArrayBlockingQueue<>(PER_STYLE);
        private final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();

        Pool(String xml) {
            this.xml = xml;
        }

        Processor take() {
            Processor processor = idle.poll();
            if (processor != null) {
                return processor;
            }
            if (made.getAndIncrement() < PER_STYLE) {
                try {
                    return new Processor(xml, locales);
                } catch (RuntimeException e) {
                    made.decrementAndGet();
                    throw e;
                }
            }
            made.decrementAndGet();
            try {
                return idle.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to format a reference", e);
            }
        }

        void give(Processor processor) {
            idle.offer(processor);
        }
    }

    /** One processor and the single item it is formatting; used by one thread at a time. */
    private static final class Processor implements ItemDataProvider {

        private final CSL csl;
        private CSLItemData item;

        Processor(String style, LocaleProvider locales) {
            try {
                this.csl = new CSL(this, locales, null, style, LOCALE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csl.setOutputFormat(new EmphasisHtml());
        }

        Reference format(CSLItemData item, CitationStyle style) {
            this.item = item;
            try {
                csl.registerCitationItems(item.getId());
                // a reference list numbers its entries (Vancouver); one reference on its own has no number
                String html = LEFT_MARGIN.matcher(csl.makeBibliography().getEntries()[0]).replaceFirst("");
                // the text is the HTML without its markup, which saves formatting the reference a second time
                String text = HtmlUtils.htmlUnescape(TAG.matcher(html).replaceAll("")).replaceAll("\\s+", " ").strip();
                return new Reference(style, text, EMPHASIS.sanitize(html).strip());
            } finally {
                this.item = null;
            }
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return item != null && item.getId().equals(id) ? item : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return item == null ? java.util.List.of() : java.util.List.of(item.getId());
        }
    }

    /**
     * The processor's HTML with italics and bold as elements: it writes them as inline styles, which the site's
     * Content-Security-Policy (style-src 'self') would not apply.
     */
    private static final class EmphasisHtml extends HtmlFormat {

        @Override
        protected String openFontStyle(int fontStyle) {
            return "<i>";
        }

        @Override
        protected String closeFontStyle(int fontStyle) {
            return "</i>";
        }

        @Override
        protected String openFontWeight(int fontWeight) {
            return fontWeight == FormattingAttributes.FW_BOLD ? "<b>" : "<span>";
        }

        @Override
        protected String closeFontWeight(int fontWeight) {
            return fontWeight == FormattingAttributes.FW_BOLD ? "</b>" : "</span>";
        }
    }

    private static String resource(String name) {
        try (InputStream in = Citations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing: the CSL styles and locales jars must be on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
