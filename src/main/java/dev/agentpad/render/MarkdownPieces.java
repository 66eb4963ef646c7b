package dev.agentpad.render;

import java.util.ArrayList;
import java.util.List;
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
 * parsed pieces about those: a fenced code block at the top level that is not closed yet, and an HTML block. The
 * third thing that reaches across blocks, a link reference definition ({@code [label]: url}, usable anywhere), needs
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
        int from = 0;
        for (int k = 1; k < pieces; k++) {
            int at = safeCut(text, Math.max(from + minPieceChars, (int) ((long) text.length() * k / pieces)));
            if (at < 0 || text.length() - at < minPieceChars) {
                break;
            }
            parts.add(text.substring(from, at));
            from = at;
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** The first start of a line at or after {@code from} that begins with a letter and follows a blank line; -1 if none. */
    private static int safeCut(String text, int from) {
        for (int nl = text.indexOf('\n', Math.max(0, from - 1)); nl >= 0 && nl + 1 < text.length(); nl = text.indexOf('\n', nl + 1)) {
            char next = text.charAt(nl + 1);
            if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') && blankLineEndsAt(text, nl)) {
                return nl + 1;
            }
        }
        return -1;
    }

    /** True when the line that {@code nl} ends holds only spaces and tabs (and the \r of a \r\n), after a line of its own. */
    private static boolean blankLineEndsAt(String text, int nl) {
        int i = nl - 1;
        if (i >= 0 && text.charAt(i) == '\r') {
            i--;
        }
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }

    /**
     * True when the pieces, parsed apart, hold the blocks the whole text would: no piece but the last ends in a fenced
     * code block still open (the next piece would hold its closing fence) or in an HTML block (which may run on to its
     * end tag, blank lines and all).
     */
    static boolean joinable(List<Document> pieces) {
        for (Document piece : pieces.subList(0, pieces.size() - 1)) {
            Node last = piece.getLastChild();
            if (last instanceof HtmlBlock || last instanceof FencedCodeBlock code && code.getClosingFenceLength() == null) {
                return false;
            }
        }
        return true;
    }
}
