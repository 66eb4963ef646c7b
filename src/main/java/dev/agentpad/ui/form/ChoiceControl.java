package dev.agentpad.ui.form;

import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import dev.agentpad.form.Widget;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * One of the field's values from a drop-down; for open fields (models, hex colours) any text typed into its box,
 * written as the user types. The empty choice removes the key and shows the default the tool uses instead.
 */
public final class ChoiceControl implements FieldControl {

    private final ComboBox<String> choice = new ComboBox<>();
    private final TypedText typed;
    private FormField field;
    private boolean showing;

    ChoiceControl(FormField field, FieldEdits edits) {
        this.field = field;
        boolean editable = field.widget() == Widget.EDITABLE_CHOICE || field.widget() == Widget.COLOR && field.spec().pattern() != null;
        choice.setId("input-" + field.key());
        choice.getItems().add("");
        choice.getItems().addAll(field.spec().values());
        choice.setEditable(editable);
        choice.setMaxWidth(Double.MAX_VALUE);
        String fallback = field.spec().defaultValue() != null ? "(not set: " + field.spec().defaultValue() + ")" : "(not set)";
        choice.setPromptText(fallback);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? (editable ? "" : fallback) : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        choice.setOnAction(e -> {
            if (!showing) {
                String value = choice.getValue() == null ? "" : choice.getValue();
                edits.apply(doc -> FormEdits.setText(doc, this.field, value));
            }
        });
        typed = editable ? new TypedText(choice.getEditor(), () -> this.field, edits) : null;
    }

    ComboBox<String> comboBox() {
        return choice;
    }

    @Override
    public Node node() {
        return choice;
    }

    @Override
    public void show(FormField next) {
        field = next;
        String text = FieldControl.textOf(next.value());
        if (typed != null) {
            typed.show(text);
        }
        if (!choice.isFocused() && !text.equals(choice.getValue())) {
            showing = true;
            try {
                choice.setValue(text);
            } finally {
                showing = false;
            }
        }
    }
}
