package dev.agentpad.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lines a change touched: the lines of {@code before} and {@code after} between their common prefix and
 * suffix. Enough to show a reviewer what a conversion will do, and for tests to prove an edit stayed in its lines.
 */
public record LineDiff(List<String> removed, List<String> added) {

    public static LineDiff of(String before, String after) {
        List<String> a = split(before);
        List<String> b = split(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        return new LineDiff(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
    }

    /** The change as unified-diff lines: "- " for each removed line, "+ " for each added one. */
    public String unified() {
        StringBuilder out = new StringBuilder();
        removed.forEach(l -> out.append("- ").append(l.stripTrailing()).append('\n'));
        added.forEach(l -> out.append("+ ").append(l.stripTrailing()).append('\n'));
        return out.toString();
    }

    /** Lines with their terminators, so a changed line ending shows as a changed line. */
    private static List<String> split(String text) {
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
}
