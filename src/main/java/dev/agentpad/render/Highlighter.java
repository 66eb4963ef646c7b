package dev.agentpad.render;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Syntax highlighting as plain data: the whole text cut into {@link StyleRun}s of CSS classes. The lexical layer
 * comes from {@link LineLexer}, line by line (the editor runs the same lexer incrementally as the user types); the
 * semantic layer is the problems, drawn as underlines over it ({@link #overlay}).
 */
public final class Highlighter {

    /** The style classes, in a fixed order (each is one bit of a character's style). */
    public static final List<String> CLASSES = List.of("fence", "yaml-key", "yaml-string", "yaml-number", "yaml-boolean",
            "yaml-null", "yaml-comment", "yaml-block", "yaml-punct", "yaml-anchor", "yaml-tag", "md-heading", "md-emphasis",
            "md-strong", "md-code", "md-codeblock", "md-list", "md-link", "md-quote", "md-rule", "md-strike", "prompt-tag",
            "prompt-placeholder", "prompt-ref", "problem-error", "problem-warning", "problem-info");

    /** A problem's underline: the range it covers and its class ({@code problem-error} ...). */
    public record Underline(TextRange range, String cls) {

        public static List<Underline> of(List<Diagnostic> diagnostics, int textLength) {
            return of(diagnostics, textLength, Integer.MAX_VALUE);
        }

        /** At most {@code max} underlines, errors before warnings before infos, each group in text order. */
        public static List<Underline> of(List<Diagnostic> diagnostics, int textLength, int max) {
            List<Underline> out = new ArrayList<>();
            List<Diagnostic> worstFirst = diagnostics;
            if (diagnostics.size() > max) {
                worstFirst = new ArrayList<>(diagnostics);
                worstFirst.sort(Comparator.comparing(Diagnostic::severity));
                worstFirst = worstFirst.subList(0, max);
            }
            for (Diagnostic d : worstFirst) {
                int start = Math.min(d.range().start(), textLength);
                int end = Math.min(Math.max(d.range().end(), start + 1), textLength);
                out.add(new Underline(new TextRange(Math.min(start, end), end), "problem-" + d.severity().label()));
            }
            return out;
        }
    }

    private Highlighter() {
    }

    public static List<StyleRun> highlight(AgentDocument doc, List<Diagnostic> diagnostics) {
        String text = doc.text();
        List<StyleRun> runs = new ArrayList<>();
        LineLexer.State state = LineLexer.State.START;
        int at = 0;
        while (at < text.length()) {
            int end = LineIndex.lineEnd(text, at);
            LineLexer.Line line = LineLexer.lex(text.substring(at, end), state);
            runs.addAll(line.runs());
            state = line.next();
            int next = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                    ? end + 2 : Math.min(end + 1, text.length());
            if (next > end) {
                runs.add(new StyleRun(next - end, List.of()));
            }
            at = next;
        }
        return overlay(runs, 0, Underline.of(diagnostics, text.length()));
    }

    /**
     * At most {@code max} runs: past the first {@code max - 1}, the rest of the text as one plain run. A line of
     * thousands of tags would otherwise become thousands of text nodes in one paragraph, which the editor lays out
     * again at every keystroke (a 95 KB line of tags took 12 s to open and a minute per keystroke).
     */
    public static List<StyleRun> atMost(List<StyleRun> runs, int max) {
        if (runs.size() <= max) {
            return runs;
        }
        List<StyleRun> out = new ArrayList<>(runs.subList(0, max - 1));
        int rest = runs.subList(max - 1, runs.size()).stream().mapToInt(StyleRun::length).sum();
        out.add(new StyleRun(rest, List.of()));
        return out;
    }

    /**
     * Runs with problem underlines added: {@code runs} cover the text from offset {@code start}; each underline that
     * overlaps them adds its class to the characters it covers.
     */
    public static List<StyleRun> overlay(List<StyleRun> runs, int start, List<Underline> underlines) {
        int total = runs.stream().mapToInt(StyleRun::length).sum();
        List<Underline> here = underlines.stream()
                .filter(u -> u.range().end() > start && u.range().start() < start + total).toList();
        if (here.isEmpty()) {
            return runs;
        }
        List<Integer> cuts = new ArrayList<>();
        for (Underline u : here) {
            cuts.add(Math.max(0, u.range().start() - start));
            cuts.add(Math.min(total, u.range().end() - start));
        }
        List<StyleRun> out = new ArrayList<>();
        int pos = 0;
        for (StyleRun run : runs) {
            int runEnd = pos + run.length();
            int from = pos;
            List<Integer> inside = cuts.stream().filter(c -> c > from && c < runEnd).sorted().distinct().toList();
            int piece = pos;
            for (int cut : inside) {
                out.add(new StyleRun(cut - piece, classesAt(run.classes(), start + piece, here)));
                piece = cut;
            }
            out.add(new StyleRun(runEnd - piece, classesAt(run.classes(), start + piece, here)));
            pos = runEnd;
        }
        return out;
    }

    private static List<String> classesAt(List<String> base, int offset, List<Underline> underlines) {
        List<String> classes = null;
        for (Underline u : underlines) {
            if (offset >= u.range().start() && offset < u.range().end()) {
                if (classes == null) {
                    classes = new ArrayList<>(base);
                }
                if (!classes.contains(u.cls())) {
                    classes.add(u.cls());
                }
            }
        }
        return classes == null ? base : classes;
    }
}
