package dev.agentpad.ui.form;

import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import java.util.List;
import javafx.scene.Node;

/** Names as chips (skills, agents), in the shape the file already uses: a list or a comma-separated text. */
public final class ListControl implements FieldControl {

    private final ChipList chips;
    private FormField field;

    ListControl(FormField field, FieldEdits edits) {
        this.field = field;
        chips = new ChipList("Add + Enter", items -> edits.apply(doc -> FormEdits.setItems(doc, this.field, items)));
        chips.field().setId("add-" + field.key());
    }

    @Override
    public Node node() {
        return chips.node();
    }

    @Override
    public void show(FormField next) {
        field = next;
        chips.show(next.value() instanceof FieldValue.Items items ? items.items() : List.of());
    }

    @Override
    public void flush() {
        chips.flush();
    }
}
