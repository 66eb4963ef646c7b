package dev.agentpad.render;

import dev.agentpad.document.LineIndex;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Size of a prompt as people and models count it. Tokens are counted in o200k_base ({@link TokenCounter}), the encoding
 * of current OpenAI models; other vendors' tokenizers differ by some percent, so the figure is an estimate. The text is
 * counted paragraph by paragraph and each paragraph's count is remembered, so after an edit only the paragraph that
 * changed is counted again (counting a 2,000-line prompt whole takes tens of milliseconds).
 */
public record PromptStats(int characters, int words, int lines, int tokens) {

    /** Paragraph to token count, the most recently used kept. */
    private static final Map<String, Integer> COUNTED = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > 50_000;
                }
            });

    /** Tokens of {@code text}, summed over its paragraphs (cut after each blank line). */
    static int tokens(String text) {
        int total = 0;
        int start = 0;
        while (start < text.length()) {
            int cut = text.indexOf("\n\n", start);
            int end = cut < 0 ? text.length() : cut + 2;
            String paragraph = text.substring(start, end);
            Integer known = COUNTED.get(paragraph);
            if (known == null) {
                known = TokenCounter.O200K.count(paragraph);
                COUNTED.put(paragraph, known);
            }
            total += known;
            start = end;
        }
        return total;
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
