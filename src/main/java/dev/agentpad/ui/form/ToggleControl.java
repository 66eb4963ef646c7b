package dev.agentpad.ui.form;

import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** On or off, written as an unquoted true or false; the label names the tool's default. */
public final class ToggleControl implements FieldControl {

    private final CheckBox toggle = new CheckBox();
    private FormField field;

    ToggleControl(FormField field, FieldEdits edits) {
        this.field = field;
        toggle.setText(field.spec().defaultValue() != null ? "(default " + field.spec().defaultValue() + ")" : "");
        toggle.setId("input-" + field.key());
        toggle.setOnAction(e -> edits.apply(doc -> FormEdits.setToggle(doc, this.field, toggle.isSelected())));
    }

    @Override
    public Node node() {
        return toggle;
    }

    @Override
    public void show(FormField next) {
        field = next;
        toggle.setSelected(FieldControl.textOf(next.value()).equals("true"));
    }
}
