package dev.agentpad.ui;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.analysis.Analyzer;
import dev.agentpad.analysis.Snapshot;
import dev.agentpad.check.Checker;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Fix;
import dev.agentpad.dialect.AgentLocation;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.LineEndings;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.form.TypingSession;
import dev.agentpad.io.Encoding;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.GitRepository;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.io.RecoveryJournal;
import dev.agentpad.render.AgentCard;
import dev.agentpad.ui.common.StartupTiming;
import dev.agentpad.ui.editor.FindBar;
import dev.agentpad.ui.editor.PreparedText;
import dev.agentpad.ui.editor.PromptEditor;
import dev.agentpad.ui.form.FrontMatterForm;
import dev.agentpad.ui.preview.PreviewPane;
import dev.agentpad.ui.problems.ProblemsPane;
import dev.agentpad.ui.review.ReviewPane;
import dev.agentpad.yaml.EditResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One open agent file, shown as a tab of the window: the front-matter form, the prompt editor and the preview with
 * its problems list, side by side and each can be hidden; a find bar above the editor, a banner for news from the
 * disk and the status bar below. The text in the editor is the single source of truth: every other pane shows the
 * latest analysis of it. Each tab has its own text, undo history, dirty mark and close prompt.
 */
final class AgentTab {

    private final EditorWindow window;
    private final Stage stage;
    private final Tab tab = new Tab();
    private final DiskSync disk;
    private final Consumer<String> openInBrowser;
    private final DocumentState doc = new DocumentState();
    private final Checker checker;
    private final Equivalents equivalents = Equivalents.standard();
    private final RecentFiles recent;
    private final PromptEditor editor = new PromptEditor(this::applyFix);
    private final PreviewPane preview;
    private final ProblemsPane problems = new ProblemsPane(this::jumpTo, this::applyFix);
    private final FrontMatterForm form = new FrontMatterForm(this::formEdit, this::applyFix);
    private final StatusBar status;
    private final FindBar find = new FindBar(editor);
    private final FileActions files;
    private final LiveAnalysis live;
    private final CrashRecovery recovery;
    private final SplitPane panes = new SplitPane();
    private final Map<String, Node> paneNodes;
    private final ReviewPane review;
    private final BooleanProperty reviewShown = new SimpleBooleanProperty();
    private Analysis last;
    private double lastStylesMillis;
    private double lastPreviewMillis;
    private boolean closed;

    AgentTab(EditorWindow window, Stage stage, Consumer<String> openInBrowser, RecentFiles recent, Checker checker,
             RecoveryJournal journal) {
        this.window = window;
        this.stage = stage;
        this.checker = checker;
        this.openInBrowser = openInBrowser;
        this.recent = recent;
        this.preview = new PreviewPane(openInBrowser);
        this.files = new FileActions(stage, this, doc, recent, checker.registry());
        this.status = new StatusBar(checker.registry(), this::chooseDialect, files::useLineEnding);
        this.live = new LiveAnalysis(new Analyzer(checker),
                version -> new Snapshot(version, editor.text(), doc.path.get(), doc.chosenDialect.get()), this::show,
                status::showNotice);
        this.recovery = new CrashRecovery(journal, doc, editor::text, status::showNotice);
        preview.setOnLoaded(() -> lastPreviewMillis = live.millisSinceEdit());
        if (!window.isShown()) {
            // the window's first frame shows the text, highlighted; building the form, the problems and the preview
            // from the first analysis would hold it up, so that waits for the frame (the panes say "checking…")
            live.holdResults();
        }
        live.pendingProperty().addListener((o, was, pending) -> {
            problems.pending(pending);
            status.pending(pending);
        });
        this.review = new ReviewPane(new ReviewHost());
        reviewShown.addListener((o, was, shown) -> showReview(shown, null));

        SplitPane right = new SplitPane(titled("Preview", preview.node()), titled("Problems", problems.node()));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.7);
        VBox editorBox = new VBox(find.node(), editor.node());
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        paneNodes = Map.of("form", form.node(), "editor", editorBox, "preview", right, "review", review.node());
        panes.getItems().addAll(form.node(), editorBox, right);
        panes.setDividerPositions(0.27, 0.63);

        this.disk = new DiskSync(doc, editor, status, this::compareWithDisk);
        BorderPane root = new BorderPane(panes);
        root.setTop(disk.node());
        root.setBottom(status.node());
        tab.setContent(root);
        tab.setUserData(this);
        tab.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> shutdown());

        editor.textChanges().subscribe(change -> { // not the text property: that copies the whole text per keystroke
            int length = editor.area().getLength();
            doc.textChanged(length, editor::text);
            live.edited(length);
            recovery.edited();
        });
        editor.area().caretPositionProperty().addListener((obs, old, pos) -> showCaret());
        doc.dirty.addListener((obs, old, dirty) -> {
            updateTitle();
            if (!dirty) {
                recovery.clear();
            }
        });
        doc.displayName.addListener((obs, old, name) -> updateTitle());
        doc.path.addListener((obs, old, path) -> window.pathChanged(this, old, path));
    }

    /** The review pane's view of the window. */
    private final class ReviewHost implements ReviewPane.Host {
        @Override
        public Checker checker() {
            return checker;
        }

        @Override
        public Path path() {
            return doc.path.get();
        }

        @Override
        public Dialect chosenDialect() {
            return doc.chosenDialect.get();
        }

        @Override
        public void select(TextRange range) {
            int length = editor.text().length();
            editor.select(new TextRange(Math.min(range.start(), length), Math.min(range.end(), length)));
        }

        @Override
        public void apply(TextEdit edit, String onText) {
            if (editor.text().equals(onText)) {
                editor.apply(edit);
            } else {
                status.showNotice("The text changed since the review was made; try again in a moment");
            }
        }

        @Override
        public Window window() {
            return stage;
        }

        @Override
        public void say(String notice) {
            status.showNotice(notice);
        }
    }

    BooleanProperty reviewShownProperty() {
        return reviewShown;
    }

    /** Shows the review pane in the form's place, comparing with {@code choice} (or what was chosen before). */
    void showReview(boolean shown, String choice) {
        if (reviewShown.get() != shown) {
            reviewShown.set(shown); // the listener comes back here
            if (choice == null) {
                return;
            }
        }
        Node form = paneNodes.get("form");
        Node reviewNode = paneNodes.get("review");
        if (shown) {
            review.refreshChoices();
            int at = panes.getItems().indexOf(form);
            if (!panes.getItems().contains(reviewNode)) {
                if (at >= 0) {
                    panes.getItems().set(at, reviewNode);
                } else {
                    panes.getItems().add(0, reviewNode);
                }
                if (panes.getItems().size() == 3) {
                    panes.setDividerPositions(0.4, 0.72); // the review needs room for two columns
                }
            }
            if (choice != null) {
                review.compareWith(choice);
            } else if (review.review().isEmpty()) {
                review.compareWith(doc.path.get() == null ? ReviewPane.OTHER : defaultBase());
            }
            if (last != null) {
                review.update(last);
            }
        } else if (panes.getItems().contains(reviewNode)) {
            panes.getItems().set(panes.getItems().indexOf(reviewNode), form);
            if (panes.getItems().size() == 3) {
                panes.setDividerPositions(0.27, 0.63);
            }
        }
    }

    /** HEAD when the file is in a git repository, else the saved file. */
    private String defaultBase() {
        return GitRepository.containing(doc.path.get()).map(git -> {
            git.close();
            return "HEAD";
        }).orElse(ReviewPane.SAVED);
    }

    boolean reviewShown() {
        return reviewShown.get();
    }

    ReviewPane reviewPane() {
        return review;
    }

    /** File > Compare With...: another agent file. */
    void compareWithOtherFile() {
        showReview(true, ReviewPane.OTHER);
    }

    // --- what FileActions and the app call -------------------------------------------------------------------

    boolean openFile(Path path) {
        return files.open(path);
    }

    void showUntitled(String text, String name, Dialect dialect) {
        doc.opened(null, name, Encoding.UTF8, "\n", text);
        doc.chosenDialect.set(dialect);
        status.chooseDialect(dialect);
        showLoaded(PreparedText.of(text), null);
    }

    /** An agent deleted since HEAD, on its old path, with its text at HEAD; Save writes it again. */
    void showDeleted(Path file, LoadedText atHead) throws FileProblem {
        files.show(file, atHead);
        doc.makeFoldersOnSave = true; // a skill's folder may have been deleted with it
        disk.deletedSinceHead(file.getFileName().toString());
    }

    void showLoaded(PreparedText text, String notice) {
        disk.hideBanner();
        showWorkspaceProblems();
        editor.load(text);
        doc.textChanged(text.text());
        showFileInfo(notice);
        updateTitle();
        live.opened(text.text().length());
    }

    /** The window's first frame is on screen: an analysis held for it is shown, then the preview may make its page. */
    void windowShown() {
        live.releaseResults();
        preview.windowShown();
    }

    void showFileInfo(String notice) {
        status.showFile(doc.encoding.label(), LineEndings.nameOf(doc.lineEnding));
        status.showNotice(notice);
    }

    void saved() {
        disk.hideBanner();
        updateTitle();
        showFileInfo(null);
        live.now();
    }

    /** The text as shown, read out of the editor (not remembered): what Save writes. */
    String text() {
        return editor.textAsShown();
    }

    /** A file name for Save As: the agent's name as its tool would derive it, when there is one. */
    String suggestedFileName() {
        if (last == null) {
            return "agent.md";
        }
        String name = AgentCard.of(last.check()).name().replaceAll("[^A-Za-z0-9._-]+", "-");
        String dialect = last.check().detection().dialect().id();
        return (name.isBlank() || name.startsWith("-") ? "agent" : name) + (dialect.equals("copilot") ? ".agent.md" : ".md");
    }

    StatusBar status() {
        return status;
    }

    Analysis lastAnalysis() {
        return last;
    }

    FileActions files() {
        return files;
    }

    DocumentState document() {
        return doc;
    }

    PromptEditor editor() {
        return editor;
    }

    PreviewPane preview() {
        return preview;
    }

    /** True once the tab has closed and the analysis it had under way has ended. */
    boolean analysisStopped() {
        return live.stopped();
    }

    /** Milliseconds from the last edit to its analysis (problems) being shown (includes the typing pause). */
    double lastStylesMillis() {
        return lastStylesMillis;
    }

    /** Milliseconds from the last edit to the preview having loaded its page. */
    double lastPreviewMillis() {
        return lastPreviewMillis;
    }

    // --- analysis results -------------------------------------------------------------------------------------

    private void show(Analysis analysis) {
        if (!editor.showProblems(analysis.text(), analysis.check().diagnostics())) {
            return; // the text moved on: a newer analysis is on its way
        }
        lastStylesMillis = live.millisSinceEdit();
        last = analysis;
        problems.show(analysis.check().diagnostics());
        status.show(analysis);
        form.show(analysis);
        preview.show(analysis.preview());
        StartupTiming.firstAnalysis();
        if (reviewShown()) {
            review.update(analysis);
        }
        showCaret();
    }

    void applyFix(Fix fix) {
        if (last != null && last.text().equals(editor.text())) {
            editor.apply(fix.edit());
            editor.area().requestFocus();
        }
    }

    /** A change in the form: one surgical edit of the current text, in the field's undo session; a refusal is shown. */
    private boolean formEdit(Function<AgentDocument, EditResult> edit, Object session) {
        EditResult result = session instanceof TypingSession typing
                ? typing.edit(editor.text(), edit) : edit.apply(AgentDocument.parse(editor.text()));
        if (result instanceof EditResult.Change change) {
            editor.apply(change.edit(), session);
        } else if (result instanceof EditResult.Refused refused) {
            status.showNotice("Not written: " + refused.reason());
            return false;
        }
        return true;
    }

    /** Hands on what form controls hold but have not written yet, so saving and closing see everything typed. */
    void commitPendingInput() {
        form.flush();
    }

    void jumpTo(Diagnostic d) {
        int length = editor.text().length();
        editor.select(new TextRange(Math.min(d.range().start(), length), Math.min(d.range().end(), length)));
    }

    /** A dialect chosen in the status bar: offers to convert the keys first when that would change something. */
    private void chooseDialect(Dialect dialect) {
        commitPendingInput();
        Dialect previous = doc.chosenDialect.get();
        if (dialect == previous) {
            return;
        }
        if (dialect != null && last != null && last.text().equals(editor.text()) && last.check().frontMatter().isValid()
                && last.check().frontMatter().isPresent() && dialect != last.check().detection().dialect()) {
            DialectConversion plan = DialectConversion.plan(editor.text(), doc.path.get(), last.check().detection().dialect(),
                    dialect, equivalents);
            if (plan.edit().isPresent() || !plan.notCarried().isEmpty()) {
                Optional<Path> there = Optional.ofNullable(doc.path.get()).flatMap(p -> AgentLocation.forConversion(p,
                        last.check().detection().dialect(), dialect, AgentCard.of(last.check()).name()));
                ConversionDialog.Answer answer = ConversionDialog.ask(stage, plan, editor.text(), there);
                if (answer.button() == ButtonType.CANCEL) {
                    Platform.runLater(() -> status.chooseDialect(previous));
                    return;
                }
                if (answer.button() == ConversionDialog.CONVERT) {
                    plan.edit().ifPresent(editor::apply);
                    answer.saveTo().ifPresent(files::saveNewFile);
                }
            }
        }
        doc.chosenDialect.set(dialect);
        live.now();
    }

    /**
     * Puts a journaled buffer back after a crash: its file opened, when it still exists, with the journaled text over
     * it as one edit (so Undo shows the disk's text, and the file is unsaved); otherwise an untitled buffer with the text.
     */
    void restore(RecoveryJournal.Entry entry) {
        Optional<Path> file = entry.file().filter(Files::isRegularFile);
        if (file.isPresent() && files.open(file.get())) {
            restoreOverTheFile(entry);
        } else {
            showUntitled("", entry.name(), null);
            editor.apply(new TextEdit(new TextRange(0, 0), entry.text()));
            status.showNotice(entry.file().isPresent() ? entry.path() + " no longer exists; Save As writes the restored text again"
                    : "Restored an untitled buffer; Save As keeps it");
        }
        editor.area().moveTo(0);
    }

    /** The journaled text over this tab's file, which shows it as on disk: one edit, so Undo shows the disk's text. */
    void restoreOverTheFile(RecoveryJournal.Entry entry) {
        DialectConversion.minimalEdit(editor.text(), entry.text()).ifPresent(editor::apply);
        status.showNotice(doc.savedText.equals(entry.diskText())
                ? "Restored the unsaved changes of " + entry.name() + "; Save writes them"
                : "Restored the unsaved changes of " + entry.name() + ". The file has changed on disk since: Review Changes compares");
        editor.area().moveTo(0);
    }

    Stage stage() {
        return stage;
    }

    EditorWindow window() {
        return window;
    }

    Tab tab() {
        return tab;
    }

    /** The file the tab edits; null while untitled. */
    Path documentPath() {
        return doc.path.get();
    }

    boolean isDirty() {
        return doc.dirty.get();
    }

    /** The name shown on the tab and in lists of unsaved files. */
    String displayName() {
        return doc.displayName.get();
    }

    /** Asks about unsaved changes; true when the tab may close. */
    boolean confirmClose() {
        return files.confirmDiscard();
    }

    /** True while the tab shows the sample (or an empty untitled text) and nothing was typed. */
    boolean showsOnlyTheSample() {
        return doc.path.get() == null && !doc.dirty.get();
    }

    /** The tab closes (its text saved or discarded): nothing in it needs recovering. */
    void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        recovery.close();
        live.shutdown();
        editor.closed();
        review.shutdown();
        window.tabClosed(this);
    }

    /** Shows or hides one of the panes: "form", "editor" or "preview". */
    void showPane(String pane, boolean shown) {
        Node node = paneNodes.get(pane);
        if (!shown) {
            panes.getItems().remove(node);
            return;
        }
        if (panes.getItems().contains(node)) {
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

    /** File > Rename Agent… (F2): see {@link RenameCommand}. */
    void renameAgent() {
        new RenameCommand(this).run();
    }

    /** The tab's file is now {@code file} (a rename moved it); the next save writes there. */
    void movedTo(Path file) {
        doc.path.set(file);
        doc.displayName.set(file.getFileName().toString());
    }

    /** The problems this file has with the folder's other agents, from the workspace's latest check. */
    void showWorkspaceProblems() {
        List<Diagnostic> found = window.workspace().workspaceProblemsOf(doc.path.get());
        problems.showWorkspace(found);
        status.showWorkspace(found);
    }

    /** The theme changed: the web pages load again in its colours (the controls follow by themselves). */
    void themeChanged() {
        editor.themeChanged();
        preview.themeChanged();
        review.themeChanged();
    }

    FindBar findBar() {
        return find;
    }

    // --- news from the disk ----------------------------------------------------------------------------------

    /** The folder watcher saw the file change, appear or vanish: see {@link DiskSync#diskMayHaveChanged}. */
    void diskMayHaveChanged() {
        disk.diskMayHaveChanged();
    }

    /** Banner: Compare. The review mode, comparing the editor with the file on disk. */
    void compareWithDisk() {
        showReview(true, ReviewPane.SAVED);
    }

    private void showCaret() {
        status.showCaret(editor.area().getCurrentParagraph() + 1, editor.area().getCaretColumn() + 1);
    }

    private void updateTitle() {
        Path file = doc.path.get();
        boolean skill = file != null && file.getParent() != null && file.getFileName().toString().equals("SKILL.md");
        tab.setText((doc.dirty.get() ? "*" : "") + (skill ? file.getParent().getFileName() + "/" : "") + doc.displayName.get());
        tab.setTooltip(new Tooltip(doc.path.get() == null ? doc.displayName.get() : doc.path.get().toString()));
        window.titleChanged(this);
    }

    private Node titled(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        label.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
