package dev.agentpad.ui;

import dev.agentpad.check.Checker;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.resources.Version;
import dev.agentpad.ui.common.Themes;
import dev.agentpad.ui.editor.PromptEditor;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/** What the menus do: mostly hands each command to the selected tab, or to the part of the window that owns it. */
final class MenuCommands implements EditorMenus.Actions {

    private final EditorWindow window;
    private final Stage stage;
    private final RecentFiles recent;
    private final Checker checker;
    private final Map<String, BooleanProperty> panes = new HashMap<>();

    MenuCommands(EditorWindow window, RecentFiles recent, Checker checker) {
        this.window = window;
        this.stage = window.stage();
        this.recent = recent;
        this.checker = checker;
    }

    private PromptEditor editor() {
        return window.editor();
    }

    @Override
    public void newFile() {
        window.files().newFile();
    }

    @Override
    public void open() {
        window.files().open();
    }

    @Override
    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of agents");
        window.workspace().folder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            window.openFolder(folder.toPath());
        }
    }

    @Override
    public void quickOpen() {
        window.workspace().quickOpen();
    }

    @Override
    public void changesAgainst() {
        window.workspace().changesAgainst();
    }

    @Override
    public void openRecent(Path path) {
        window.openFile(path);
    }

    @Override
    public List<Path> recentFiles() {
        return recent.list();
    }

    @Override
    public void save() {
        window.files().save();
    }

    @Override
    public void saveAs() {
        window.files().saveAs();
    }

    @Override
    public void revert() {
        window.files().revert();
    }

    @Override
    public void renameAgent() {
        window.current().renameAgent();
    }

    @Override
    public void closeTab() {
        window.closeCurrentTab();
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
        editor().area().undo();
    }

    @Override
    public void redo() {
        editor().area().redo();
    }

    @Override
    public void find(boolean replace) {
        window.current().findBar().show(replace);
    }

    @Override
    public void goToLine() {
        PromptEditor editor = editor();
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
        editor().toggleComment();
    }

    @Override
    public void applyFixAtCaret() {
        AgentTab tab = window.current();
        tab.editor().fixAtCaret().ifPresent(tab::applyFix);
    }

    @Override
    public void nextProblem() {
        AgentTab tab = window.current();
        int caret = tab.editor().area().getCaretPosition();
        List<Diagnostic> all = tab.editor().diagnostics();
        all.stream().filter(d -> d.range().start() > caret).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(tab::jumpTo);
    }

    @Override
    public void zoom(double factor) {
        window.zoom(factor);
    }

    @Override
    public void setWrap(boolean wrap) {
        window.setWrap(wrap);
    }

    @Override
    public BooleanProperty paneShown(String pane) {
        return panes.computeIfAbsent(pane, name -> {
            BooleanProperty shown = new SimpleBooleanProperty(true);
            shown.addListener((o, was, on) -> window.showPane(name, on));
            return shown;
        });
    }

    @Override
    public BooleanProperty reviewShown() {
        return window.reviewShownProperty();
    }

    @Override
    public void compareWith() {
        window.current().compareWithOtherFile();
    }

    @Override
    public void useTheme(String theme) {
        window.useTheme(Themes.choiceFrom(theme));
    }

    @Override
    public String theme() {
        return window.theme().name();
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
