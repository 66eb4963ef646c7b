package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the most common defect of public agent files: a top-level value written unquoted that contains
 * {@code ": "} (often a long description, sometimes continued on unindented lines), which strict YAML rejects
 * with "mapping values are not allowed here". Works on the raw text, since the YAML does not parse, and
 * proposes the value rewritten as a folded block that reads back as the author's text.
 */
public final class PlainValueRepair {

    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \\t]*:[ \\t]+(\\S.*)");
    private static final Pattern ANY_KEY_LINE = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \\t]*:([ \\t].*)?");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9_-]*)(?:\\s[^<>]*)?(/?)>");
    /** Lowercase words that start lines of example dialogue in descriptions, not keys. */
    private static final Set<String> DIALOGUE = Set.of("user", "assistant", "human", "ai", "agent", "claude", "system", "context",
            "commentary", "example", "examples", "note", "input", "output", "response", "answer", "question", "result");
    private static final String NOT_PLAIN_STARTS = "'\"|>[{&*!#%@`";

    /**
     * One broken value.
     *
     * @param colon    the first {@code ": "} inside the value: where a strict parser stops
     * @param value    the value's text from its first character to the end of its last line
     * @param intended the text the author meant: the lines joined with single spaces, as plain YAML would
     * @param fix      the value rewritten in a form strict YAML reads back as {@code intended}
     */
    public record Candidate(String key, TextRange colon, TextRange value, String intended, TextEdit fix) {
    }

    private PlainValueRepair() {
    }

    /** {@link #find(AgentDocument, Set)} knowing no keys: only capitalised key-like lines count as prose. */
    public static List<Candidate> find(AgentDocument doc) {
        return find(doc, Set.of());
    }

    /**
     * Every top-level plain value that strict YAML cannot read: one with {@code ": "} in it, or one that goes on over
     * unindented lines. A value goes on through blank lines, indented lines, bullets and prose such as
     * {@code Context: ...} or {@code user: "..."} lines, and everything inside {@code <example>...</example>}; it ends at a
     * line that starts one of {@code knownKeys} (the keys some tool reads) or another key-like line, or at a comment.
     */
    public static List<Candidate> find(AgentDocument doc, Set<String> knownKeys) {
        List<Candidate> found = new ArrayList<>();
        String text = doc.text();
        LineIndex lines = doc.lines();
        TextRange yaml = doc.yamlRange();
        int first = lines.lineOf(yaml.start());
        int last = yaml.isEmpty() ? first - 1 : lines.lineOf(yaml.end() - 1);
        String nl = doc.lineEndings().dominant();
        for (int line = first; line <= last; line++) {
            String content = lineContent(text, lines, line);
            Matcher m = KEY_LINE.matcher(content);
            if (!m.matches() || NOT_PLAIN_STARTS.indexOf(m.group(2).charAt(0)) >= 0) {
                continue;
            }
            int valueStart = lines.lineStart(line) + m.start(2);
            List<String> comments = new ArrayList<>();
            List<String> valueLines = new ArrayList<>(List.of(withoutComment(m.group(2), comments).strip()));
            int depth = tagChange(m.group(2));
            int lastLine = line;
            boolean unindented = false;
            for (int next = line + 1; next <= last; next++) {
                String more = lineContent(text, lines, next);
                if (more.isBlank()) {
                    continue;
                }
                if (!isContinuation(more, depth, knownKeys)) {
                    break;
                }
                for (int blank = lastLine + 1; blank < next; blank++) {
                    valueLines.add("");
                }
                valueLines.add(withoutComment(more, comments).strip());
                unindented |= more.charAt(0) != ' ' && more.charAt(0) != '\t';
                depth = Math.max(0, depth + tagChange(more));
                lastLine = next;
            }
            int valueEnd = lines.lineStart(lastLine) + lineContent(text, lines, lastLine).length();
            String value = folded(valueLines);
            int colon = text.substring(valueStart, valueEnd).indexOf(": ");
            if (colon < 0 && !value.endsWith(":") && !unindented && lastLine == line) {
                continue;
            }
            int colonAt = colon >= 0 ? valueStart + colon : value.endsWith(":") ? valueEnd - 1 : valueStart;
            String comment = comments.isEmpty() ? "" : " " + String.join(" ", comments);
            found.add(new Candidate(m.group(1), new TextRange(colonAt, colonAt + 1), new TextRange(valueStart, valueEnd),
                    value, new TextEdit(new TextRange(valueStart, valueEnd), valueLines.size() > 1
                    ? asWritten(valueLines, comment, nl) : rewrite(value, comment, nl))));
            line = lastLine;
        }
        return found;
    }

    /**
     * Opening tags minus closing ones on a line that starts with a tag: {@code <example>} opens, {@code </example>}
     * closes, {@code <br/>} neither. A tag inside prose ("within a <reasoning> tag") opens no block.
     */
    private static int tagChange(String line) {
        if (!line.strip().startsWith("<")) {
            return 0;
        }
        int change = 0;
        Matcher tag = TAG.matcher(line);
        while (tag.find()) {
            change += tag.group(1).isEmpty() ? (tag.group(3).isEmpty() ? 1 : 0) : -1;
        }
        return change;
    }

    /** Lines of a plain scalar as YAML reads them: joined with a space, each blank line a line break. */
    static String folded(List<String> valueLines) {
        StringBuilder out = new StringBuilder();
        boolean afterBlank = false;
        for (String l : valueLines) {
            if (l.isEmpty()) {
                out.append('\n');
                afterBlank = true;
                continue;
            }
            if (out.length() > 0 && !afterBlank) {
                out.append(' ');
            }
            out.append(l);
            afterBlank = false;
        }
        return out.toString();
    }

    /** All the repairs as one edit, from the first broken value to the last: one undo step, one click. */
    public static TextEdit repairAll(String text, List<Candidate> candidates) {
        int start = candidates.get(0).value().start();
        int end = candidates.get(candidates.size() - 1).value().end();
        StringBuilder out = new StringBuilder();
        int cursor = start;
        for (Candidate c : candidates) {
            out.append(text, cursor, c.value().start()).append(c.fix().replacement());
            cursor = c.value().end();
        }
        return new TextEdit(new TextRange(start, end), out.toString());
    }

    /**
     * The front matter as it reads once every broken value is repaired, when that makes it valid: what the
     * author meant, used to detect the dialect and name of a file that strict YAML rejects.
     */
    public static Optional<YamlMapping> readRepaired(AgentDocument doc, Set<String> knownKeys) {
        return repaired(doc, knownKeys).flatMap(r -> r.frontMatter().mapping());
    }

    /**
     * The document with every broken value repaired, when that makes the front matter valid, and the way back from
     * its offsets to the original's: so checks that need valid YAML can still point at the author's text.
     */
    public static Optional<Repaired> repaired(AgentDocument doc, Set<String> knownKeys) {
        List<Candidate> candidates = find(doc, knownKeys);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String text = doc.text();
        for (int i = candidates.size() - 1; i >= 0; i--) {
            text = candidates.get(i).fix().applyTo(text);
        }
        FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
        return fm.isValid() ? Optional.of(new Repaired(fm, candidates)) : Optional.empty();
    }

    /** A repaired document and the repairs that made it. */
    public record Repaired(FrontMatter frontMatter, List<Candidate> repairs) {

        /** A range in the repaired text as a range in the original: inside a repaired value, that whole value. */
        public TextRange toOriginal(TextRange repaired) {
            return new TextRange(toOriginal(repaired.start(), false), Math.max(toOriginal(repaired.start(), false),
                    toOriginal(repaired.end(), true)));
        }

        private int toOriginal(int offset, boolean end) {
            int delta = 0;
            for (Candidate c : repairs) {
                int start = c.value().start() + delta;
                int replacedEnd = start + c.fix().replacement().length();
                if (offset < start || (end && offset == start)) {
                    break;
                }
                if (offset < replacedEnd || (end && offset == replacedEnd)) {
                    return end ? c.value().end() : c.value().start();
                }
                delta += c.fix().replacement().length() - c.value().length();
            }
            return offset - delta;
        }
    }

    /**
     * Whether a non-blank line after a broken value still belongs to it. Inside an open {@code <example>} everything
     * does; outside, a key some tool reads ends the value, as does a lowercase key-like line that is not dialogue.
     */
    private static boolean isContinuation(String line, int tagDepth, Set<String> knownKeys) {
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            return true;
        }
        Matcher key = ANY_KEY_LINE.matcher(line);
        if (key.matches() && knownKeys.contains(key.group(1))) {
            return false;
        }
        if (tagDepth > 0) {
            return true;
        }
        if (line.startsWith("#")) {
            return false;
        }
        if (!key.matches()) {
            return true;
        }
        String name = key.group(1);
        return Character.isUpperCase(name.charAt(0)) || DIALOGUE.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The value in a form strict YAML reads back; a comment the line had stays a comment after the header. */
    /**
     * A value written over several lines as a folded block that keeps the author's lines: folding joins them with
     * spaces exactly as plain YAML would have, so the text reads the same and the file still looks like theirs.
     */
    private static String asWritten(List<String> valueLines, String comment, String nl) {
        StringBuilder out = new StringBuilder(">-").append(comment);
        for (String l : valueLines) {
            out.append(nl);
            if (!l.isEmpty()) {
                out.append("  ").append(l);
            }
        }
        return out.toString();
    }

    private static String rewrite(String value, String comment, String nl) {
        String folded = ScalarWriter.folded(value, "  ", nl);
        if (folded != null) {
            int headerEnd = folded.indexOf(nl);
            return folded.substring(0, headerEnd) + comment + folded.substring(headerEnd);
        }
        String single = ScalarWriter.singleQuoted(value);
        return (single != null ? single : ScalarWriter.doubleQuoted(value)) + comment;
    }

    /** A line's text up to a YAML comment (" #"), which it moves to {@code comments}. */
    private static String withoutComment(String line, List<String> comments) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                comments.add(line.substring(i).strip());
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String lineContent(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        return text.substring(start, LineIndex.lineEnd(text, start));
    }
}
