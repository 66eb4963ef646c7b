package dev.agentpad.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Names as removable chips with a field to add more; every change hands the whole new list on. */
public final class ChipList {

    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField add = new TextField();
    private final VBox box = new VBox(4, chips, add);
    private final Consumer<List<String>> onChange;
    private List<String> items = List.of();

    ChipList(String prompt, Consumer<List<String>> onChange) {
        this.onChange = onChange;
        add.setPromptText(prompt);
        add.setOnAction(e -> flush());
        add.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                flush();
            }
        });
    }

    /** Adds the name typed in the box, if any: on Enter, on leaving the box, and before the file is saved. */
    void flush() {
        String name = add.getText().strip();
        add.clear();
        if (!name.isEmpty() && !items.contains(name)) {
            List<String> next = new ArrayList<>(items);
            next.add(name);
            onChange.accept(next);
        }
    }

    VBox node() {
        return box;
    }

    TextField field() {
        return add;
    }

    void show(List<String> names) {
        items = List.copyOf(names);
        chips.getChildren().clear();
        for (String name : names) {
            Label label = new Label(name);
            Button remove = new Button("×");
            remove.getStyleClass().add("chip-remove");
            remove.setOnAction(e -> {
                List<String> next = new ArrayList<>(items);
                next.remove(name);
                onChange.accept(next);
            });
            HBox chip = new HBox(2, label, remove);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
    }
}
