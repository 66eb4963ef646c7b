package dev.agentpad.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The dialect's known tools as check boxes (each with its one-line doc), and every other name the file uses
 * (MCP tools such as {@code mcp__github__create_issue} or {@code github/*}, or {@code Bash(git:*)}) as chips, with
 * free entry for more. Hands on the full list of names in the file's order.
 */
public final class ToolPicker {

    /** How many of the dialect's tools show at once; the rest (in the data's order, the less common) fold away. */
    private static final int SHOWN = 18;

    private final Map<String, String> known;
    private final FlowPane boxes = new FlowPane(10, 4);
    private final FlowPane more = new FlowPane(10, 4);
    private final TitledPane moreTools = new TitledPane();
    private final ChipList others;
    private final VBox node;
    private final Consumer<List<String>> onChange;
    private List<String> current = List.of();
    private boolean updating;

    ToolPicker(Map<String, String> known, Consumer<List<String>> onChange) {
        this.known = known;
        this.onChange = onChange;
        for (Map.Entry<String, String> tool : known.entrySet()) {
            CheckBox box = new CheckBox(tool.getKey());
            box.setId("tool-" + tool.getKey());
            box.setTooltip(new Tooltip(tool.getValue()));
            box.selectedProperty().addListener((o, was, on) -> {
                if (!updating) {
                    List<String> next = new ArrayList<>(current);
                    if (on) {
                        next.add(tool.getKey());
                    } else {
                        next.remove(tool.getKey());
                    }
                    onChange.accept(next);
                }
            });
            (boxes.getChildren().size() < SHOWN ? boxes : more).getChildren().add(box);
        }
        moreTools.setText("More tools (" + more.getChildren().size() + ")");
        moreTools.setContent(more);
        moreTools.setExpanded(false);
        moreTools.setAnimated(false);
        moreTools.getStyleClass().add("more-tools");
        others = new ChipList("Other tool (MCP: mcp__server__tool, server/*) + Enter", names -> {
            List<String> next = new ArrayList<>(current.stream().filter(known::containsKey).toList());
            next.addAll(names);
            onChange.accept(next);
        });
        Label hint = new Label("Other tools");
        hint.getStyleClass().add("field-help");
        node = more.getChildren().isEmpty() ? new VBox(6, boxes, hint, others.node()) : new VBox(6, boxes, moreTools, hint, others.node());
    }

    VBox node() {
        return node;
    }

    void show(List<String> names) {
        current = List.copyOf(names);
        updating = true;
        boxes.getChildren().forEach(n -> ((CheckBox) n).setSelected(names.contains(((CheckBox) n).getText())));
        more.getChildren().forEach(n -> ((CheckBox) n).setSelected(names.contains(((CheckBox) n).getText())));
        updating = false;
        if (more.getChildren().stream().anyMatch(n -> ((CheckBox) n).isSelected())) {
            moreTools.setExpanded(true);
        }
        others.show(names.stream().filter(n -> !known.containsKey(n)).toList());
    }

    /** Adds a tool name typed but not yet entered. */
    void flush() {
        others.flush();
    }

}
