package dev.agentpad.ui.workspace;

import dev.agentpad.analysis.WorkspaceIndex;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.FolderWatcher;
import dev.agentpad.io.GitRepository;
import dev.agentpad.ui.common.StartupTiming;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The open folder's agents, as a tree grouped by tool and folder: each leaf is an agent file, named as its tool names
 * it, with badges for its errors and warnings, "will not load", and its git state against HEAD. The folder is scanned
 * and watched on background threads; checks run on a small pool and the badges fill in as results arrive. A click
 * opens the file in a tab.
 */
public final class WorkspacePane {

    private static final Logger LOG = Logger.getLogger(WorkspacePane.class.getName());

    private final WorkspaceHost window;
    private final Checker checker;
    private final Label title = new Label("No folder open");
    private final TextField filter = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private final Label note = new Label();
    private final VBox box;
    private final ExecutorService scanner = Executors.newSingleThreadExecutor(daemon("agentpad-workspace-scan"));
    private final ExecutorService checkers = Executors.newFixedThreadPool(2, daemon("agentpad-workspace-check"));
    private final PauseTransition refresh = new PauseTransition(Duration.millis(100));
    /** Everything below is read and written on the FX thread only. */
    private final Map<Path, WorkspaceAgent> agents = new LinkedHashMap<>();
    /** Agents deleted since HEAD: in the tree, not on disk. */
    private final Map<Path, WorkspaceAgent> deleted = new LinkedHashMap<>();
    private Map<Path, List<Diagnostic>> workspaceProblems = Map.of();
    private WorkspaceIndex index;
    private FolderWatcher watcher;
    private int generation;
    private int checking;
    private long openedAt;
    /** The steps of opening the folder already reported since it was opened. */
    private final Set<String> timed = new HashSet<>();

    public WorkspacePane(WorkspaceHost window, Checker checker) {
        this.window = window;
        this.checker = checker;
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        filter.setId("workspace-filter");
        filter.setPromptText("Filter by name, description or path");
        filter.textProperty().addListener((o, old, text) -> rebuildTree());
        tree.setId("workspace-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new WorkspaceCell());
        tree.setOnMouseClicked(e -> openSelected());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // before the tree takes F2 for editing a cell
            if (e.getCode() == KeyCode.F2) {
                e.consume();
                openSelected();
                window.renameCurrentAgent();
            }
        });
        refresh.setOnFinished(e -> tree.refresh());
        note.setId("workspace-note");
        note.setWrapText(true);
        note.getStyleClass().add("workspace-note");
        box = new VBox(title, filter, note, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setMinWidth(180);
    }

    public Node node() {
        return box;
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(index).map(WorkspaceIndex::root);
    }

    /** The agents now in the tree, in path order. */
    public List<WorkspaceAgent> agents() {
        return List.copyOf(agents.values());
    }

    /** Scans {@code folder}, shows its agents, checks them and watches the folder. */
    public void open(Path folder) {
        int opened = ++generation;
        checking = 0; // checks of the folder open before are still running; they no longer count
        openedAt = System.nanoTime();
        timed.clear();
        index = new WorkspaceIndex(folder, checker);
        WorkspaceIndex scanning = index;
        agents.clear();
        deleted.clear();
        workspaceProblems = Map.of();
        title.setText(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
        tree.setRoot(null);
        note("Looking for agents…");
        closeWatcher();
        scanner.execute(() -> {
            try {
                List<WorkspaceIndex.Agent> found = scanning.scan();
                Platform.runLater(() -> {
                    if (opened == generation) {
                        showScan(found, found.stream().map(WorkspaceIndex.Agent::file).toList());
                    }
                });
                showGitStates(opened, scanning); // after the tree: comparing a large working tree with HEAD takes a while
                FolderWatcher watching = new FolderWatcher(changed -> Platform.runLater(() -> {
                    if (opened == generation) {
                        diskChanged(changed);
                    }
                }));
                watching.watch(folder, true);
                Platform.runLater(() -> {
                    if (opened == generation) {
                        watcher = watching;
                    } else {
                        watching.close();
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot scan " + folder, e);
                Platform.runLater(() -> note("Cannot read " + folder + ": " + e.getMessage()));
            }
        });
    }

    /** Selects {@code file}'s leaf, when it is in the tree. */
    public void reveal(Path file) {
        if (file == null || tree.getRoot() == null) {
            return;
        }
        leaves(tree.getRoot()).stream().filter(item -> ((WorkspaceAgent) item.getValue()).file().equals(file)).findFirst()
                .ifPresent(item -> tree.getSelectionModel().select(item));
    }

    /** The problems {@code file} has because of the folder's other agents (as last saved). */
    public List<Diagnostic> workspaceProblemsOf(Path file) {
        return file == null ? List.of() : workspaceProblems.getOrDefault(file, List.of());
    }

    public void quickOpen() {
        QuickOpen.show(window.stage(), agents(), window::openFile);
    }

    public void changesAgainst() {
        folder().ifPresentOrElse(f -> ChangedAgents.show(window, f, agents.keySet()),
                () -> window.showFileInfo("Open a folder first (File > Open Folder)"));
    }

    public void shutdown() {
        generation++;
        closeWatcher();
        scanner.shutdownNow();
        checkers.shutdownNow();
    }

    // --- scanning and checking ---------------------------------------------------------------------------------

    private void showScan(List<WorkspaceIndex.Agent> found, List<Path> toCheck) {
        Map<Path, WorkspaceAgent> before = new HashMap<>(agents);
        agents.clear();
        for (WorkspaceIndex.Agent agent : found) {
            WorkspaceAgent known = before.get(agent.file());
            agents.put(agent.file(), known != null ? known : new WorkspaceAgent(agent, null));
        }
        note(found.isEmpty() ? "No agent files in this folder" : "");
        rebuildTree();
        timeSinceOpened("workspace tree shown", found.size());
        window.openFiles().forEach(this::reveal);
        toCheck.stream().filter(agents::containsKey).forEach(this::check);
        if (checking == 0) {
            checkWorkspace();
        }
    }

    private void check(Path file) {
        checking++;
        int checkedIn = generation;
        WorkspaceIndex checkingWith = index;
        checkers.execute(() -> {
            WorkspaceIndex.Checked checked = checkingWith.check(file);
            Platform.runLater(() -> {
                if (checkedIn != generation) {
                    return;
                }
                checking--;
                if (checking % 50 == 0 && checking > 0) {
                    note("Checking… " + checking + " to go");
                }
                WorkspaceAgent agent = agents.get(file);
                if (agent != null) {
                    agent.checked(checked);
                    refresh.playFromStart();
                }
                if (checking == 0) {
                    checkWorkspace();
                }
            });
        });
    }

    /** Every file is checked: the checks across files run once on the pool, then the badges and open tabs follow. */
    private void checkWorkspace() {
        Map<Path, CheckResult> results = new LinkedHashMap<>();
        agents.forEach((path, agent) -> agent.result().ifPresent(r -> results.put(path, r)));
        int checkedIn = generation;
        WorkspaceIndex with = index;
        checkers.execute(() -> {
            Map<Path, List<Diagnostic>> found = with.workspaceProblems(results);
            Platform.runLater(() -> {
                if (checkedIn == generation) {
                    timeSinceOpened("workspace checked", results.size());
                    if (!agents.isEmpty() && filter.getText().isEmpty()) {
                        note("");
                    }
                    workspaceProblems = found;
                    agents.forEach((path, agent) -> agent.workspaceProblems(found.getOrDefault(path, List.of())));
                    tree.refresh();
                    window.workspaceChecked();
                }
            });
        });
    }

    /** Files changed on disk: open tabs look, the tree is scanned again, and the changed files are checked again. */
    private void diskChanged(Set<Path> changed) {
        changed.forEach(window::fileChangedOnDisk);
        int scannedIn = generation;
        WorkspaceIndex scanning = index;
        Path folder = index.root();
        scanner.execute(() -> {
            try {
                List<WorkspaceIndex.Agent> found = scanning.scan();
                Platform.runLater(() -> {
                    if (scannedIn == generation) {
                        List<Path> recheck = found.stream().map(WorkspaceIndex.Agent::file)
                                .filter(f -> changed.contains(f) || !agents.containsKey(f)).toList();
                        showScan(found, recheck);
                    }
                });
                showGitStates(scannedIn, scanning);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot rescan " + folder, e);
            }
        });
    }

    /**
     * Reads (on the calling background thread) and then shows each file's state against HEAD; agents deleted since
     * HEAD come into the tree as leaves marked deleted, which open their text at HEAD.
     */
    private void showGitStates(int readIn, WorkspaceIndex with) {
        WorkspaceIndex.GitStates git;
        try {
            git = with.gitStates();
        } catch (FileProblem | RuntimeException e) {
            LOG.log(Level.FINE, "no git state for " + with.root(), e);
            git = WorkspaceIndex.GitStates.NONE;
        }
        WorkspaceIndex.GitStates states = git;
        Platform.runLater(() -> {
            if (readIn == generation) {
                agents.forEach((path, agent) -> agent.gitState(states.changed().get(path)));
                Map<Path, WorkspaceAgent> nowDeleted = new LinkedHashMap<>();
                states.deleted().forEach(d -> nowDeleted.put(d.file(), new WorkspaceAgent(d, GitRepository.Kind.DELETED)));
                if (nowDeleted.keySet().equals(deleted.keySet())) {
                    refresh.playFromStart(); // the badges changed at most: the tree and its selection stay
                } else {
                    deleted.clear();
                    deleted.putAll(nowDeleted);
                    rebuildTree();
                }
            }
        });
    }

    // --- the tree ----------------------------------------------------------------------------------------------

    private void rebuildTree() {
        String query = filter.getText() == null ? "" : filter.getText();
        TreeItem<Object> root = new TreeItem<>("agents");
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        Map<String, TreeItem<Object>> folders = new LinkedHashMap<>();
        Stream.concat(agents.values().stream(), deleted.values().stream().filter(d -> !agents.containsKey(d.file())))
                .filter(a -> a.matches(query))
                .sorted(Comparator.comparing(WorkspaceAgent::group).thenComparing(a -> a.agent().relative()))
                .forEach(agent -> {
                    TreeItem<Object> group = groups.computeIfAbsent(agent.group(), g -> expanded(g, root));
                    String folder = agent.agent().folder().isEmpty() ? "(top folder)" : agent.agent().folder();
                    TreeItem<Object> folderItem = folders.computeIfAbsent(agent.group() + "\n" + folder, f -> expanded(folder, group));
                    folderItem.getChildren().add(new TreeItem<>(agent));
                });
        tree.setRoot(root);
        if (agents.isEmpty()) {
            return;
        }
        note(groups.isEmpty() ? "No agent matches \"" + query + "\"" : "");
    }

    private static TreeItem<Object> expanded(String label, TreeItem<Object> parent) {
        TreeItem<Object> item = new TreeItem<>(label);
        item.setExpanded(true);
        parent.getChildren().add(item);
        return item;
    }

    private static List<TreeItem<Object>> leaves(TreeItem<Object> item) {
        if (item.getValue() instanceof WorkspaceAgent) {
            return List.of(item);
        }
        return item.getChildren().stream().flatMap(child -> leaves(child).stream()).toList();
    }

    private void openSelected() {
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() instanceof WorkspaceAgent agent) {
            if (agent.isDeleted()) {
                window.openDeleted(agent.file());
            } else {
                window.openFile(agent.file());
            }
        }
    }

    /** Reports a step of opening the folder, once per opening (a rescan after a save is not one). */
    private void timeSinceOpened(String step, int agents) {
        if (timed.add(step)) {
            StartupTiming.reached(step + ", " + agents + " agents, " + (System.nanoTime() - openedAt) / 1_000_000 + " ms after opening the folder");
        }
    }

    /** A line above the tree: scanning, nothing found, nothing matches; hidden when empty. */
    private void note(String text) {
        note.setText(text);
        note.setVisible(!text.isEmpty());
        note.setManaged(!text.isEmpty());
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
