package dev.agentpad.document;

/**
 * An agent file's text split the way the tools split it: an optional byte-order mark, a front-matter block
 * fenced by {@code ---} lines at the very top, and the Markdown body. The split only records ranges; the text
 * is kept whole, so {@code parse(text).text()} is always the same string.
 *
 * <p>Fence rules (DIALECTS.md §0): line 1 is {@code ---}, optionally followed by spaces or tabs; the block ends
 * at the next line that is {@code ---} with the same tolerance. Any line terminator counts.
 */
public final class AgentDocument {

    private static final char BOM = '\uFEFF';

    private final String text;
    private final FrontMatterState state;
    private final int contentStart;
    private final TextRange openingFence;
    private final TextRange yaml;
    private final TextRange closingFence;
    private final TextRange body;
    private LineIndex lines;
    private String bodyText;

    private AgentDocument(String text, FrontMatterState state, int contentStart, TextRange openingFence,
                          TextRange yaml, TextRange closingFence, TextRange body) {
        this.text = text;
        this.state = state;
        this.contentStart = contentStart;
        this.openingFence = openingFence;
        this.yaml = yaml;
        this.closingFence = closingFence;
        this.body = body;
    }

    public static AgentDocument parse(String text) {
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        int firstEnd = lineContentEnd(text, start);
        if (!isFence(text, start, firstEnd)) {
            return new AgentDocument(text, FrontMatterState.NONE, start, TextRange.empty(start),
                    TextRange.empty(start), TextRange.empty(start), new TextRange(start, text.length()));
        }
        TextRange opening = new TextRange(start, afterTerminator(text, firstEnd));
        int yamlStart = opening.end();
        if (yamlStart == firstEnd) { // "---" with nothing after it, not even a line break
            return unterminated(text, start, opening);
        }
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int contentEnd = lineContentEnd(text, lineStart);
            if (isFence(text, lineStart, contentEnd)) {
                TextRange closing = new TextRange(lineStart, afterTerminator(text, contentEnd));
                return new AgentDocument(text, FrontMatterState.CLOSED, start, opening,
                        new TextRange(yamlStart, lineStart), closing, new TextRange(closing.end(), text.length()));
            }
            lineStart = afterTerminator(text, contentEnd);
        }
        return unterminated(text, start, opening);
    }

    private static AgentDocument unterminated(String text, int start, TextRange opening) {
        int end = text.length();
        return new AgentDocument(text, FrontMatterState.UNTERMINATED, start, opening,
                new TextRange(opening.end(), end), TextRange.empty(end), TextRange.empty(end));
    }

    private static boolean isFence(String text, int from, int to) {
        if (to - from < 3 || !text.startsWith("---", from)) {
            return false;
        }
        for (int i = from + 3; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int lineContentEnd(String text, int from) {
        return LineIndex.lineEnd(text, from);
    }

    private static int afterTerminator(String text, int contentEnd) {
        return LineIndex.afterBreak(text, contentEnd);
    }

    public String text() {
        return text;
    }

    public FrontMatterState state() {
        return state;
    }

    public boolean hasFrontMatter() {
        return state != FrontMatterState.NONE;
    }

    public boolean hasByteOrderMark() {
        return contentStart == 1;
    }

    /** Offset of the first character after the byte-order mark, if any. */
    public int contentStart() {
        return contentStart;
    }

    /** The opening fence line with its terminator; empty when there is no front matter. */
    public TextRange openingFence() {
        return openingFence;
    }

    /** The YAML between the fences (every line with its terminator); the rest of the file when unterminated. */
    public TextRange yamlRange() {
        return yaml;
    }

    public String yamlText() {
        return yaml.of(text);
    }

    /** The closing fence line with its terminator; empty unless the block is closed. */
    public TextRange closingFence() {
        return closingFence;
    }

    /** The Markdown body: everything after the closing fence, or the whole file without front matter. */
    public TextRange bodyRange() {
        return body;
    }

    /** The body's text, copied out once (a check, the preview and the statistics each read it). */
    public String bodyText() {
        String b = bodyText;
        if (b == null) {
            b = body.of(text);
            bodyText = b;
        }
        return b;
    }

    public LineIndex lines() {
        LineIndex l = lines;
        if (l == null) {
            l = LineIndex.of(text);
            lines = l;
        }
        return l;
    }

    public Position positionOf(int offset) {
        return lines().positionOf(offset);
    }

    public LineEndings lineEndings() {
        return LineEndings.of(text);
    }
}
