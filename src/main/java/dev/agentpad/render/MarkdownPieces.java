package dev.agentpad.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * A long prompt's Markdown cut into pieces that parse to the same blocks apart as together, so that each core can
 * parse and render one: commonmark takes about 0.8 s for 3 MB on one thread, the longest step of
 * {@code agentpad render} on such a prompt.
 *
 * <p>A cut goes only before a line that starts with a letter and follows a blank line. After a blank line, such a line
 * continues nothing: a paragraph, table or indented code before it has ended, and it cannot belong to a list item or a
 * block quote, which would need it indented or marked. Only two blocks run on over it, and {@link #joinable} asks the
 * parsed pieces about those: a fenced code block at the top level that is not closed yet, and an HTML block of the
 * kinds that end at an end tag rather than at a blank line ({@code <pre>}, {@code <script>}, a comment ...). Cuts are
 * chosen outside both as far as a quick reading of the lines can tell, since a cut that does not join means parsing
 * the whole text again (found by a new-user trial: a 3 MB prompt took 1.5 to 2 s). The third thing that reaches across blocks, a link reference definition ({@code [label]: url}, usable anywhere), needs
 * {@code "]:"} in the text; a text with one is not cut at all.
 */
final class MarkdownPieces {

    /** Below this many characters a piece is not worth a thread of its own. */
    static final int MIN_PIECE_CHARS = 256 * 1024;

    private MarkdownPieces() {
    }

    /**
     * The text in at most {@code pieces} parts of at least {@code minPieceChars} each, joined again exactly by
     * concatenation; one part when it is too short, has no place to cut, or may define link references.
     */
    static List<String> cut(String text, int pieces, int minPieceChars) {
        if (pieces < 2 || text.length() < 2L * minPieceChars || text.contains("]:")) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        Lines lines = new Lines(text);
        int from = 0;
        for (int k = 1; k < pieces; k++) {
            int at = lines.nextCut(Math.max(from + minPieceChars, (int) ((long) text.length() * k / pieces)));
            if (at < 0 || text.length() - at < minPieceChars) {
                break;
            }
            parts.add(text.substring(from, at));
            from = at;
        }
        parts.add(text.substring(from));
        return parts;
    }

    /**
     * The text's lines, read once from the top, with the fenced code block or the HTML block that may still be open at
     * each: a cut inside one would not join, and the whole text would be parsed again. This reading does not know
     * about lists and quotes, so it can be wrong about a block inside one; {@link #joinable} has the last word.
     */
    private static final class Lines {
        private final String text;
        private int next; // where the next line to read starts
        private boolean previousBlank;
        private char fence; // the open fenced code block's character, 0 when none
        private int fenceLength;
        private String[] htmlEnds; // what ends the open HTML block, null when none

        Lines(String text) {
            this.text = text;
        }

        /** The first start of a line at or after {@code from}, outside code and HTML, that begins with a letter after a blank line; -1 if none. */
        int nextCut(int from) {
            while (next < text.length()) {
                int start = next;
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                next = newline < 0 ? text.length() : newline + 1;
                boolean cut = start >= from && previousBlank && fence == 0 && htmlEnds == null && isLetter(text.charAt(start));
                read(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
                if (cut) {
                    return start;
                }
            }
            return -1;
        }

        private void read(int start, int end) {
            boolean blank = true;
            for (int i = start; i < end && blank; i++) {
                blank = text.charAt(i) == ' ' || text.charAt(i) == '\t';
            }
            previousBlank = blank;
            int at = start;
            while (at < end && at - start < 4 && text.charAt(at) == ' ') {
                at++;
            }
            if (fence != 0) {
                int run = run(at, end, fence);
                if (at - start < 4 && run >= fenceLength && text.substring(at + run, end).isBlank()) {
                    fence = 0;
                }
            } else if (htmlEnds != null) {
                if (containsAny(text.substring(start, end), htmlEnds)) {
                    htmlEnds = null;
                }
            } else if (at == start && at < end) { // opened at the line's start: an indented one is most likely in a list item
                char c = text.charAt(at);
                int run = run(at, end, c);
                if ((c == '`' || c == '~') && run >= 3 && (c == '~' || text.indexOf('`', at + run) < 0 || text.indexOf('`', at + run) >= end)) {
                    fence = c;
                    fenceLength = run;
                } else if (c == '<') {
                    String line = text.substring(at, end);
                    String[] ends = htmlBlockEnds(line);
                    htmlEnds = ends != null && !containsAny(line.substring(1), ends) ? ends : null; // as mayRunOn decides
                }
            }
        }

        private int run(int at, int end, char c) {
            int i = at;
            while (i < end && text.charAt(i) == c) {
                i++;
            }
            return i - at;
        }
    }

    /** What ends an HTML block that this line starts and that runs on over blank lines (CommonMark's kinds 1 to 5); null for any other line. */
    static String[] htmlBlockEnds(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<script", "<pre", "<style", "<textarea"}) {
            if (lower.startsWith(tag) && (lower.length() == tag.length() || " \t>".indexOf(lower.charAt(tag.length())) >= 0)) {
                return new String[] {"</script>", "</pre>", "</style>", "</textarea>"};
            }
        }
        if (lower.startsWith("<!--")) {
            return new String[] {"-->"};
        }
        if (lower.startsWith("<?")) {
            return new String[] {"?>"};
        }
        if (lower.startsWith("<![cdata[")) {
            return new String[] {"]]>"};
        }
        if (lower.startsWith("<!") && lower.length() > 2 && isLetter(lower.charAt(2))) {
            return new String[] {">"};
        }
        return null;
    }

    /** True for an HTML block of a kind that ends at an end tag (not at a blank line) whose end tag it does not hold yet. */
    private static boolean mayRunOn(String block) {
        String[] ends = htmlBlockEnds(block.lines().findFirst().orElse(""));
        return ends != null && !containsAny(block.substring(1), ends);
    }

    private static boolean containsAny(String line, String[] needles) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String needle : needles) {
            if (lower.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * True when the pieces, parsed apart, hold the blocks the whole text would: no piece but the last ends in a fenced
     * code block still open (the next piece would hold its closing fence) or in an HTML block that may run on to its
     * end tag, blank lines and all ({@code <example>}, which ends at the blank line, does not).
     */
    static boolean joinable(List<Document> pieces) {
        for (Document piece : pieces.subList(0, pieces.size() - 1)) {
            Node last = piece.getLastChild();
            if (last instanceof HtmlBlock html && mayRunOn(html.getLiteral().stripLeading())
                    || last instanceof FencedCodeBlock code && code.getClosingFenceLength() == null) {
                return false;
            }
        }
        return true;
    }
}
