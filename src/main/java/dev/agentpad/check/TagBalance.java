package dev.agentpad.check;

import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds XML-like tags that prompts use for structure ({@code <example>...</example>}) that are left open or close
 * nothing. Code (fenced blocks and inline spans) is skipped. An opening tag counts as structure only when it starts
 * its line or is closed on the same line, so prose such as "use the &lt;reasoning&gt; tags" is not flagged.
 */
final class TagBalance {

    /**
     * A tag whose attributes, if any, all have values ({@code <example id="1">}); {@code <file name here>} is prose. The
     * attributes are taken possessively ({@code *+}): nothing after them could use one given back, and the greedy form
     * made the regex engine allocate a set per attempt (15% of what analysing a 3 MB prompt allocated).
     */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9_.-]*)((?:\\s+[A-Za-z_:][\\w:.-]*\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>/]+))*+)\\s*(/?)>");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
    /** "use the &lt;reasoning&gt; tag": a tag followed by one of these words is named, not used. */
    private static final Pattern MENTION = Pattern.compile("\\s+(tags?|sections?|blocks?|elements?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|$)");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "source");

    /** A tag left open ({@code closing} false) or a closing tag with no opening one ({@code closing} true). */
    record Unbalanced(String name, boolean closing, TextRange range) {
    }

    private record Tag(String name, boolean closing, int start, int end, boolean structural) {
    }

    private TagBalance() {
    }

    /**
     * @param flowing true for text whose line breaks mean nothing (a folded description): every opening tag counts
     */
    static List<Unbalanced> find(String text, int from, int to, boolean flowing) {
        List<Tag> tags = tags(text, from, to);
        Deque<Tag> open = new ArrayDeque<>();
        List<Unbalanced> problems = new ArrayList<>();
        for (Tag tag : tags) {
            if (!tag.closing()) {
                if (tag.structural() || flowing) {
                    open.push(tag);
                }
                continue;
            }
            if (open.stream().noneMatch(t -> t.name().equals(tag.name()))) {
                problems.add(new Unbalanced(tag.name(), true, new TextRange(tag.start(), tag.end())));
                continue;
            }
            while (!open.peek().name().equals(tag.name())) {
                Tag unclosed = open.pop();
                problems.add(new Unbalanced(unclosed.name(), false, new TextRange(unclosed.start(), unclosed.end())));
            }
            open.pop();
        }
        open.forEach(t -> problems.add(new Unbalanced(t.name(), false, new TextRange(t.start(), t.end()))));
        problems.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        return problems;
    }

    private static List<Tag> tags(String text, int from, int to) {
        List<Tag> tags = new ArrayList<>();
        // one pair of matchers, reset for each line: made anew per line, they took two fifths of the tag check of a 3 MB prompt
        Matcher tag = TAG.matcher("");
        Matcher mention = MENTION.matcher("");
        String fence = null; // the open code fence, such as ``` or ~~~~
        int nextTagStart = -1; // the first '<' at or after the line, once looked for
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = Math.min(to, LineIndex.lineEnd(text, lineStart));
            // a line is copied only when it may be a fence or hold a tag: a 3 MB prompt has 46,000 lines
            Matcher f = mayBeFence(text, lineStart, lineEnd) ? FENCE.matcher(text.substring(lineStart, lineEnd)) : null;
            boolean isFence = f != null && f.matches();
            if (fence == null && isFence) {
                fence = f.group(1);
            } else if (fence != null) {
                if (isFence && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && f.group(2).isBlank()) {
                    fence = null;
                }
            } else {
                if (nextTagStart < lineStart) { // found once per '<', not once per line: lines without one cost nothing
                    nextTagStart = text.indexOf('<', lineStart);
                    nextTagStart = nextTagStart < 0 ? Integer.MAX_VALUE : nextTagStart;
                }
                if (nextTagStart < lineEnd) {
                    lineTags(text.substring(lineStart, lineEnd), lineStart, tag, mention, tags);
                }
            }
            lineStart = LineIndex.afterBreak(text, lineEnd) == lineEnd ? to : LineIndex.afterBreak(text, lineEnd);
        }
        return tags;
    }

    /** True when the line's first character after spaces is a backtick or a tilde, as a fence's is. */
    private static boolean mayBeFence(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '`' || c == '~';
            }
        }
        return false;
    }

    private static void lineTags(String line, int offset, Matcher m, Matcher mention, List<Tag> out) {
        String masked = maskInlineCode(line);
        m.reset(masked);
        mention.reset(masked);
        Map<String, Integer> closings = null;
        while (m.find()) {
            String name = m.group(2);
            if (!m.group(4).isEmpty() || VOID.contains(name.toLowerCase())) {
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            if (!closing && mention.region(m.end(), masked.length()).matches()) {
                continue;
            }
            boolean startsLine = isBlank(masked, 0, m.start());
            if (!closing && closings == null) {
                closings = closingTags(masked);
            }
            boolean closedHere = !closing && closings.getOrDefault(name, -1) >= m.end();
            out.add(new Tag(name, closing, offset + m.start(), offset + m.end(), startsLine || closedHere));
        }
    }

    /**
     * Each closing tag's name in the line, to where it last stands: found in one pass, not searched again after each
     * opening tag (a line of 300,000 tags took minutes).
     */
    private static Map<String, Integer> closingTags(String line) {
        if (line.indexOf("</") < 0) {
            return Map.of(); // most lines with a tag: no map made for them
        }
        Map<String, Integer> last = new HashMap<>();
        for (int at = line.indexOf("</"); at >= 0; at = line.indexOf("</", at + 2)) {
            int end = at + 2;
            while (end < line.length() && isNameChar(line.charAt(end))) {
                end++;
            }
            if (end > at + 2 && end < line.length() && line.charAt(end) == '>') {
                last.put(line.substring(at + 2, end), at);
            }
        }
        return last;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Blanks out `inline code` and HTML comments so tags shown as code or commented out are not taken as structure. */
    private static String maskInlineCode(String line) {
        if (line.indexOf('`') < 0 && !line.contains("<!--")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        Matcher comment = HTML_COMMENT.matcher(line);
        while (comment.find()) {
            for (int k = comment.start(); k < comment.end(); k++) {
                out.setCharAt(k, ' ');
            }
        }
        int i = 0;
        while ((i = line.indexOf('`', i)) >= 0) {
            int ticks = 0;
            while (i + ticks < line.length() && line.charAt(i + ticks) == '`') {
                ticks++;
            }
            int close = line.indexOf("`".repeat(ticks), i + ticks);
            if (close < 0) {
                break;
            }
            for (int k = i; k < close + ticks; k++) {
                out.setCharAt(k, ' ');
            }
            i = close + ticks;
        }
        return out.toString();
    }
}
