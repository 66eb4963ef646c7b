package dev.agentpad.ui;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.dialect.AgentRename;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextEdit;
import dev.agentpad.render.AgentCard;
import dev.agentpad.ui.editor.EditorUndo;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.NewValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.application.Platform;

/**
 * File > Rename Agent… (F2): the new name goes where the tool reads it, the {@code name} key and the file (or a
 * skill's folder) together, and the file is saved under its new name. Where the key changes, the rename is one step
 * of the editor's undo history: Undo puts the old name back in the key, moves the file back and saves it; Redo
 * renames again. (A rename that only moves a file, where the tool reads the name from the file name and there is no
 * key, leaves no text step to undo: renaming back undoes it.)
 */
final class RenameCommand {

    private final AgentTab tab;

    RenameCommand(AgentTab tab) {
        this.tab = tab;
    }

    void run() {
        tab.commitPendingInput();
        Path path = tab.documentPath();
        Analysis last = tab.lastAnalysis();
        if (path == null || last == null || !last.text().equals(tab.text())) {
            tab.status().showNotice(path == null ? "Save the agent first: an untitled agent has no file to rename"
                    : "Checking… try again in a moment");
            return;
        }
        Dialect dialect = last.check().detection().dialect();
        String oldName = AgentCard.of(last.check()).name();
        boolean hasKey = last.check().keys().value("name").isPresent();
        Optional<String> answer = RenameDialog.ask(tab.stage(), oldName, newName -> AgentRename.plan(path, dialect, oldName, newName, hasKey));
        if (answer.isEmpty()) {
            return;
        }
        AgentRename plan = AgentRename.plan(path, dialect, oldName, answer.get(), hasKey);
        Optional<TextEdit> keyEdit = Optional.empty();
        if (plan.setKey()) { // the key's edit is worked out before anything moves: a refusal leaves all as it was
            EditResult result = FrontMatterEditor.set(AgentDocument.parse(tab.text()), "name", new NewValue.Text(answer.get()));
            if (result instanceof EditResult.Refused refused) {
                tab.status().showNotice("Not renamed: the name key cannot be written: " + refused.reason());
                return;
            }
            if (result instanceof EditResult.Change change) {
                keyEdit = Optional.of(change.edit());
            }
        }
        if (plan.moveFrom().isPresent() && !move(plan.moveFrom().get(), plan.moveTo())) {
            return;
        }
        Renamed step = new Renamed(plan, path, oldName, answer.get());
        keyEdit.ifPresent(edit -> tab.editor().apply(edit, step)); // one undo step, which carries the move with it
        tab.movedTo(plan.file());
        if (tab.files().save()) {
            tab.status().showNotice(step.describe(false));
        }
    }

    /** Moves a file or folder, saying why not when it cannot. */
    private boolean move(Path from, Path to) {
        if (Files.exists(to)) {
            tab.status().showNotice("Not renamed: " + to + " exists already");
            return false;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            tab.status().showNotice("Not renamed: cannot move " + from.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** The key's edit in the undo history: undoing it moves the file back, redoing it moves it again, then saves. */
    private final class Renamed implements EditorUndo.FollowsUndo {
        private final AgentRename plan;
        private final Path before;
        private final String oldName;
        private final String newName;

        Renamed(AgentRename plan, Path before, String oldName, String newName) {
            this.plan = plan;
            this.before = before.toAbsolutePath().normalize();
            this.oldName = oldName;
            this.newName = newName;
        }

        @Override
        public void undone() {
            Platform.runLater(() -> follow(true));
        }

        @Override
        public void redone() {
            Platform.runLater(() -> follow(false));
        }

        private void follow(boolean undo) {
            if (plan.moveFrom().isPresent()) {
                Path from = undo ? plan.moveTo() : plan.moveFrom().get();
                Path to = undo ? plan.moveFrom().get() : plan.moveTo();
                if (!move(from, to)) {
                    return; // the key's text is undone all the same, unsaved; the notice says why the file stayed
                }
            }
            tab.movedTo(undo ? before : plan.file());
            if (tab.files().save()) {
                tab.status().showNotice(describe(undo));
            }
        }

        /** "Renamed a to b; moved the folder a to b", or the same undone. */
        String describe(boolean undo) {
            String moved = plan.moveFrom().map(from -> "; moved " + (Files.isDirectory(undo ? from : plan.moveTo()) ? "the folder " : "")
                    + (undo ? plan.moveTo() : from).getFileName() + " to " + (undo ? from : plan.moveTo()).getFileName()).orElse("");
            return (undo ? "Rename undone: " + newName + " is " + oldName + " again" : "Renamed " + oldName + " to " + newName) + moved;
        }
    }
}
