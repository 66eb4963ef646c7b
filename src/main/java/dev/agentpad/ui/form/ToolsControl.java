package dev.agentpad.ui.form;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import java.util.List;
import javafx.scene.Node;

/** The dialect's tools to tick, plus any other tool name (MCP tools, tools with arguments) as chips. */
public final class ToolsControl implements FieldControl {

    private final ToolPicker picker;
    private FormField field;

    ToolsControl(FormField field, Dialect dialect, FieldEdits edits) {
        this.field = field;
        picker = new ToolPicker(dialect.tools().known(), items -> edits.apply(doc -> FormEdits.setItems(doc, this.field, items)));
    }

    @Override
    public Node node() {
        return picker.node();
    }

    @Override
    public void show(FormField next) {
        field = next;
        picker.show(next.value() instanceof FieldValue.Items items ? items.items() : List.of());
    }

    @Override
    public void flush() {
        picker.flush();
    }
}
