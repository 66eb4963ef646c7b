package dev.agentpad.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line above a tab's panes that says the file changed or vanished on disk while it had unsaved changes, with
 * what can be done about it: Reload (the disk's text), Keep mine, or Compare (the review mode). Hidden otherwise.
 */
final class DiskBanner {

    private final Label message = new Label();
    private final Button reload = button("Reload", "disk-reload");
    private final Button keep = button("Keep Mine", "disk-keep");
    private final Button compare = button("Compare", "disk-compare");
    private final HBox box;

    DiskBanner(Runnable reloadAction, Runnable keepAction, Runnable compareAction) {
        reload.setOnAction(e -> reloadAction.run());
        keep.setOnAction(e -> keepAction.run());
        compare.setOnAction(e -> compareAction.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        message.setWrapText(true);
        box = new HBox(8, message, gap, compare, keep, reload);
        box.setId("disk-banner");
        box.getStyleClass().add("disk-banner");
        hide();
    }

    Node node() {
        return box;
    }

    /** The file changed on disk and the editor has unsaved changes. */
    void changed(String fileName) {
        show(fileName + " changed on disk, and you have unsaved changes here.", true);
    }

    /** The file is gone from disk. */
    void deleted(String fileName) {
        show(fileName + " was deleted or moved on disk. Your text is still here; Save writes the file again.", false);
    }

    /** The tab shows the text at HEAD of a file deleted since. */
    void deletedSinceHead(String fileName) {
        show(fileName + " was deleted since HEAD; this is its text at HEAD. Save writes the file again.", false);
    }

    void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }

    private void show(String text, boolean changed) {
        message.setText(text);
        reload.setVisible(changed);
        reload.setManaged(changed);
        compare.setVisible(changed);
        compare.setManaged(changed);
        keep.setText(changed ? "Keep Mine" : "OK");
        box.setVisible(true);
        box.setManaged(true);
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }
}
