package dev.agentpad.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Line diffs of two texts, computed by java-diff-utils (Myers): which lines a change removed and added, and the
 * unified diff a reviewer reads. Lines keep their terminators, so a changed line ending shows as a changed line.
 */
public final class TextDiff {

    private TextDiff() {
    }

    /** The lines removed from {@code before} and added in {@code after}, each in order; unchanged lines between edits are in neither. */
    public record ChangedLines(List<String> removed, List<String> added) {
        public ChangedLines {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    public static ChangedLines changedLines(String before, String after) {
        Patch<String> patch = DiffUtils.diff(lines(before), lines(after));
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            removed.addAll(delta.getSource().getLines());
            added.addAll(delta.getTarget().getLines());
        }
        return new ChangedLines(removed, added);
    }

    /** A unified diff ({@code --- a/NAME}, {@code +++ b/NAME}, hunks with {@code context} lines), or "" when equal. */
    public static String unified(String before, String after, String oldName, String newName, int context) {
        List<String> a = stripped(lines(before));
        List<String> b = stripped(lines(after));
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, a, patch, context);
        return String.join("\n", out) + "\n";
    }

    /** Lines with their terminators. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(l -> {
            int end = l.length();
            while (end > 0 && (l.charAt(end - 1) == '\n' || l.charAt(end - 1) == '\r')) {
                end--;
            }
            return l.substring(0, end);
        }).toList();
    }
}
