package dev.agentpad.check;

import dev.agentpad.document.TextEdit;

/**
 * A repair for a diagnostic: a short title for a button or menu, and the text edit it makes.
 *
 * @param keepsMeaning true when the fix changes only how the file is written, not what a tool reads from it (a
 *                     broken value quoted, tabs made spaces): safe to apply without asking, as {@code check --fix} does
 */
public record Fix(String title, TextEdit edit, boolean keepsMeaning) {

    /** A fix that changes what the tool reads (a value, a key name): offered, never applied unasked. */
    public Fix(String title, TextEdit edit) {
        this(title, edit, false);
    }
}
