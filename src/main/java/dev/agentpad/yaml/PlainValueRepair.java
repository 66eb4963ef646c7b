package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern ANY_KEY_LINE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*[ \\t]*:([ \\t].*)?");
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

    public static List<Candidate> find(AgentDocument doc) {
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
            int valueEnd = lines.lineStart(line) + content.length();
            List<String> comments = new ArrayList<>();
            StringBuilder intended = new StringBuilder(withoutComment(m.group(2), comments).strip());
            int next = line + 1;
            while (next <= last && isContinuation(lineContent(text, lines, next))) {
                String more = lineContent(text, lines, next);
                intended.append(' ').append(withoutComment(more, comments).strip());
                valueEnd = lines.lineStart(next) + more.length();
                next++;
            }
            String value = intended.toString();
            int colon = text.substring(valueStart, valueEnd).indexOf(": ");
            if (colon < 0 && !value.endsWith(":")) {
                line = next - 1;
                continue;
            }
            int colonAt = colon < 0 ? valueEnd - 1 : valueStart + colon;
            String comment = comments.isEmpty() ? "" : " " + String.join(" ", comments);
            found.add(new Candidate(m.group(1), new TextRange(colonAt, colonAt + 1), new TextRange(valueStart, valueEnd),
                    value, new TextEdit(new TextRange(valueStart, valueEnd), rewrite(value, comment, nl))));
            line = next - 1;
        }
        return found;
    }

    /**
     * The front matter as it reads once every broken value is repaired, when that makes it valid: what the
     * author meant, used to detect the dialect and name of a file that strict YAML rejects.
     */
    public static java.util.Optional<YamlMapping> readRepaired(AgentDocument doc) {
        return repaired(doc).flatMap(r -> r.frontMatter().mapping());
    }

    /**
     * The document with every broken value repaired, when that makes the front matter valid, and the way back from
     * its offsets to the original's: so checks that need valid YAML can still point at the author's text.
     */
    public static java.util.Optional<Repaired> repaired(AgentDocument doc) {
        List<Candidate> candidates = find(doc);
        if (candidates.isEmpty()) {
            return java.util.Optional.empty();
        }
        String text = doc.text();
        for (int i = candidates.size() - 1; i >= 0; i--) {
            text = candidates.get(i).fix().applyTo(text);
        }
        FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
        return fm.isValid() ? java.util.Optional.of(new Repaired(fm, candidates)) : java.util.Optional.empty();
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

    private static boolean isContinuation(String line) {
        if (line.isBlank()) {
            return false;
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            return true;
        }
        return !ANY_KEY_LINE.matcher(line).matches() && !line.startsWith("#") && !line.startsWith("- ");
    }

    /** The value in a form strict YAML reads back; a comment the line had stays a comment after the header. */
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
