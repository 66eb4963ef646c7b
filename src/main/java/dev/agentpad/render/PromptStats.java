package dev.agentpad.render;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Size of a prompt as people and models count it. Tokens are counted with jtokkit's o200k_base, the encoding
 * of current OpenAI models; other vendors' tokenizers differ by some percent, so the figure is an estimate.
 */
public record PromptStats(int characters, int words, int lines, int tokens) {

    private static final class Tokenizer {
        static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
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
        int lines = text.isEmpty() ? 0 : dev.agentpad.document.LineIndex.of(text).lineCount()
                - (text.endsWith("\n") || text.endsWith("\r") ? 1 : 0);
        return new PromptStats(text.codePointCount(0, text.length()), words, lines, Tokenizer.O200K.countTokensOrdinary(text));
    }
}
