package dev.agentpad.review;

import dev.agentpad.document.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One front-matter key compared across two versions: what happened to it, both values as written, and the change in
 * the reader's terms (set changes for lists, rule changes for permissions, a word diff for long text).
 *
 * @param before      the value as written before, or null when the key was added
 * @param after       the value as written after, or null when it was removed
 * @param details     the change in words: "+ WebFetch", "- Bash", "bash: \"git push*\" ask -> deny"
 * @param words       for text values, the word diff; empty otherwise
 * @param beforeLines the key's whole lines in the old text, when it was there
 * @param afterLines  the key's whole lines in the new text, when it is there
 */
public record FieldChange(String key, Mark mark, String before, String after, List<String> details,
                          List<WordDiff.Piece> words, Optional<TextRange> beforeLines, Optional<TextRange> afterLines) {

    /** What happened to a key. */
    public enum Mark {
        ADDED("added"), REMOVED("removed"), CHANGED("changed"), SAME_MEANING("same meaning"), UNCHANGED("unchanged");

        private final String words;

        Mark(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public FieldChange {
        details = List.copyOf(details);
        words = List.copyOf(words);
    }

    /** True when a tool reads something different: added, removed or changed. */
    public boolean changesMeaning() {
        return mark == Mark.ADDED || mark == Mark.REMOVED || mark == Mark.CHANGED;
    }
}
