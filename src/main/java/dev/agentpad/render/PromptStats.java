package dev.agentpad.render;

import dev.agentpad.document.LineIndex;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Size of a prompt as people and models count it. Tokens are counted in o200k_base ({@link TokenCounter}), the encoding
 * of current OpenAI models; other vendors' tokenizers differ by some percent, so the figure is an estimate. The text is
 * counted in pieces cut where no token can run across (see {@link #nextCut}), and each piece's count is remembered, so
 * after an edit only the piece that changed is counted again: a line, or a run of lines. (Cut at blank lines only, a
 * 3 MB prompt without one was counted whole again at every typing pause: 40 MB of garbage and 0.1 s each time.)
 */
public record PromptStats(int characters, int words, int lines, int tokens) {

    /** A piece of text to its token count, the most recently used kept. */
    private static final Map<String, Integer> COUNTED = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > 200_000;
                }
            });

    /** Tokens of {@code text}: the same as counting it whole, summed over its pieces. */
    static int tokens(String text) {
        int total = 0;
        int start = 0;
        while (start < text.length()) {
            int end = nextCut(text, start);
            String piece = text.substring(start, end);
            Integer known = COUNTED.get(piece);
            if (known == null) {
                known = TokenCounter.O200K.count(piece);
                COUNTED.put(piece, known);
            }
            total += known;
            start = end;
        }
        return total;
    }

    /**
     * Just after the next line break followed by a letter or a digit, or the end: o200k_base's pieces (see
     * {@link TokenCounter}) never hold a line break and then a letter or digit, so none runs across such a place and
     * the pieces on either side are those of the whole text.
     */
    static int nextCut(String text, int from) {
        for (int lineBreak = text.indexOf('\n', from); lineBreak >= 0 && lineBreak + 1 < text.length();
                lineBreak = text.indexOf('\n', lineBreak + 1)) {
            if (Character.isLetterOrDigit(text.codePointAt(lineBreak + 1))) {
                return lineBreak + 1;
            }
        }
        return text.length();
    }

    public static PromptStats of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        int lines = text.isEmpty() ? 0 : LineIndex.of(text).lineCount()
                - (text.endsWith("\n") || text.endsWith("\r") ? 1 : 0);
        return new PromptStats(text.codePointCount(0, text.length()), words, lines, tokens(text));
    }
}
