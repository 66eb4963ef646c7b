package dev.agentpad.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Closing a window with several unsaved files: one question for all of them (Save All, Don't Save, Cancel). */
final class UnsavedFilesDialog {

    static final ButtonType SAVE_ALL = new ButtonType("Save All", ButtonBar.ButtonData.YES);

    private UnsavedFilesDialog() {
    }

    /** True when the window may close: every file saved ({@code save} says whether it was), or the user chose not to. */
    static boolean ask(Window owner, List<AgentTab> unsaved, Predicate<AgentTab> save) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE_ALL, FileActions.DISCARD, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save changes to " + unsaved.size() + " files?");
        ask.setContentText(unsaved.stream().map(t -> "• " + t.displayName()).collect(Collectors.joining("\n"))
                + "\n\nYour changes will be lost if you don't save them.");
        ask.getDialogPane().setId("unsaved-changes");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == FileActions.DISCARD) {
            return true;
        }
        for (AgentTab tab : unsaved) {
            if (!save.test(tab)) {
                return false; // a save failed or was cancelled: the window stays, with that file's text
            }
        }
        return true;
    }
}
