package dev.agentpad.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Ctrl+P: type part of an agent's name, description or path, and Enter opens the first match (or the one chosen). */
public final class QuickOpen {

    private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private QuickOpen() {
    }

    static void show(Window owner, List<WorkspaceAgent> agents, Consumer<Path> open) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Go to Agent");
        dialog.setHeaderText(agents.isEmpty() ? "Open a folder first (File > Open Folder) to pick its agents here"
                : "Type part of a name, description or path");
        TextField query = new TextField();
        query.setId("quick-open-field");
        ListView<WorkspaceAgent> list = new ListView<>();
        list.setId("quick-open-list");
        list.setPrefSize(560, 320);
        list.setPlaceholder(new Label("No agent matches"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WorkspaceAgent agent, boolean empty) {
                super.updateItem(agent, empty);
                setText(empty || agent == null ? null : agent.name() + "    " + agent.agent().relative());
            }
        });
        Runnable filter = () -> {
            list.getItems().setAll(agents.stream().filter(a -> a.matches(query.getText())).toList());
            list.getSelectionModel().selectFirst();
        };
        query.textProperty().addListener((o, old, text) -> filter.run());
        filter.run();
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        query.setOnAction(e -> { // Enter in the field opens the selected match
            if (list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem().file());
                dialog.close();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem().file());
                dialog.close();
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, query, list));
        dialog.getDialogPane().setId("quick-open");
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == OPEN && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().file() : null);
        Platform.runLater(query::requestFocus);
        dialog.showAndWait().ifPresent(open);
    }
}
