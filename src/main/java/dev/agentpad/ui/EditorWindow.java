package dev.agentpad.ui;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.FolderWatcher;
import dev.agentpad.io.GitRepository;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.io.RecoveryJournal;
import dev.agentpad.ui.common.StartupTiming;
import dev.agentpad.ui.common.Themes;
import dev.agentpad.ui.editor.PromptEditor;
import dev.agentpad.ui.preview.PreviewPane;
import dev.agentpad.ui.review.ReviewPane;
import dev.agentpad.ui.workspace.WorkspaceHost;
import dev.agentpad.ui.workspace.WorkspacePane;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * One editor window: the menus and toolbar, the workspace tree of an open folder on the left, and the open agent
 * files as tabs ({@link AgentTab}). Commands act on the selected tab; closing the window asks once about every
 * unsaved file.
 */
final class EditorWindow implements WorkspaceHost {

    private static final List<EditorWindow> OPEN = new ArrayList<>();

    private final Stage stage;
    private final Consumer<String> openInBrowser;
    private final RecentFiles recent;
    private final Checker checker;
    private final RecoveryJournal journal;
    private final TabPane tabs = new TabPane();
    private final SplitPane sides = new SplitPane(tabs);
    private final BooleanProperty reviewShown = new SimpleBooleanProperty();
    private final Set<String> hiddenPanes = new HashSet<>();
    private final WorkspacePane workspace;
    private boolean wrap = true;
    private boolean closing;
    private boolean shown;
    private FolderWatcher fileWatcher;
    private static final Logger LOG = Logger.getLogger(EditorWindow.class.getName());

    EditorWindow(Stage stage, Consumer<String> openInBrowser, RecentFiles recent, Checker checker, RecoveryJournal journal) {
        this.stage = stage;
        this.openInBrowser = openInBrowser;
        this.recent = recent;
        this.checker = checker;
        this.journal = journal;
        this.workspace = new WorkspacePane(this, checker);
        OPEN.add(this);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != null) {
                AgentTab current = (AgentTab) tab.getUserData();
                reviewShown.set(current.reviewShown());
                titleChanged(current);
                workspace.reveal(current.documentPath());
                followWithTheKeyboard(old, current);
            }
        });
        reviewShown.addListener((o, was, shown) -> current().showReview(shown, null));

        BorderPane root = new BorderPane(sides);
        MenuCommands commands = new MenuCommands(this, recent, checker);
        root.setTop(new VBox(EditorMenus.build(commands), MainToolBar.build(commands)));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1500, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
        scene.getStylesheets().add(EditorWindow.class.getResource("/dev/agentpad/ui/agentpad.css").toExternalForm());
        Themes.style(scene);
        accelerator(scene, KeyCode.ADD, () -> zoom(1.1));
        accelerator(scene, KeyCode.PLUS, () -> zoom(1.1));
        accelerator(scene, KeyCode.SUBTRACT, () -> zoom(1 / 1.1));
        accelerator(scene, KeyCode.NUMPAD0, () -> zoom(0));
        accelerator(scene, KeyCode.Y, () -> editor().area().redo());
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        // decoded beside the window's construction, not before its first frame (six PNGs, about 50 ms on the FX thread)
        CompletableFuture.supplyAsync(EditorWindow::windowIcons).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater)
                .exceptionally(e -> {
                    LOG.log(Level.WARNING, "window icons not shown", e);
                    return null;
                });
        newTab();
        stage.setOnCloseRequest(e -> {
            if (confirmClose()) {
                shutdown();
            } else {
                e.consume();
            }
        });
    }

    private static void accelerator(Scene scene, KeyCode key, Runnable action) {
        scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), action);
    }

    // --- tabs ------------------------------------------------------------------------------------------------

    /** The selected tab: there is always one. */
    AgentTab current() {
        return (AgentTab) tabs.getSelectionModel().getSelectedItem().getUserData();
    }

    /** The open tabs, left to right. */
    List<AgentTab> tabs() {
        return tabs.getTabs().stream().map(t -> (AgentTab) t.getUserData()).toList();
    }

    private AgentTab newTab() {
        AgentTab tab = new AgentTab(this, stage, openInBrowser, recent, checker, journal);
        hiddenPanes.forEach(pane -> tab.showPane(pane, false));
        tab.editor().setWrap(wrap);
        tab.reviewShownProperty().addListener((o, was, shown) -> {
            if (tabs.getSelectionModel().getSelectedItem() == tab.tab()) {
                reviewShown.set(shown);
            }
        });
        tabs.getTabs().add(tab.tab());
        tabs.getSelectionModel().select(tab.tab());
        if (shown) {
            tab.windowShown();
        }
        tab.showWorkspaceProblems();
        return tab;
    }

    /**
     * Moves the keyboard to the newly selected tab's editor when it was in the tab now hidden: keys typed after a tab
     * switch went on into the hidden tab's text, where a Ctrl+S would then have saved them. (After the tab pane has
     * heard of the switch too: it puts the new tab's content in the window.)
     */
    private void followWithTheKeyboard(Tab hidden, AgentTab shown) {
        if (hidden != null && keyboardIsIn(hidden.getContent())) {
            Platform.runLater(() -> focusTheEditorOf(shown));
        }
    }

    /** True when the keyboard's focus is in {@code node} or a node inside it. */
    private boolean keyboardIsIn(Node node) {
        for (Node n = tabs.getScene() == null ? null : tabs.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    /** The keyboard to {@code tab}'s editor, at once: the tab pane lays out a newly selected tab's content first. */
    private void focusTheEditorOf(AgentTab tab) {
        tabs.applyCss();
        tabs.layout();
        tab.editor().area().requestFocus();
    }

    /** A tab for a new document: the selected one while it shows only the sample, else a new one. */
    private AgentTab tabForNewDocument() {
        return !tabs.getTabs().isEmpty() && current().showsOnlyTheSample() ? current() : newTab();
    }

    private static List<Image> windowIcons() {
        return IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(size -> new Image(EditorWindow.class.getResource("/dev/agentpad/ui/icons/agentpad-" + size + ".png").toExternalForm()))
                .toList();
    }

    /**
     * Opens {@code path}: selects its tab when it is open already, else reads it and shows it in a tab (the sample's, or
     * a new one made only once the file is read). False when it cannot be read or the user cancelled a long read.
     */
    @Override
    public boolean openFile(Path path) {
        if (selectTabOf(path)) {
            return true;
        }
        long asked = System.nanoTime();
        return current().files().open(path, opened -> {
            AgentTab tab = current().showsOnlyTheSample() ? current() : newTab();
            tab.files().show(opened);
            if (stage.isShowing() && keyboardIsIn(tabs)) { // not when it is in the workspace's tree, say
                focusTheEditorOf(tab); // now: keys typed while it opened wait in the queue, and must reach its text
            }
            StartupTiming.fileShown(stage.getScene(), String.valueOf(path.getFileName()), asked);
        });
    }

    /** Opens an agent deleted since HEAD: its text at HEAD in a tab on its old path, where Save writes it again. */
    @Override
    public void openDeleted(Path file) {
        if (selectTabOf(file)) {
            return;
        }
        Optional<GitRepository> git = workspace.folder().flatMap(GitRepository::containing);
        try (GitRepository repository = git.orElse(null)) {
            Optional<LoadedText> atHead = repository == null ? Optional.empty() : repository.read("HEAD", file);
            if (atHead.isEmpty()) {
                showFileInfo(file.getFileName() + " is neither on disk nor at HEAD");
                return;
            }
            boolean reuse = current().showsOnlyTheSample();
            AgentTab tab = reuse ? current() : newTab();
            try {
                tab.showDeleted(file, atHead.get());
            } catch (FileProblem e) {
                if (!reuse) {
                    closeWithoutAsking(tab);
                }
                throw e;
            }
        } catch (FileProblem e) {
            showFileInfo(e.getMessage());
        }
    }

    /** Selects the tab that shows {@code file}; false when none does. */
    private boolean selectTabOf(Path file) {
        Optional<AgentTab> open = tabOf(file);
        open.ifPresent(t -> tabs.getSelectionModel().select(t.tab()));
        return open.isPresent();
    }

    private Optional<AgentTab> tabOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return tabs().stream().filter(t -> absolute.equals(t.documentPath())).findFirst();
    }

    /** An untitled document with {@code text}, in the sample's tab or a new one. */
    void openUntitled(String text, String name, Dialect dialect) {
        tabForNewDocument().showUntitled(text, name, dialect);
    }

    /**
     * Puts a journaled buffer back after a crash: over its file's tab when the last session has opened it again without
     * changes, else in the sample's tab or a new one (a second tab on the same file would be two versions of it).
     */
    void restore(RecoveryJournal.Entry entry) {
        Optional<AgentTab> open = entry.file().flatMap(this::tabOf).filter(t -> !t.isDirty());
        if (open.isPresent()) {
            tabs.getSelectionModel().select(open.get().tab());
            open.get().restoreOverTheFile(entry);
        } else {
            tabForNewDocument().restore(entry);
        }
    }

    /** Closes the selected tab, asking about unsaved changes first. */
    void closeCurrentTab() {
        AgentTab tab = current();
        if (tab.confirmClose()) {
            closeWithoutAsking(tab);
        }
    }

    private void closeWithoutAsking(AgentTab tab) {
        tabs.getTabs().remove(tab.tab());
        tab.shutdown();
    }

    /** A tab closed: the window keeps one, an empty untitled document, unless it is closing. */
    void tabClosed(AgentTab tab) {
        if (!closing && tabs.getTabs().isEmpty()) {
            newTab().showUntitled("", "untitled.md", null);
        }
    }

    /** A tab's file name or dirty mark changed: the window's title follows the selected tab. */
    void titleChanged(AgentTab tab) {
        if (tabs.getSelectionModel().getSelectedItem() != tab.tab()) {
            return;
        }
        String folder = workspace.folder().map(f -> " — " + f.getFileName()).orElse("");
        stage.setTitle((tab.isDirty() ? "*" : "") + tab.displayName() + folder + " — AgentPad");
    }

    /** A tab's file moved (opened, Save As, a rename): the tree marks it, and its folder is watched. */
    void pathChanged(AgentTab tab, Path old, Path now) {
        if (tabs.getSelectionModel().getSelectedItem() == tab.tab()) {
            workspace.reveal(now);
        }
        if (now != null) {
            watchFolderOf(now);
        }
    }

    /** Files opened from outside the workspace: their folders are watched too (not their subfolders). */
    private void watchFolderOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || workspace.folder().filter(folder::startsWith).isPresent()) {
            return;
        }
        try {
            if (fileWatcher == null) {
                fileWatcher = new FolderWatcher(changed -> Platform.runLater(() -> changed.forEach(this::fileChangedOnDisk)));
            }
            fileWatcher.watch(folder, false);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot watch " + folder, e); // no news from the disk for this file; saving still asks
        }
    }

    // --- the workspace ---------------------------------------------------------------------------------------

    /** Shows {@code folder}'s agents in the tree on the left and watches it for changes. */
    void openFolder(Path folder) {
        if (!sides.getItems().contains(workspace.node())) {
            sides.getItems().add(0, workspace.node());
            sides.setDividerPositions(0.18);
        }
        workspace.open(folder.toAbsolutePath().normalize());
        recent.rememberFolder(folder);
        titleChanged(current());
    }

    WorkspacePane workspace() {
        return workspace;
    }

    /** The watcher saw {@code file} change, appear or vanish: an open tab on it looks at the disk. */
    @Override
    public void renameCurrentAgent() {
        current().renameAgent();
    }

    @Override
    public List<Path> openFiles() {
        return tabs().stream().map(AgentTab::documentPath).filter(Objects::nonNull).toList();
    }

    @Override
    public void workspaceChecked() {
        tabs().forEach(AgentTab::showWorkspaceProblems);
    }

    @Override
    public void fileChangedOnDisk(Path file) {
        tabs().stream().filter(t -> file.equals(t.documentPath())).forEach(AgentTab::diskMayHaveChanged);
    }

    // --- commands for every tab ------------------------------------------------------------------------------

    void showPane(String pane, boolean shown) {
        if (shown) {
            hiddenPanes.remove(pane);
        } else {
            hiddenPanes.add(pane);
        }
        tabs().forEach(t -> t.showPane(pane, shown));
    }

    void setWrap(boolean on) {
        wrap = on;
        tabs().forEach(t -> t.editor().setWrap(on));
    }

    void zoom(double factor) {
        tabs().forEach(t -> t.editor().zoom(factor));
    }

    /** View > Theme: applies to every window and is remembered. */
    void useTheme(Themes.Choice choice) {
        Themes.apply(choice);
        recent.rememberTheme(choice.name().toLowerCase(Locale.ROOT));
        for (EditorWindow each : openWindows()) {
            Themes.style(each.stage.getScene());
            each.tabs().forEach(AgentTab::themeChanged);
        }
    }

    Themes.Choice theme() {
        return Themes.choiceFrom(recent.theme());
    }

    BooleanProperty reviewShownProperty() {
        return reviewShown;
    }

    // --- the window ------------------------------------------------------------------------------------------

    /** True once the window's first frame was drawn. */
    boolean isShown() {
        return shown;
    }

    /** The first frame is on screen: the previews (web views, slow to make) may be built now, and held analyses run. */
    void windowShown() {
        shown = true;
        tabs().forEach(AgentTab::windowShown);
    }

    @Override
    public Stage stage() {
        return stage;
    }

    /** Every editor window now open. */
    static List<EditorWindow> openWindows() {
        return List.copyOf(OPEN);
    }

    /** Asks once about every unsaved file; true when the window may close. */
    boolean confirmClose() {
        tabs().forEach(AgentTab::commitPendingInput);
        List<AgentTab> unsaved = tabs().stream().filter(AgentTab::isDirty).toList();
        if (unsaved.size() <= 1) {
            return unsaved.isEmpty() || unsaved.get(0).confirmClose();
        }
        return UnsavedFilesDialog.ask(stage, unsaved, tab -> {
            tabs.getSelectionModel().select(tab.tab());
            return tab.files().save();
        });
    }

    /** The window closes (every text saved or discarded): nothing in it needs recovering. */
    void shutdown() {
        if (closing) {
            return;
        }
        closing = true;
        OPEN.remove(this);
        recent.rememberOpenFiles(tabs().stream().map(AgentTab::documentPath).filter(p -> p != null).toList());
        workspace.shutdown();
        if (fileWatcher != null) {
            fileWatcher.close();
        }
        tabs().forEach(AgentTab::shutdown);
    }

    // --- the selected tab, for the app and the tests ---------------------------------------------------------

    PromptEditor editor() {
        return current().editor();
    }

    PreviewPane preview() {
        return current().preview();
    }

    FileActions files() {
        return current().files();
    }

    DocumentState document() {
        return current().document();
    }

    Analysis lastAnalysis() {
        return current().lastAnalysis();
    }

    ReviewPane reviewPane() {
        return current().reviewPane();
    }

    @Override
    public void showReview(boolean shown, String choice) {
        current().showReview(shown, choice);
    }

    Path documentPath() {
        return current().documentPath();
    }

    boolean isDirty() {
        return current().isDirty();
    }

    String text() {
        return current().text();
    }

    @Override
    public void showFileInfo(String notice) {
        current().showFileInfo(notice);
    }

    boolean showsOnlyTheSample() {
        return tabs().size() == 1 && current().showsOnlyTheSample();
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean opened = false;
            for (File file : e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.<File>of()) {
                if (Files.isDirectory(file.toPath())) {
                    openFolder(file.toPath());
                    opened = true;
                } else {
                    opened |= openFile(file.toPath());
                }
            }
            e.setDropCompleted(opened);
            e.consume();
        });
    }
}
