package dev.agentpad.ui.workspace;

import dev.agentpad.io.FileProblem;
import dev.agentpad.io.GitRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * File > Changes Against…: the agents of the open folder that changed against a revision (HEAD, a branch, a tag), as
 * a list; opening one shows it in a tab with the review mode comparing it with that revision.
 */
public final class ChangedAgents {

    private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private ChangedAgents() {
    }

    static void show(WorkspaceHost window, Path folder, Set<Path> agentFiles) {
        Optional<GitRepository> found = GitRepository.containing(folder);
        if (found.isEmpty()) {
            window.showFileInfo(folder.getFileName() + " is not in a git repository: there is nothing to compare against");
            return;
        }
        try (GitRepository git = found.get()) {
            ChoiceDialog<String> choose = new ChoiceDialog<>("HEAD", git.revisions());
            choose.initOwner(window.stage());
            choose.setTitle("Changes Against");
            choose.setHeaderText("List the agents changed since which revision?");
            choose.getDialogPane().setId("changes-against");
            Optional<String> revision = choose.showAndWait();
            if (revision.isEmpty()) {
                return;
            }
            List<GitRepository.ChangedFile> changed = git.changedSince(revision.get(), folder).stream()
                    .filter(c -> c.newPath() != null ? agentFiles.contains(git.root().resolve(c.newPath()).normalize())
                            : c.oldPath().endsWith(".md"))
                    .toList();
            pick(window, git.root(), revision.get(), changed);
        } catch (FileProblem e) {
            window.showFileInfo(e.getMessage());
        }
    }

    private static void pick(WorkspaceHost window, Path root, String revision, List<GitRepository.ChangedFile> changed) {
        ListView<GitRepository.ChangedFile> list = new ListView<>();
        list.setId("changed-agents");
        list.setPrefSize(560, 300);
        list.setPlaceholder(new Label("No agent changed since " + revision));
        list.getItems().setAll(changed);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GitRepository.ChangedFile c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : switch (c.kind()) {
                    case ADDED -> "new        " + c.newPath();
                    case DELETED -> "deleted    " + c.oldPath();
                    case RENAMED -> "renamed    " + c.oldPath() + " → " + c.newPath();
                    default -> "modified   " + c.newPath();
                });
                setDisable(c != null && c.newPath() == null);
            }
        });
        list.getSelectionModel().selectFirst();
        Dialog<GitRepository.ChangedFile> dialog = new Dialog<>();
        dialog.initOwner(window.stage());
        dialog.setTitle("Changed agents");
        dialog.setHeaderText(changed.size() + (changed.size() == 1 ? " agent" : " agents") + " changed since " + revision
                + ". Open one to review it.");
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CLOSE);
        dialog.setResultConverter(b -> b == OPEN ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.showAndWait().filter(c -> c.newPath() != null).ifPresent(c -> {
            if (window.openFile(root.resolve(c.newPath()))) {
                window.showReview(true, revision);
            }
        });
    }
}
