package dev.agentpad.document;

import java.util.Optional;

/**
 * A change that happened to a text, with what it removed: enough to undo it and to fold two changes into one
 * undo step. {@code position} is where both {@code removed} and {@code inserted} start.
 */
public record TextChange(int position, String removed, String inserted) {

    /**
     * This change followed by {@code next} as one change, when the two touch the same stretch of text: {@code next}
     * continues this one's insertion, edits inside it, or replaces a stretch that holds all of it. Empty when they
     * are apart (a gap of untouched text between them) or only partly overlap.
     */
    public Optional<TextChange> then(TextChange next) {
        int insertedStart = position;
        int insertedEnd = position + inserted.length();
        int nextStart = next.position;
        int nextEnd = next.position + next.removed.length();
        if (nextStart >= insertedStart && nextEnd <= insertedEnd) {
            String merged = inserted.substring(0, nextStart - insertedStart) + next.inserted
                    + inserted.substring(nextEnd - insertedStart);
            return Optional.of(new TextChange(position, removed, merged));
        }
        if (insertedStart >= nextStart && insertedEnd <= nextEnd) {
            String merged = next.removed.substring(0, insertedStart - nextStart) + removed
                    + next.removed.substring(insertedEnd - nextStart);
            return Optional.of(new TextChange(nextStart, merged, next.inserted));
        }
        if (nextStart == insertedEnd && next.removed.isEmpty()) {
            return Optional.of(new TextChange(position, removed, inserted + next.inserted));
        }
        if (nextEnd == insertedStart && next.inserted.isEmpty()) {
            return Optional.of(new TextChange(nextStart, next.removed + removed, inserted));
        }
        return Optional.empty();
    }

    /** The change that takes the text back. */
    public TextChange inverse() {
        return new TextChange(position, inserted, removed);
    }

    public boolean isIdentity() {
        return removed.equals(inserted);
    }

    public String applyTo(String text) {
        if (!text.startsWith(removed, position)) {
            throw new IllegalArgumentException("the text at " + position + " is not what this change removed");
        }
        return text.substring(0, position) + inserted + text.substring(position + removed.length());
    }
}
