package dev.agentpad.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;

/** What the workspace asks of the window it sits in: opening files in tabs, and telling the tabs what it found. */
public interface WorkspaceHost {

    Stage stage();

    /** Opens {@code file} in a tab (or selects its tab); false when it cannot be read. */
    boolean openFile(Path file);

    /** Opens an agent deleted since HEAD: its text at HEAD, on its old path. */
    void openDeleted(Path file);

    /** F2 on the tree: renames the agent in the selected tab (the selected leaf has just been opened there). */
    void renameCurrentAgent();

    /** The files the tabs show, untitled ones left out. */
    List<Path> openFiles();

    /** The checks across files are done: the tabs show their files' workspace problems. */
    void workspaceChecked();

    /** The folder watcher saw {@code file} change, appear or vanish. */
    void fileChangedOnDisk(Path file);

    /** A short notice in the status bar. */
    void showFileInfo(String notice);

    /** Shows the review of the selected tab against {@code revision}. */
    void showReview(boolean shown, String revision);
}
