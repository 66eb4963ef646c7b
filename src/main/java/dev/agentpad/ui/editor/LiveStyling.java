package dev.agentpad.ui.editor;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.document.TextRange;
import dev.agentpad.render.Highlighter;
import dev.agentpad.render.LexedLines;
import dev.agentpad.render.StyleRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reactfx.EventStream;

/**
 * The editor's styles, kept current on the FX thread within the keystroke: the lexical layer re-lexes the lines an
 * edit touched (and on, until the lexer's state settles; see {@link LexedLines}) and restyles only those paragraphs;
 * the semantic layer, the problems of the latest analysis, is drawn over it. Problems already shown move with the text
 * as it is edited, until the next analysis replaces them. A new text is lexed screen first, the rest in slices between
 * frames, so a large file shows at once.
 */
public final class LiveStyling {

    private static final int FIRST_SLICE = 400;
    private static final int SLICE = 3000;
    /** Problems underlined at most (the worst first); the problems list shows them all. */
    static final int MAX_UNDERLINES = 1000;
    /** Styled runs a line shows at most; the rest of a longer one stays plain (see {@link Highlighter#atMost}). */
    static final int MAX_RUNS_PER_LINE = 400;

    private final CodeArea area;
    private final LexedLines lexed = new LexedLines();
    private List<Highlighter.Underline> underlines = List.of();
    private boolean slicing;
    private boolean reloading;
    private boolean stopped;

    LiveStyling(CodeArea area, EventStream<PlainTextChange> textChanges) {
        this.area = area;
        textChanges.subscribe(this::changed);
    }

    /** The whole text was replaced (a file opened): lex it again, first screen now and the rest in slices. */
    void reloaded() {
        underlines = List.of();
        lexed.reset(area.getParagraphs().size());
        apply(lexed.lexMore(FIRST_SLICE, this::paragraph));
        continueSlicing();
    }

    /** Replacing the text in {@code replace} does not restyle as an edit would; {@link #reloaded} follows. */
    void whileReloading(Runnable replace) {
        reloading = true;
        try {
            replace.run();
        } finally {
            reloading = false;
        }
    }

    /** The latest analysis's problems, for {@code text}, which the caller has checked is the editor's text. */
    void showProblems(String text, List<Diagnostic> diagnostics) {
        Map<Integer, List<Highlighter.Underline>> before = byParagraph(underlines);
        underlines = Highlighter.Underline.of(diagnostics, text.length(), MAX_UNDERLINES);
        Map<Integer, List<Highlighter.Underline>> after = byParagraph(underlines);
        TreeSet<Integer> touched = new TreeSet<>(before.keySet());
        touched.addAll(after.keySet());
        List<LexedLines.Styled> restyled = new ArrayList<>();
        for (int p : touched) {
            if (p < lexed.lineCount() && !Objects.equals(before.get(p), after.get(p))) {
                lexed.restyle(p, paragraph(p)).ifPresent(restyled::add);
            }
        }
        apply(restyled);
    }

    /** The underlines on each paragraph they touch (one spanning lines is listed under each). */
    private Map<Integer, List<Highlighter.Underline>> byParagraph(List<Highlighter.Underline> list) {
        Map<Integer, List<Highlighter.Underline>> map = new HashMap<>();
        for (Highlighter.Underline u : list) {
            int first = paragraphOf(u.range().start());
            int last = paragraphOf(Math.max(u.range().start(), u.range().end() - 1));
            for (int p = first; p <= last; p++) {
                map.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
            }
        }
        return map;
    }

    private void changed(PlainTextChange change) {
        if (reloading) {
            return;
        }
        shiftUnderlines(change);
        int first = paragraphOf(change.getPosition());
        int removed = breaks(change.getRemoved());
        int inserted = breaks(change.getInserted());
        apply(lexed.edited(first, removed, inserted, this::paragraph));
        continueSlicing();
    }

    /** Problems move with the text: after an edit they cover the same characters, or the edit's place where they overlapped it. */
    private void shiftUnderlines(PlainTextChange change) {
        if (underlines.isEmpty()) {
            return;
        }
        int at = change.getPosition();
        int removedEnd = at + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        List<Highlighter.Underline> moved = new ArrayList<>(underlines.size());
        for (Highlighter.Underline u : underlines) {
            int start = u.range().start();
            int end = u.range().end();
            if (end <= at) {
                moved.add(u);
                continue;
            }
            int newStart = start >= removedEnd ? start + delta : Math.min(start, at);
            int newEnd = end >= removedEnd ? end + delta : at + change.getInserted().length();
            if (newEnd > newStart) {
                moved.add(new Highlighter.Underline(new TextRange(newStart, newEnd), u.cls()));
            }
        }
        underlines = moved;
    }

    private void continueSlicing() {
        if (slicing || stopped || lexed.complete()) {
            return;
        }
        slicing = true;
        Platform.runLater(() -> {
            slicing = false;
            if (!stopped) {
                apply(lexed.lexMore(SLICE, this::paragraph));
                continueSlicing();
            }
        });
    }

    /** The editor is gone (its tab closed): no more slices of a large text on the FX thread. */
    void stop() {
        stopped = true;
    }

    /** How many lines from the top are styled (a large file's slices move this on). */
    int styledLines() {
        return lexed.lexedLines();
    }

    /** Applies styled lines; a run of consecutive lines goes to the area as one change (one round of its events). */
    private void apply(List<LexedLines.Styled> styled) {
        int paragraphs = area.getParagraphs().size();
        StyleSpansBuilder<Collection<String>> spans = null;
        int first = -1;
        int previous = -2;
        int length = 0;
        for (LexedLines.Styled s : styled) {
            if (s.line() >= paragraphs) {
                continue;
            }
            if (spans != null && s.line() != previous + 1) {
                setStyles(first, spans, length);
                spans = null;
            }
            if (spans == null) {
                spans = new StyleSpansBuilder<>();
                first = s.line();
                length = 0;
            } else {
                spans.add(List.of(), 1); // the line break between two paragraphs
                length++;
            }
            int start = area.getAbsolutePosition(s.line(), 0);
            List<StyleRun> runs = Highlighter.atMost(Highlighter.overlay(s.runs(), start, underlines), MAX_RUNS_PER_LINE);
            for (StyleRun r : runs) {
                spans.add(r.classes(), r.length());
                length += r.length();
            }
            previous = s.line();
        }
        if (spans != null) {
            setStyles(first, spans, length);
        }
    }

    private void setStyles(int paragraph, StyleSpansBuilder<Collection<String>> spans, int length) {
        if (length > 0) {
            area.setStyleSpans(paragraph, 0, spans.create());
        }
    }

    private String paragraph(int line) {
        return area.getParagraph(line).getText();
    }

    private int paragraphOf(int offset) {
        return area.offsetToPosition(Math.min(offset, area.getLength()), TwoDimensional.Bias.Forward).getMajor();
    }

    private static int breaks(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
