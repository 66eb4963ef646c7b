package dev.agentpad.ui.form;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormField;
import javafx.scene.Node;

/**
 * The control that edits one field's value, one kind per {@link dev.agentpad.form.Widget}. Every change the user
 * makes reaches the text at once, so no value ever lives only in a control.
 */
public interface FieldControl {

    Node node();

    /** Shows a newer reading of the field; a control the user is typing in keeps what they typed. */
    void show(FormField field);

    /** Writes input the control holds but has not yet handed on (text typed into an "add" box). */
    default void flush() {
    }

    /** The control for {@code field}'s widget. */
    static FieldControl of(FormField field, Dialect dialect, FieldEdits edits) {
        return switch (field.widget()) {
            case TEXT, INTEGER -> new TextControl(field, edits);
            case MULTILINE -> new MultilineControl(field, edits);
            case CHOICE, EDITABLE_CHOICE -> new ChoiceControl(field, edits);
            case NUMBER -> new NumberControl(field, edits);
            case TOGGLE -> new ToggleControl(field, edits);
            case LIST -> new ListControl(field, edits);
            case TOOLS -> new ToolsControl(field, dialect, edits);
            case PERMISSIONS -> new PermissionsControl(field, edits);
            case COLOR -> new ColorControl(field, edits);
            case RAW -> field.value() instanceof FieldValue.Raw raw && !raw.scalar()
                    ? new ReadOnlyControl() : new TextControl(field, edits);
        };
    }

    /** The text a text-like control shows for a value. */
    static String textOf(FieldValue value) {
        if (value instanceof FieldValue.Text t) {
            return t.text();
        }
        if (value instanceof FieldValue.Raw r) {
            return r.yaml();
        }
        if (value instanceof FieldValue.Unreadable u) {
            return u.yaml();
        }
        return "";
    }
}
