package dev.agentpad.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two texts compared word by word (java-diff-utils over words, spaces and punctuation as tokens): a list of pieces, each
 * kept, inserted or deleted, that spell the old text (kept + deleted) and the new one (kept + inserted). Long
 * descriptions and prompts are reviewed this way: a line diff of a 300-character line says only "changed".
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

    /** A run of text that both sides have, or only the new side (inserted), or only the old one (deleted). */
    public record Piece(Kind kind, String text) {
    }

    public enum Kind { SAME, INSERTED, DELETED }

    private WordDiff() {
    }

    public static List<Piece> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Kind.SAME, a.subList(at, start));
            add(pieces, Kind.DELETED, delta.getSource().getLines());
            add(pieces, Kind.INSERTED, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(pieces, Kind.SAME, a.subList(at, a.size()));
        return pieces;
    }

    /** True when the two texts differ only in spaces and line breaks. */
    public static boolean onlyWhitespace(String before, String after) {
        return before.replaceAll("\\s+", " ").strip().equals(after.replaceAll("\\s+", " ").strip());
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
            Piece last = pieces.remove(pieces.size() - 1);
            text = last.text() + text;
        }
        pieces.add(new Piece(kind, text));
    }
}
