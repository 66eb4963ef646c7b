package dev.agentpad.ui;

import dev.agentpad.check.Checker;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.resources.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

/** What the menus do: mostly hands each command to the part of the window that owns it. */
final class MenuCommands implements EditorMenus.Actions {

    private final Stage stage;
    private final EditorWindow window;
    private final FileActions files;
    private final RecentFiles recent;
    private final PromptEditor editor;
    private final FindBar find;
    private final SplitPane panes;
    private final Map<String, Node> paneNodes;
    private final Checker checker;

    MenuCommands(Stage stage, EditorWindow window, FileActions files, RecentFiles recent, PromptEditor editor, FindBar find,
                 SplitPane panes, Map<String, Node> paneNodes, Checker checker) {
        this.stage = stage;
        this.window = window;
        this.files = files;
        this.recent = recent;
        this.editor = editor;
        this.find = find;
        this.panes = panes;
        this.paneNodes = paneNodes;
        this.checker = checker;
    }


    @Override
    public void newFile() {
        files.newFile();
    }

    @Override
    public void open() {
        files.open();
    }

    @Override
    public void openRecent(Path path) {
        if (files.confirmDiscard()) {
            files.open(path);
        }
    }

    @Override
    public List<Path> recentFiles() {
        return recent.list();
    }

    @Override
    public void save() {
        files.save();
    }

    @Override
    public void saveAs() {
        files.saveAs();
    }

    @Override
    public void revert() {
        files.revert();
    }

    @Override
    public void quit() {
        List<EditorWindow> windows = new ArrayList<>(EditorWindow.openWindows());
        windows.remove(window);
        windows.add(0, window); // this window asks first
        for (EditorWindow each : windows) {
            if (!each.confirmClose()) {
                return;
            }
        }
        for (EditorWindow each : windows) {
            each.shutdown();
            each.stage().close();
        }
        Platform.exit();
    }

    @Override
    public void undo() {
        editor.area().undo();
    }

    @Override
    public void redo() {
        editor.area().redo();
    }

    @Override
    public void find(boolean replace) {
        find.show(replace);
    }

    @Override
    public void goToLine() {
        TextInputDialog dialog = new TextInputDialog(String.valueOf(editor.area().getCurrentParagraph() + 1));
        dialog.initOwner(stage);
        dialog.setTitle("Go to line");
        dialog.setHeaderText("Line number (1 to " + editor.area().getParagraphs().size() + ")");
        dialog.showAndWait().ifPresent(s -> {
            try {
                editor.goToLine(Integer.parseInt(s.strip()));
            } catch (NumberFormatException ignored) {
                // not a number: nothing to go to
            }
        });
    }

    @Override
    public void toggleComment() {
        editor.toggleComment();
    }

    @Override
    public void applyFixAtCaret() {
        editor.fixAtCaret().ifPresent(window::applyFix);
    }

    @Override
    public void nextProblem() {
        int caret = editor.area().getCaretPosition();
        List<Diagnostic> all = editor.diagnostics();
        all.stream().filter(d -> d.range().start() > caret).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(window::jumpTo);
    }

    @Override
    public void zoom(double factor) {
        editor.zoom(factor);
    }

    @Override
    public void setWrap(boolean wrap) {
        editor.setWrap(wrap);
    }

    @Override
    public void showPane(String pane, boolean shown) {
        Node node = paneNodes.get(pane);
        if (!shown) {
            panes.getItems().remove(node);
            return;
        }
        int index = 0;
        for (String name : List.of("form", "editor", "preview")) {
            if (name.equals(pane)) {
                break;
            }
            if (panes.getItems().contains(paneNodes.get(name))) {
                index++;
            }
        }
        panes.getItems().add(index, node);
    }

    @Override
    public BooleanProperty reviewShown() {
        return window.reviewShownProperty();
    }

    @Override
    public void compareWith() {
        window.compareWithOtherFile();
    }

    @Override
    public void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        about.initOwner(stage);
        about.setTitle("About AgentPad");
        about.setHeaderText("AgentPad " + Version.current() + " — an editor for AI agent definition files");
        StringBuilder text = new StringBuilder("Dialects and the facts they were checked against:\n");
        checker.registry().all().forEach(d -> text.append("• ").append(d.displayName()).append(": ").append(d.provenance().checked()).append('\n'));
        about.setContentText(text.toString());
        about.showAndWait();
    }

    @Override
    public void keyboardShortcuts(List<String> lines) {
        Alert list = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        list.initOwner(stage);
        list.setTitle("Keyboard Shortcuts");
        list.setHeaderText("Keyboard shortcuts" + (System.getProperty("os.name", "").startsWith("Mac") ? "" : " (Cmd on macOS where Ctrl is shown)"));
        list.getDialogPane().setId("keyboard-shortcuts");
        list.setContentText(String.join("\n", lines));
        list.setResizable(true);
        list.showAndWait();
    }
}
