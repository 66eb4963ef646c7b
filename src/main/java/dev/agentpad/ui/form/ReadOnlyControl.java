package dev.agentpad.ui.form;

import dev.agentpad.form.FormField;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

/** A value the form has no control for (a nested map under an unknown key), shown as written; edited in the text. */
public final class ReadOnlyControl implements FieldControl {

    private final TextArea area = new TextArea();

    ReadOnlyControl() {
        area.setEditable(false);
        area.setPrefRowCount(3);
    }

    @Override
    public Node node() {
        return area;
    }

    @Override
    public void show(FormField field) {
        area.setText(FieldControl.textOf(field.value()));
    }
}
