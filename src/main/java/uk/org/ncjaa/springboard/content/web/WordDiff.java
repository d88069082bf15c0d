package uk.org.ncjaa.springboard.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Two versions of a text, word by word: the words removed and added, each change with a few
 * unchanged words either side and the long unchanged stretches between them left out, so that an
 * editor sees what a revision changed in a long body without reading both versions whole.
 */
public record WordDiff(List<Part> parts) {

    /** Unchanged words kept either side of a change. */
    static final int CONTEXT = 8;

    /** Words and the spaces between them, each a token, so the text reads back exactly. */
    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    public enum Kind {
        SAME, SKIPPED, REMOVED, ADDED
    }

    public record Part(Kind kind, String text) {

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean skipped() {
            return kind == Kind.SKIPPED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    static WordDiff of(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Part> parts = new ArrayList<>();
        int at = 0;
        boolean first = true;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            unchanged(parts, from.subList(at, start), first, false);
            first = false;
            if (!delta.getSource().getLines().isEmpty()) {
                parts.add(new Part(Kind.REMOVED, String.join("", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                parts.add(new Part(Kind.ADDED, String.join("", delta.getTarget().getLines())));
            }
            at = start + delta.getSource().size();
        }
        unchanged(parts, from.subList(at, from.size()), first, true);
        return new WordDiff(List.copyOf(parts));
    }

    /**
     * An unchanged stretch: whole when short or when nothing changed at all, else only the words
     * next to the changes either side of it.
     */
    private static void unchanged(List<Part> parts, List<String> tokens, boolean first, boolean last) {
        if (tokens.isEmpty()) {
            return;
        }
        // a word and the space after it are two tokens
        int keep = CONTEXT * 2;
        int leading = first ? 0 : keep;
        int trailing = last ? 0 : keep;
        if ((first && last) || tokens.size() <= leading + trailing + keep) {
            parts.add(new Part(Kind.SAME, String.join("", tokens)));
            return;
        }
        if (leading > 0) {
            parts.add(new Part(Kind.SAME, String.join("", tokens.subList(0, leading))));
        }
        parts.add(new Part(Kind.SKIPPED, " … "));
        if (trailing > 0) {
            parts.add(new Part(Kind.SAME, String.join("", tokens.subList(tokens.size() - trailing, tokens.size()))));
        }
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(TOKENS.split(text));
    }
}
