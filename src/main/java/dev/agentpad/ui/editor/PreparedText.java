package dev.agentpad.ui.editor;

import dev.agentpad.document.InParallel;
import dev.agentpad.document.LineIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * A text made into the editor's paragraphs before it is shown, on any thread: building 124,000 paragraphs of a 3 MB
 * prompt is most of opening it, and done on the FX thread it froze the window for most of a second. A long text is
 * built in pieces, one per core, cut after a line break, and joined (which is cheap: the paragraphs are a tree).
 *
 * @param text            the text, with LF line endings
 * @param paragraphs      its paragraphs, unstyled, as the editor holds them
 * @param markCurrentLine whether the current line may be marked (see {@link PromptEditor#LONGEST_MARKED_LINE})
 */
public record PreparedText(String text, StyledDocument<Collection<String>, String, Collection<String>> paragraphs, boolean markCurrentLine) {

    /** Texts shorter than this are built on one thread: a thread's start would cost more than it saves. */
    static final int MIN_PIECE_CHARS = 256 * 1024;

    public static PreparedText of(String text) {
        return of(text, Runtime.getRuntime().availableProcessors(), MIN_PIECE_CHARS);
    }

    /** The same on up to {@code threads} threads, in pieces of {@code minPieceChars} or more. */
    static PreparedText of(String text, int threads, int minPieceChars) {
        List<String> pieces = piecesAfterLineBreaks(text, Math.max(1, Math.min(threads, text.length() / minPieceChars)));
        List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> built =
                InParallel.map(pieces, PreparedText::unstyled, "agentpad-open");
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> whole = built.get(0);
        for (ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> next : built.subList(1, built.size())) {
            whole = whole.concat(next);
        }
        return new PreparedText(text, whole, LineIndex.longestLine(text) <= PromptEditor.LONGEST_MARKED_LINE);
    }

    /**
     * As a code area builds an inserted text: no paragraph style, no text style, plain text segments. Each paragraph's
     * text is asked for once here, because a paragraph makes it on first asking and keeps it, and the area asks for the
     * whole text of an insertion two or three times on the FX thread (0.1 to 0.2 s for 124,000 new paragraphs).
     */
    private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> unstyled(String text) {
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document =
                ReadOnlyStyledDocument.<Collection<String>, String, Collection<String>>fromString(text, List.of(), List.of(), SegmentOps.styledTextOps());
        document.getParagraphs().forEach(Paragraph::getText);
        return document;
    }

    /**
     * {@code text} in up to {@code count} pieces of about equal length, each but the last ending just after a line
     * break; joined, they are the text again, and each piece's last paragraph is empty, so joining adds no line.
     */
    static List<String> piecesAfterLineBreaks(String text, int count) {
        List<String> pieces = new ArrayList<>(count);
        int start = 0;
        for (int i = 1; i < count; i++) {
            int lineBreak = text.indexOf('\n', Math.max(start, (int) ((long) text.length() * i / count)));
            if (lineBreak < 0) {
                break;
            }
            pieces.add(text.substring(start, lineBreak + 1));
            start = lineBreak + 1;
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
