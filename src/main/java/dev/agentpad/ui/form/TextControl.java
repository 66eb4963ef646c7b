package dev.agentpad.ui.form;

import dev.agentpad.form.FormField;
import javafx.scene.Node;
import javafx.scene.control.TextField;

/** One line of text (names, whole numbers, unknown keys' scalars), written as the user types. */
public final class TextControl implements FieldControl {

    private final TextField text = new TextField();
    private final TypedText typed;
    private FormField field;

    TextControl(FormField field, FieldEdits edits) {
        this.field = field;
        text.setId("input-" + field.key());
        typed = new TypedText(text, () -> this.field, edits);
    }

    TextField textField() {
        return text;
    }

    @Override
    public Node node() {
        return text;
    }

    @Override
    public void show(FormField next) {
        field = next;
        typed.show(FieldControl.textOf(next.value()));
    }
}
