package dev.agentpad.yaml;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How tools reread front matter that strict YAML refuses, modelled line for line on their own code, so the checker
 * can say what the tool really gets: the file as the tool rewrites it, read strictly again.
 * <ul>
 * <li>{@code claude-quotes}: Claude Code double-quotes the value of each unindented {@code key: value} line (key of
 * letters, {@code _} and {@code -}) that holds {@code ": "} or one of {@code {}[]*&#!|>%@`}, unless it is quoted
 * already (2.1.88 {@code utils/frontmatterParser.ts}, quoteProblematicValues; CHANGELOG 2.1.69).</li>
 * <li>{@code opencode-blocks}: opencode turns each unindented {@code key: value} line (key of letters, digits and
 * {@code _}) whose value holds a {@code :} into a {@code |-} block, unless the value is empty, quoted or a block
 * header ({@code packages/opencode/src/config/markdown.ts}).</li>
 * </ul>
 */
public final class LenientReread {

    private static final Pattern CLAUDE_LINE = Pattern.compile("^([a-zA-Z_-]+):\\s+(.+)$");
    private static final Pattern CLAUDE_SPECIAL = Pattern.compile("[{}\\[\\]*&#!|>%@`]|: ");
    private static final Pattern OPENCODE_LINE = Pattern.compile("^([a-zA-Z_][a-zA-Z0-9_]*)\\s*:\\s*(.*)$");

    /**
     * The document as the tool rewrites it, read strictly, and for each line of the rewritten text the line of the
     * original it came from (so problems found in it point at the author's text).
     */
    public record Reread(AgentDocument document, FrontMatter frontMatter, int[] originalLine) {

        /** A range in the reread document as a range in the original, line for line (columns clamped). */
        public TextRange toOriginal(TextRange range, AgentDocument original) {
            return new TextRange(offset(range.start(), original), Math.max(offset(range.start(), original), offset(range.end(), original)));
        }

        private int offset(int at, AgentDocument original) {
            int line = document.lines().lineOf(at);
            int column = at - document.lines().lineStart(line);
            int there = originalLine[Math.min(line, originalLine.length - 1)];
            int start = original.lines().lineStart(there);
            int end = LineIndex.lineEnd(original.text(), start);
            return Math.min(start + column, end);
        }
    }

    private LenientReread() {
    }

    /** The front matter as the named strategy rereads it; empty for an unknown or absent strategy. */
    public static Optional<Reread> reread(AgentDocument doc, String strategy) {
        if (strategy == null) {
            return Optional.empty();
        }
        return switch (strategy) {
            case "claude-quotes" -> Optional.of(rewrite(doc, LenientReread::claudeLine));
            case "opencode-blocks" -> Optional.of(rewrite(doc, LenientReread::opencodeLine));
            default -> Optional.empty();
        };
    }

    /** Claude Code's rewrite of one line, or the line itself. */
    static List<String> claudeLine(String line) {
        Matcher m = CLAUDE_LINE.matcher(line);
        if (!m.matches()) {
            return List.of(line);
        }
        String value = m.group(2);
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        if (quoted || !CLAUDE_SPECIAL.matcher(value).find()) {
            return List.of(line);
        }
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        return List.of(m.group(1) + ": \"" + escaped + "\"");
    }

    /** opencode's rewrite of one line: a block header and the value indented under it, or the line itself. */
    static List<String> opencodeLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || line.startsWith(" ") || line.startsWith("\t")) {
            return List.of(line);
        }
        Matcher m = OPENCODE_LINE.matcher(line);
        if (!m.matches()) {
            return List.of(line);
        }
        String value = m.group(2).strip();
        if (value.isEmpty() || value.equals(">") || value.equals("|") || value.startsWith("\"") || value.startsWith("'")
                || !value.contains(":")) {
            return List.of(line);
        }
        return List.of(m.group(1) + ": |-", "  " + value);
    }

    private static Reread rewrite(AgentDocument doc, Function<String, List<String>> perLine) {
        String text = doc.text();
        TextRange yaml = doc.yamlRange();
        List<String> out = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        int firstYamlLine = doc.lines().lineOf(yaml.start());
        for (int line = 0; line < firstYamlLine; line++) {
            origin.add(line);
        }
        String[] lines = yaml.of(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int count = yaml.isEmpty() ? 0 : (yaml.of(text).endsWith("\n") || yaml.of(text).endsWith("\r") ? lines.length - 1 : lines.length);
        for (int i = 0; i < count; i++) {
            for (String rewritten : perLine.apply(lines[i])) {
                out.add(rewritten);
                origin.add(firstYamlLine + i);
            }
        }
        StringBuilder rewritten = new StringBuilder(text.substring(0, yaml.start()));
        out.forEach(l -> rewritten.append(l).append('\n'));
        String rest = text.substring(yaml.end());
        rewritten.append(rest);
        int restFirstLine = firstYamlLine + count;
        int restLines = (int) rest.chars().filter(c -> c == '\n').count() + 1;
        for (int i = 0; i < restLines; i++) {
            origin.add(restFirstLine + i);
        }
        AgentDocument reread = AgentDocument.parse(rewritten.toString());
        return new Reread(reread, FrontMatterReader.read(reread), origin.stream().mapToInt(Integer::intValue).toArray());
    }
}
