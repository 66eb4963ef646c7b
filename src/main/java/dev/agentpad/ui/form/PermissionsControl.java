package dev.agentpad.ui.form;

import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import java.util.List;
import javafx.scene.Node;

/** opencode's permission table: an action per tool, and ordered pattern rules where the last match wins. */
public final class PermissionsControl implements FieldControl {

    private final PermissionTable table;

    PermissionsControl(FormField field, FieldEdits edits) {
        String key = field.key();
        table = new PermissionTable(field.spec().permissions(), new PermissionTable.Changes() {
            @Override
            public void action(String tool, String action) {
                edits.apply(doc -> FormEdits.setPermission(doc, key, tool, action));
            }

            @Override
            public void rules(String tool, List<FieldValue.PatternRule> rules) {
                edits.apply(doc -> FormEdits.setPatternRules(doc, key, tool, rules));
            }

            @Override
            public void remove(String tool) {
                edits.apply(doc -> FormEdits.removePermission(doc, key, tool));
            }
        });
    }

    @Override
    public Node node() {
        return table.node();
    }

    @Override
    public void show(FormField next) {
        table.show(next.value() instanceof FieldValue.Permissions p ? p : new FieldValue.Permissions(null, List.of()));
    }
}
