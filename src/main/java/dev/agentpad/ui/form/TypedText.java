package dev.agentpad.ui.form;

import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import dev.agentpad.form.TypingSession;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.TextInputControl;

/**
 * Makes a text control write to the document as the user types. Each keystroke is one surgical edit of the text,
 * and every edit of one visit to the field (from focus in to focus out) is one undo step. Clearing the field
 * while typing leaves {@code key: ''} so the key keeps its place; leaving it empty removes the key. A newer
 * reading from the editor replaces the control's text only while the user is not typing in it.
 */
public final class TypedText {

    private static final PseudoClass NOT_WRITTEN = PseudoClass.getPseudoClass("not-written");

    private final TextInputControl input;
    private final Supplier<FormField> field;
    private final FieldEdits edits;
    private TypingSession session = new TypingSession();
    private boolean showing;

    TypedText(TextInputControl input, Supplier<FormField> field, FieldEdits edits) {
        this.input = input;
        this.field = field;
        this.edits = edits;
        input.textProperty().addListener((o, old, text) -> {
            if (!showing) {
                written(edits.apply(doc -> FormEdits.typing(doc, field.get(), text), session));
            }
        });
        input.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                session = new TypingSession();
            } else if (input.getText().isEmpty()) {
                written(edits.apply(doc -> FormEdits.setText(doc, field.get(), ""), session));
            }
        });
    }

    /** Shows {@code text} unless the user is typing here. */
    void show(String text) {
        if (input.isFocused() || text.equals(input.getText())) {
            return;
        }
        showing = true;
        try {
            input.setText(text);
        } finally {
            showing = false;
        }
        written(true);
    }

    private void written(boolean ok) {
        input.pseudoClassStateChanged(NOT_WRITTEN, !ok);
    }
}
