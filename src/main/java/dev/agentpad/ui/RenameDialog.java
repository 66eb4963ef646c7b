package dev.agentpad.ui;

import dev.agentpad.dialect.AgentRename;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for an agent's new name and shows, as it is typed, what the rename will change on disk and in the file. */
final class RenameDialog {

    private RenameDialog() {
    }

    static Optional<String> ask(Window owner, String oldName, Function<String, AgentRename> plan) {
        TextInputDialog dialog = new TextInputDialog(oldName);
        dialog.initOwner(owner);
        dialog.setTitle("Rename Agent");
        dialog.setHeaderText("Rename " + oldName);
        dialog.getDialogPane().setId("rename-agent");
        Label effect = new Label();
        effect.setWrapText(true);
        effect.setMaxWidth(460);
        dialog.getDialogPane().setExpandableContent(null);
        dialog.getDialogPane().setContent(new VBox(8, dialog.getEditor(), effect));
        dialog.getEditor().textProperty().addListener((o, was, name) -> {
            String problem = problem(oldName, name);
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(problem != null);
            effect.setText(problem != null ? problem : describe(plan.apply(name.strip())));
        });
        dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        effect.setText("Type the new name.");
        return dialog.showAndWait().map(String::strip).filter(name -> problem(oldName, name) == null);
    }

    private static String problem(String oldName, String name) {
        String n = name.strip();
        if (n.isEmpty() || n.equals(oldName)) {
            return "Type the new name.";
        }
        if (n.contains("/") || n.contains("\\") || n.startsWith(".")) {
            return "A name cannot contain / or \\ or start with a dot.";
        }
        return null;
    }

    private static String describe(AgentRename plan) {
        String moves = plan.moveFrom().map(from -> "Moves " + from.getFileName() + " to " + plan.moveTo().getFileName() + ". ")
                .orElse("The file keeps its name. ");
        return moves + (plan.setKey() ? "Writes the new name in the name key. " : "") + "Saves the file.";
    }
}
