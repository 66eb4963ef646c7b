package dev.agentpad.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextDiff;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompt bodies of two versions compared: line by line for the side-by-side view (changed lines paired, with the
 * words that changed within them), as hunks a reviewer can jump to or take back one at a time, and word by word for
 * the rendered prompt.
 *
 * @param rows   the two bodies side by side
 * @param hunks  each run of changed lines, with where it is in both whole texts
 * @param words  the whole bodies compared word by word (within the changed lines; the rest is kept as it is)
 */
public record BodyDiff(List<Row> rows, List<Hunk> hunks, List<WordDiff.Piece> words) {

    /** One line of the side-by-side view; a line number is 0 where that side has no line. */
    public record Row(Kind kind, int oldLine, String oldText, int newLine, String newText, List<WordDiff.Piece> words) {
    }

    public enum Kind { SAME, CHANGED, INSERTED, DELETED }

    /** One run of changed lines: its place in the old and the new whole text, and the old text to take it back to. */
    public record Hunk(TextRange oldRange, TextRange newRange, String oldText, String newText, int firstNewLine) {
    }

    public BodyDiff {
        rows = List.copyOf(rows);
        hunks = List.copyOf(hunks);
        words = List.copyOf(words);
    }

    public boolean changed() {
        return !hunks.isEmpty();
    }

    public static BodyDiff of(AgentDocument before, AgentDocument after) {
        List<String> a = TextDiff.lines(before.bodyText());
        List<String> b = TextDiff.lines(after.bodyText());
        int oldFirstLine = before.lines().lineOf(before.bodyRange().start()) + 1;
        int newFirstLine = after.lines().lineOf(after.bodyRange().start()) + 1;
        Patch<String> patch = DiffUtils.diff(stripped(a), stripped(b));
        List<Row> rows = new ArrayList<>();
        List<Hunk> hunks = new ArrayList<>();
        List<WordDiff.Piece> words = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            words.add(new WordDiff.Piece(WordDiff.Kind.SAME, join(a, i, sourceAt - i)));
            while (i < sourceAt) {
                rows.add(new Row(Kind.SAME, oldFirstLine + i, text(a, i), newFirstLine + j, text(b, j), List.of()));
                i++;
                j++;
            }
            int oldCount = delta.getSource().size();
            int newCount = delta.getTarget().size();
            hunks.add(new Hunk(range(before, a, i, oldCount), range(after, b, j, newCount), join(a, i, oldCount), join(b, j, newCount),
                    newFirstLine + j));
            words.addAll(WordDiff.of(join(a, i, oldCount), join(b, j, newCount)));
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(oldCount, newCount) : 0;
            for (int k = 0; k < paired; k++) {
                rows.add(new Row(Kind.CHANGED, oldFirstLine + i + k, text(a, i + k), newFirstLine + j + k, text(b, j + k),
                        WordDiff.of(text(a, i + k), text(b, j + k))));
            }
            for (int k = paired; k < oldCount; k++) {
                rows.add(new Row(Kind.DELETED, oldFirstLine + i + k, text(a, i + k), 0, "", List.of()));
            }
            for (int k = paired; k < newCount; k++) {
                rows.add(new Row(Kind.INSERTED, 0, "", newFirstLine + j + k, text(b, j + k), List.of()));
            }
            i += oldCount;
            j += newCount;
        }
        words.add(new WordDiff.Piece(WordDiff.Kind.SAME, join(a, i, a.size() - i)));
        while (i < a.size() && j < b.size()) {
            rows.add(new Row(Kind.SAME, oldFirstLine + i, text(a, i), newFirstLine + j, text(b, j), List.of()));
            i++;
            j++;
        }
        return new BodyDiff(rows, hunks, words.stream().filter(p -> !p.text().isEmpty()).toList());
    }

    private static TextRange range(AgentDocument doc, List<String> lines, int first, int count) {
        int start = doc.bodyRange().start();
        for (int k = 0; k < first; k++) {
            start += lines.get(k).length();
        }
        int end = start;
        for (int k = first; k < first + count; k++) {
            end += lines.get(k).length();
        }
        return new TextRange(start, end);
    }

    private static String join(List<String> lines, int first, int count) {
        return String.join("", lines.subList(first, first + count));
    }

    private static String text(List<String> lines, int i) {
        return i < lines.size() ? withoutBreak(lines.get(i)) : "";
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(BodyDiff::withoutBreak).toList();
    }

    private static String withoutBreak(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
