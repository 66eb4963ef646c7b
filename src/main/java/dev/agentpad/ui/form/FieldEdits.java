package dev.agentpad.ui.form;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.EditResult;
import java.util.function.Function;

/**
 * How a form control changes the text: an edit computed against the editor's current text, applied as part of an
 * undo session (everything one visit to a field writes is one undo step). A refusal is shown, never applied.
 */
public interface FieldEdits {

    /** Applies {@code edit}; false when the core refused it (the reason is shown to the user). */
    boolean apply(Function<AgentDocument, EditResult> edit, Object session);

    /** A change that is its own undo step (a click on a check box, a choice from a list). */
    default boolean apply(Function<AgentDocument, EditResult> edit) {
        return apply(edit, new Object());
    }
}
