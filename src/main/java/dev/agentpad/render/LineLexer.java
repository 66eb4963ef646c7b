package dev.agentpad.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lexical highlighting one line at a time: the line's text and the lexer's state at its start give the line's style
 * runs and the state at the next line's start. The state says where the line is (before the front matter, in its YAML,
 * inside a block scalar, in the prompt, inside a fenced code block), so an editor can re-lex from any line and stop as
 * soon as a line ends in the same state as before: typing re-styles a line or two, not the document. The classes are
 * those of {@link Highlighter#CLASSES}; problems are a separate layer.
 */
public final class LineLexer {

    /** Where a line starts; equal states mean equal lexing from there on. */
    public record State(Region region, int indent, String fence) {
        public static final State START = new State(Region.START, 0, "");
        static final State FRONT_MATTER = new State(Region.FRONT_MATTER, 0, "");
        static final State BODY = new State(Region.BODY, 0, "");
    }

    /** The part of an agent file a line is in. */
    public enum Region { START, FRONT_MATTER, BLOCK_SCALAR, BODY, CODE_FENCE }

    /** A line's runs (covering its whole length, line break excluded) and the state after it. */
    public record Line(List<StyleRun> runs, State next) {
    }

    private static final Pattern KEY = Pattern.compile("^(\\s*)(-\\s+)?(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#:\"'\\-\\[\\]{},][^:#]*?|-[^\\s:][^:#]*?)(\\s*)(:)(?=\\s|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(-)(\\s+|$)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|[-+]?\\.inf|\\.nan");
    private static final Pattern BOOLEAN = Pattern.compile("true|false|True|False|TRUE|FALSE|yes|no|Yes|No|YES|NO|on|off|On|Off|ON|OFF");
    /** A code fence, also one that opens a list item or sits in a quote ({@code - ```}, {@code > ```}): group 1 the markers, 2 the fence. */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}((?:(?:[-*+]|\\d{1,9}[.)]) +|> ?)*)(`{3,}|~{3,})");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^ {0,3}(?:> ?)+");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s|$)");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])(?=\\s|$)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])([*_])(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]\\n]*]\\([^)\\s]*(?:\\s\"[^\"]*\")?\\)|<https?://[^>\\s]+>|https?://[^\\s<>)]+");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w.-]*(?:\\s[^<>\\n]*)?/?>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}\\n]+}}|\\$ARGUMENTS\\b|\\$[0-9]\\b|\\$\\{[^}\\n]+}");
    private static final Pattern REFERENCE = Pattern.compile("#tool:[\\w./-]+|(?<![\\w@`])@[A-Za-z][\\w.-]*[\\w]");

    private static final Map<String, Integer> BITS = new HashMap<>();

    static {
        for (int i = 0; i < Highlighter.CLASSES.size(); i++) {
            BITS.put(Highlighter.CLASSES.get(i), 1 << i);
        }
    }

    private final String line;
    private final int[] bits;

    private LineLexer(String line) {
        this.line = line;
        this.bits = new int[line.length()];
    }

    /** Lexes {@code line} (without its line break) starting in {@code state}. */
    public static Line lex(String line, State state) {
        LineLexer lexer = new LineLexer(line);
        State next = lexer.run(state);
        return new Line(lexer.runs(), next);
    }

    private State run(State state) {
        return switch (state.region()) {
            case START -> start();
            case FRONT_MATTER -> yamlLine();
            case BLOCK_SCALAR -> blockScalar(state);
            case BODY -> body();
            case CODE_FENCE -> codeFence(state);
        };
    }

    private State start() {
        String bare = line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (bare.stripTrailing().equals("---")) {
            mark(0, line.length(), "fence");
            return State.FRONT_MATTER;
        }
        return body();
    }

    private State yamlLine() {
        if (line.stripTrailing().equals("---")) {
            mark(0, line.length(), "fence");
            return State.BODY;
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return State.FRONT_MATTER;
        }
        if (trimmed.startsWith("#")) {
            mark(0, line.length(), "yaml-comment");
            return State.FRONT_MATTER;
        }
        Matcher key = KEY.matcher(line);
        if (key.find()) {
            int indent = key.group(1).length();
            if (key.group(2) != null) {
                mark(key.start(2), key.start(2) + 1, "yaml-punct");
            }
            mark(key.start(3), key.end(3), "yaml-key");
            mark(key.start(5), key.end(5), "yaml-punct");
            return value(key.end(5), indent);
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.find()) {
            mark(item.start(2), item.end(2), "yaml-punct");
            return value(item.end(), item.group(1).length());
        }
        scalarText(firstNonSpace(0), line.length());
        return State.FRONT_MATTER;
    }

    /** A value from {@code from} to the end of the line, after a key (or list dash) at column {@code indent}. */
    private State value(int from, int indent) {
        int start = firstNonSpace(from);
        if (start >= line.length()) {
            return State.FRONT_MATTER;
        }
        int end = commentStart(start);
        if (end < line.length()) {
            mark(end, line.length(), "yaml-comment");
        }
        String value = line.substring(start, end).stripTrailing();
        int valueEnd = start + value.length();
        char c = value.isEmpty() ? ' ' : value.charAt(0);
        if (c == '|' || c == '>') {
            mark(start, valueEnd, "yaml-block");
            return new State(Region.BLOCK_SCALAR, indent, "");
        }
        if (c == '&' || c == '*') {
            int sp = value.indexOf(' ');
            mark(start, sp < 0 ? valueEnd : start + sp, "yaml-anchor");
            return sp < 0 ? State.FRONT_MATTER : value(start + sp, indent);
        }
        if (c == '!') {
            int sp = value.indexOf(' ');
            mark(start, sp < 0 ? valueEnd : start + sp, "yaml-tag");
            return sp < 0 ? State.FRONT_MATTER : value(start + sp, indent);
        }
        if (c == '[' || c == '{') {
            flow(start, valueEnd);
            return State.FRONT_MATTER;
        }
        if (c == '"' || c == '\'') {
            scalarText(start, valueEnd);
            return State.FRONT_MATTER;
        }
        if (BOOLEAN.matcher(value).matches()) {
            mark(start, valueEnd, "yaml-boolean");
        } else if (value.equals("null") || value.equals("~") || value.equals("Null") || value.equals("NULL")) {
            mark(start, valueEnd, "yaml-null");
        } else if (NUMBER.matcher(value).matches()) {
            mark(start, valueEnd, "yaml-number");
        } else {
            scalarText(start, valueEnd);
        }
        return State.FRONT_MATTER;
    }

    private void flow(int from, int to) {
        int i = from;
        while (i < to) {
            char c = line.charAt(i);
            if ("[]{},:".indexOf(c) >= 0) {
                mark(i, i + 1, "yaml-punct");
                i++;
            } else if (c == ' ') {
                i++;
            } else {
                int j = i;
                if (c == '"' || c == '\'') {
                    j = line.indexOf(c, i + 1);
                    j = j < 0 ? to : Math.min(to, j + 1);
                } else {
                    while (j < to && ",]}:".indexOf(line.charAt(j)) < 0) {
                        j++;
                    }
                }
                mark(i, Math.max(j, i + 1), "yaml-string");
                i = Math.max(j, i + 1);
            }
        }
    }

    private State blockScalar(State state) {
        if (line.isBlank()) {
            return state;
        }
        int indent = firstNonSpace(0);
        if (indent > state.indent() && !line.stripTrailing().equals("---")) {
            scalarText(indent, line.length());
            return state;
        }
        return yamlLine();
    }

    private State body() {
        Matcher fence = FENCE.matcher(line);
        // a backtick fence's info string has no backtick: "```x``` here" is inline code
        if (fence.find() && !(fence.group(2).charAt(0) == '`' && line.indexOf('`', fence.end()) >= 0)) {
            mark(0, line.length(), "md-codeblock");
            // a fence opened in a quote closes behind the quote's marks: remembered as a '>' before the fence
            return new State(Region.CODE_FENCE, 0, (fence.group(1).contains(">") ? ">" : "") + fence.group(2));
        }
        if (HEADING.matcher(line).find()) {
            mark(0, line.length(), "md-heading");
        } else if (RULE.matcher(line).matches()) {
            mark(0, line.length(), "md-rule");
            return State.BODY;
        } else if (line.stripLeading().startsWith(">")) {
            mark(0, line.length(), "md-quote");
        } else {
            Matcher marker = LIST_MARKER.matcher(line);
            if (marker.find()) {
                mark(marker.start(1), marker.end(1), "md-list");
            }
        }
        inline();
        return State.BODY;
    }

    private State codeFence(State state) {
        mark(0, line.length(), "md-codeblock");
        boolean quoted = state.fence().startsWith(">");
        String fence = quoted ? state.fence().substring(1) : state.fence();
        String content = quoted ? QUOTE_MARKS.matcher(line).replaceFirst("") : line;
        String trimmed = content.strip();
        char c = fence.charAt(0);
        boolean indented = content.length() - content.stripLeading().length() > 3;
        boolean closes = trimmed.length() >= fence.length() && trimmed.chars().allMatch(ch -> ch == c) && !indented;
        return closes ? State.BODY : state;
    }

    /** Inline Markdown and prompt constructs in a line of the prompt; nothing inside code spans. */
    private void inline() {
        List<int[]> code = new ArrayList<>();
        if (line.indexOf('`') >= 0) {
            Matcher m = CODE_SPAN.matcher(line);
            while (m.find()) {
                mark(m.start(), m.end(), "md-code");
                code.add(new int[] {m.start(), m.end()});
            }
        }
        boolean star = line.indexOf('*') >= 0 || line.indexOf('_') >= 0;
        if (star) {
            markAll(STRONG, "md-strong", code);
            markAll(EMPHASIS, "md-emphasis", code);
        }
        if (line.contains("~~")) {
            markAll(STRIKE, "md-strike", code);
        }
        if (line.contains("](") || line.contains("http")) {
            markAll(LINK, "md-link", code);
        }
        promptConstructs(0, line.length(), code);
    }

    /** Text of a YAML value, with the prompt constructs it holds (descriptions carry {@code <example>} tags). */
    private void scalarText(int from, int to) {
        if (from >= to) {
            return;
        }
        mark(from, to, "yaml-string");
        promptConstructs(from, to, List.of());
    }

    private void promptConstructs(int from, int to, List<int[]> code) {
        String region = line.substring(from, to);
        if (region.indexOf('<') >= 0) {
            find(TAG, region, from, "prompt-tag", code);
        }
        if (region.indexOf('{') >= 0 || region.indexOf('$') >= 0) {
            find(PLACEHOLDER, region, from, "prompt-placeholder", code);
        }
        if (region.indexOf('@') >= 0 || region.contains("#tool:")) {
            find(REFERENCE, region, from, "prompt-ref", code);
        }
    }

    private void find(Pattern pattern, String region, int from, String cls, List<int[]> code) {
        Matcher m = pattern.matcher(region);
        while (m.find()) {
            if (!inside(code, from + m.start())) {
                mark(from + m.start(), from + m.end(), cls);
            }
        }
    }

    private void markAll(Pattern pattern, String cls, List<int[]> code) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            if (!inside(code, m.start())) {
                mark(m.start(), m.end(), cls);
            }
        }
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Where a YAML comment starts in a plain value (a '#' after a space), or the line's end. */
    private int commentStart(int from) {
        char first = line.charAt(from);
        if (first == '"' || first == '\'') {
            int close = line.indexOf(first, from + 1);
            from = close < 0 ? line.length() : close;
        }
        for (int i = Math.max(from, 1); i < line.length(); i++) {
            if (line.charAt(i) == '#' && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return line.length();
    }

    private int firstNonSpace(int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void mark(int from, int to, String cls) {
        int bit = BITS.get(cls);
        for (int i = Math.max(0, from); i < Math.min(to, bits.length); i++) {
            bits[i] |= bit;
        }
    }

    private List<StyleRun> runs() {
        List<StyleRun> runs = new ArrayList<>();
        int i = 0;
        while (i < bits.length) {
            int j = i;
            while (j < bits.length && bits[j] == bits[i]) {
                j++;
            }
            runs.add(new StyleRun(j - i, classesOf(bits[i])));
            i = j;
        }
        return runs;
    }

    static List<String> classesOf(int set) {
        if (set == 0) {
            return List.of();
        }
        String[] out = new String[Integer.bitCount(set)];
        int k = 0;
        for (int b = 0; b < Highlighter.CLASSES.size(); b++) {
            if ((set & (1 << b)) != 0) {
                out[k++] = Highlighter.CLASSES.get(b);
            }
        }
        return Arrays.asList(out);
    }
}
