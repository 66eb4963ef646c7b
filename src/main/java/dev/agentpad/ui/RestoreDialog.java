package dev.agentpad.ui;

import dev.agentpad.io.RecoveryJournal;
import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * After a crash: the unsaved buffers the journal kept, each with Restore, Compare (restore, then the review against
 * the file on disk) and Discard. Closing the dialog decides nothing; the entries are offered again next time.
 */
final class RestoreDialog {

    /** What the user chose for one entry. */
    interface Choices {
        void restore(RecoveryJournal.Entry entry, boolean compare);

        void discard(RecoveryJournal.Entry entry);
    }

    private RestoreDialog() {
    }

    static Stage show(Window owner, List<RecoveryJournal.Entry> entries, List<String> unreadable, Choices choices) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Restore unsaved work");
        Label header = new Label(entries.size() == 1 ? "AgentPad closed without saving this text. Restore it?"
                : "AgentPad closed without saving these " + entries.size() + " texts. Restore them?");
        header.getStyleClass().add("restore-header");
        VBox rows = new VBox(8);
        rows.setId("restore-list");
        for (RecoveryJournal.Entry entry : entries) {
            rows.getChildren().add(row(dialog, rows, entry, choices));
        }
        Button all = new Button("Restore All");
        all.setId("restore-all");
        all.setOnAction(e -> {
            for (var node : List.copyOf(rows.getChildren())) {
                ((Button) node.lookup(".restore")).fire();
            }
        });
        Button later = new Button("Decide Later");
        later.setCancelButton(true);
        later.setOnAction(e -> dialog.close());
        HBox buttons = new HBox(8, all, later);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, header, rows, buttons);
        if (!unreadable.isEmpty()) {
            root.getChildren().add(2, new Label("Could not read: " + String.join(", ", unreadable)));
        }
        root.setPadding(new Insets(16));
        root.setId("restore-dialog");
        dialog.setScene(new Scene(root));
        dialog.show();
        return dialog;
    }

    private static HBox row(Stage dialog, VBox rows, RecoveryJournal.Entry entry, Choices choices) {
        String where = entry.path() == null ? "untitled" : entry.path();
        Label what = new Label(entry.name() + "\n" + where + " · " + DateFormat.getDateTimeInstance().format(new Date(entry.writtenMillis()))
                + " · " + String.format("%,d", entry.text().length()) + " characters");
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button restore = new Button("Restore");
        restore.getStyleClass().add("restore");
        Button compare = new Button("Compare");
        compare.setDisable(entry.path() == null);
        Button discard = new Button("Discard");
        HBox row = new HBox(8, what, restore, compare, discard);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Button button : List.of(restore, compare, discard)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Consumer<Runnable> done = action -> {
            action.run();
            rows.getChildren().remove(row);
            if (rows.getChildren().isEmpty()) {
                dialog.close();
            }
        };
        restore.setOnAction(e -> done.accept(() -> choices.restore(entry, false)));
        compare.setOnAction(e -> done.accept(() -> choices.restore(entry, true)));
        discard.setOnAction(e -> done.accept(() -> choices.discard(entry)));
        return row;
    }
}
