package dev.agentpad.ui.form;

import dev.agentpad.dialect.PermissionRules;
import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormEdits;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * opencode's permission as a table: each tool with one action (ask, allow, deny), and for pattern tools (bash,
 * edit ...) an ordered list of glob-pattern rules that can be moved up and down, since the last matching rule wins.
 */
public final class PermissionTable {

    /** What the table asks of the form: change one tool's action, one tool's rules, or remove a tool. */
    interface Changes {
        void action(String tool, String action);

        void rules(String tool, List<FieldValue.PatternRule> rules);

        void remove(String tool);
    }

    private final PermissionRules rules;
    private final Changes changes;
    private final VBox node = new VBox(6);

    PermissionTable(PermissionRules rules, Changes changes) {
        this.rules = rules;
        this.changes = changes;
    }

    VBox node() {
        return node;
    }

    void show(FieldValue.Permissions value) {
        node.getChildren().clear();
        if (value.all() != null) {
            node.getChildren().add(new Label("Every tool: " + value.all() + " (add a tool below to set rules per tool)"));
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        List<String> present = new ArrayList<>();
        for (FieldValue.PermissionRow tool : value.rows()) {
            present.add(tool.tool());
            Label name = new Label(tool.tool());
            name.getStyleClass().add("permission-tool");
            Button remove = small("×", "Remove the rules for " + tool.tool(), () -> changes.remove(tool.tool()));
            grid.add(name, 0, row);
            grid.add(remove, 2, row);
            if (tool.action() != null) {
                ComboBox<String> action = actions(tool.action());
                action.setId("permission-" + tool.tool());
                action.setOnAction(e -> changes.action(tool.tool(), action.getValue()));
                grid.add(action, 1, row);
                if (rules.patternKeys().contains(tool.tool())) {
                    grid.add(small("+ rules", "Use pattern rules for " + tool.tool(),
                            () -> changes.rules(tool.tool(), List.of(new FieldValue.PatternRule("*", tool.action())))), 3, row);
                }
                row++;
            } else {
                row++;
                grid.add(patternRules(tool), 0, row++, 4, 1);
            }
        }
        node.getChildren().add(grid);
        List<String> addable = new ArrayList<>(rules.patternKeys());
        addable.addAll(rules.actionOnlyKeys());
        addable.removeAll(present);
        ComboBox<String> add = new ComboBox<>(FXCollections.observableArrayList(addable));
        add.setEditable(true);
        add.setPromptText("Add a tool (or an MCP tool name)");
        add.setId("permission-add");
        add.setOnAction(e -> {
            String tool = add.getEditor().getText() == null || add.getEditor().getText().isBlank() ? add.getValue() : add.getEditor().getText();
            if (tool != null && !tool.isBlank() && !present.contains(tool.strip())) {
                changes.action(tool.strip(), "ask");
            }
        });
        node.getChildren().add(add);
    }

    private VBox patternRules(FieldValue.PermissionRow tool) {
        VBox box = new VBox(3);
        box.getStyleClass().add("pattern-rules");
        List<FieldValue.PatternRule> list = tool.patterns();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            FieldValue.PatternRule rule = list.get(i);
            Label pattern = new Label(rule.pattern());
            pattern.getStyleClass().add("pattern");
            pattern.setMinWidth(70);
            pattern.setPrefWidth(110);
            ComboBox<String> action = actions(rule.action());
            action.setOnAction(e -> {
                List<FieldValue.PatternRule> next = new ArrayList<>(list);
                next.set(index, new FieldValue.PatternRule(rule.pattern(), action.getValue()));
                changes.rules(tool.tool(), next);
            });
            Button up = small("↑", "Earlier: overridden by the rules below it", () -> changes.rules(tool.tool(), FormEdits.move(list, index, -1)));
            Button down = small("↓", "Later: overrides the rules above it", () -> changes.rules(tool.tool(), FormEdits.move(list, index, 1)));
            Button remove = small("×", "Remove this rule", () -> {
                List<FieldValue.PatternRule> next = new ArrayList<>(list);
                next.remove(index);
                changes.rules(tool.tool(), next);
            });
            up.setDisable(index == 0);
            down.setDisable(index == list.size() - 1);
            HBox line = new HBox(4, pattern, action, up, down, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        TextField pattern = new TextField();
        pattern.setPromptText("glob pattern, e.g. git *  + Enter");
        pattern.setPrefColumnCount(14);
        pattern.setOnAction(e -> {
            String p = pattern.getText().strip();
            if (!p.isEmpty() && list.stream().noneMatch(r -> r.pattern().equals(p))) {
                List<FieldValue.PatternRule> next = new ArrayList<>(list);
                next.add(new FieldValue.PatternRule(p, "ask"));
                changes.rules(tool.tool(), next);
            }
        });
        Label hint = new Label("The last matching rule wins: put \"*\" first.");
        hint.getStyleClass().add("field-help");
        box.getChildren().addAll(pattern, hint);
        return box;
    }

    private ComboBox<String> actions(String selected) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(rules.actions()));
        box.setValue(selected);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small-button");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
