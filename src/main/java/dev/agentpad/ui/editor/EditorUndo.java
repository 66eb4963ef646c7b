package dev.agentpad.ui.editor;

import dev.agentpad.document.TextChange;
import java.util.Objects;
import java.util.Optional;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;
import org.reactfx.EventStream;

/**
 * The editor's undo history, of text changes only (styling never becomes an undo step). Typing in the editor
 * folds into one step until a pause of half a second, as RichTextFX does by default. Everything one form field
 * writes while the user works in it (a typing session) is one step however long it takes, so Ctrl+Z in the editor
 * takes the whole field back.
 */
public final class EditorUndo {

    private static final long TYPING_PAUSE_NANOS = 500_000_000L;

    /** A session whose step must bring something along through undo and redo (a rename moves its file). */
    public interface FollowsUndo {
        void undone();

        void redone();
    }

    private final CodeArea area;
    private Object session;

    EditorUndo(CodeArea area, EventStream<PlainTextChange> textChanges) {
        this.area = area;
        UndoManager<Step> undo = UndoManagerFactory.unlimitedHistorySingleChangeUM(
                textChanges.map(c -> new Step(new TextChange(c.getPosition(), c.getRemoved(), c.getInserted()),
                        session, System.nanoTime())),
                Step::inverse, this::apply, EditorUndo::merge, s -> s.change.isIdentity());
        area.setUndoManager(undo);
    }

    /** Runs {@code edit} (which changes the area's text) as part of {@code session}'s one undo step. */
    void inSession(Object session, Runnable edit) {
        Object outer = this.session;
        this.session = Objects.requireNonNull(session);
        try {
            edit.run();
        } finally {
            this.session = outer;
        }
    }

    private void apply(Step step) {
        TextChange c = step.change;
        area.replaceText(c.position(), c.position() + c.removed().length(), c.inserted());
        area.moveTo(c.position() + c.inserted().length());
        area.requestFollowCaret();
        if (step.session instanceof FollowsUndo follower) {
            if (step.undone) {
                follower.undone();
            } else {
                follower.redone();
            }
        }
    }

    private static Optional<Step> merge(Step earlier, Step later) {
        boolean sameSession = earlier.session != null && earlier.session == later.session;
        boolean typing = earlier.session == null && later.session == null && later.at - earlier.at < TYPING_PAUSE_NANOS;
        if (!sameSession && !typing) {
            return Optional.empty();
        }
        return earlier.change.then(later.change).map(c -> new Step(c, later.session, later.at));
    }

    /**
     * One undo step: the change, the form session that made it (null for typing in the editor) and when. Equal by
     * the change alone, since the undo manager recognises its own undo by an equal change coming back.
     */
    private static final class Step {
        final TextChange change;
        final Object session;
        final long at;
        /** True for the inverse of a step: what Undo applies. */
        final boolean undone;

        Step(TextChange change, Object session, long at) {
            this(change, session, at, false);
        }

        private Step(TextChange change, Object session, long at, boolean undone) {
            this.change = change;
            this.session = session;
            this.at = at;
            this.undone = undone;
        }

        Step inverse() {
            return new Step(change.inverse(), session, at, !undone);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Step other && other.change.equals(change);
        }

        @Override
        public int hashCode() {
            return change.hashCode();
        }

        @Override
        public String toString() {
            return change.toString();
        }
    }
}
