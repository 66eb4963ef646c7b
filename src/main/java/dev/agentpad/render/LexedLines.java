package dev.agentpad.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The lexer's state at the start of every line of a text, kept up to date through edits: after an edit, lines are
 * re-lexed from the first changed one until a line ends in the state it ended in before (and the edited lines are
 * done), so a keystroke re-lexes a line or two and a fence opened or closed re-lexes until the next fence. The
 * caller gets the runs of exactly the lines that were re-lexed and applies only those.
 */
public final class LexedLines {

    /** A line that was (re-)lexed: its index and its runs (line break excluded). */
    public record Styled(int line, List<StyleRun> runs) {
    }

    /** {@code states.get(i)} is the state at the start of line i; one more entry holds the state after the last line. */
    private final List<LineLexer.State> states = new ArrayList<>();
    /** Lines below this have states known to be right; lexing a huge text goes on in slices from here. */
    private int frontier;

    /** Starts over for a whole new text of {@code lineCount} lines; nothing is lexed until {@link #lexMore}. */
    public void reset(int lineCount) {
        states.clear();
        states.add(LineLexer.State.START);
        for (int i = 0; i < lineCount; i++) {
            states.add(null);
        }
        frontier = 0;
    }

    /** Lexes up to {@code max} more lines past the frontier (a new text is lexed in slices, first screen first). */
    public List<Styled> lexMore(int max, IntFunction<String> lineText) {
        List<Styled> styled = new ArrayList<>();
        int lines = states.size() - 1;
        while (frontier < lines && styled.size() < max) {
            LineLexer.Line l = LineLexer.lex(lineText.apply(frontier), states.get(frontier));
            styled.add(new Styled(frontier, l.runs()));
            states.set(frontier + 1, l.next());
            frontier++;
        }
        return styled;
    }

    public boolean complete() {
        return frontier >= states.size() - 1;
    }

    /** How many lines from the top are lexed (a large text's slices move this on). */
    public int lexedLines() {
        return frontier;
    }

    /**
     * Takes an edit that replaced lines {@code first .. first + removed} (exclusive; the line holding the edit's
     * start counts once) with {@code inserted} lines, and re-lexes what it changed.
     */
    public List<Styled> edited(int first, int removedLines, int insertedLines, IntFunction<String> lineText) {
        for (int i = 0; i < removedLines; i++) {
            states.remove(first + 1);
        }
        for (int i = 0; i < insertedLines; i++) {
            states.add(first + 1, null);
        }
        int known = frontier > first + removedLines ? frontier - removedLines + insertedLines : Math.min(frontier, first);
        if (first > frontier) {
            return List.of(); // beyond what is lexed yet: the slices get there
        }
        int lastEdited = first + insertedLines;
        int lines = states.size() - 1;
        List<Styled> styled = new ArrayList<>();
        int line = first;
        boolean converged = false;
        while (line < lines && line <= Math.max(known, lastEdited)) {
            LineLexer.Line l = LineLexer.lex(lineText.apply(line), states.get(line));
            styled.add(new Styled(line, l.runs()));
            LineLexer.State before = states.get(line + 1);
            states.set(line + 1, l.next());
            line++;
            if (line > lastEdited && line <= known && l.next().equals(before)) {
                converged = true;
                break;
            }
        }
        frontier = converged ? known : line;
        return styled;
    }

    /** A line lexed again from its known state, to draw it anew (new problems); empty when it is not lexed yet. */
    public Optional<Styled> restyle(int line, String text) {
        if (line >= frontier || states.get(line) == null) {
            return Optional.empty();
        }
        return Optional.of(new Styled(line, LineLexer.lex(text, states.get(line)).runs()));
    }

    public int lineCount() {
        return states.size() - 1;
    }

    LineLexer.State stateAt(int line) {
        return states.get(line);
    }
}
