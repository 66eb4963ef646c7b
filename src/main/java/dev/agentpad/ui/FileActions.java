package dev.agentpad.ui;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.DialectRegistry;
import dev.agentpad.dialect.Templates;
import dev.agentpad.document.LineEndings;
import dev.agentpad.document.LineIndex;
import dev.agentpad.io.Encoding;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.LoadedText;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.io.TextFiles;
import dev.agentpad.ui.common.FirstFrame;
import dev.agentpad.ui.common.WorkWithProgress;
import dev.agentpad.ui.editor.PreparedText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * New, Open, Save, Save As, Revert and Close, with the questions a careful editor asks: nothing unsaved is ever
 * dropped without asking, and a failed save says why and keeps the text.
 */
final class FileActions {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final Stage stage;
    private final AgentTab window;
    private final DocumentState doc;
    private final RecentFiles recent;
    private final DialectRegistry registry;

    FileActions(Stage stage, AgentTab window, DocumentState doc, RecentFiles recent, DialectRegistry registry) {
        this.stage = stage;
        this.window = window;
        this.doc = doc;
        this.recent = recent;
        this.registry = registry;
    }

    /** The longest line the editor opens: the text control lays out a line whole, and a 2 MB line takes minutes. */
    static final int MAX_LINE = 100_000;

    void newFile() {
        List<Dialect> choices = registry.all();
        ChoiceDialog<Dialect> dialog = new ChoiceDialog<>(choices.get(1), choices);
        dialog.setTitle("New agent");
        dialog.setHeaderText("Which tool is this agent for?");
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(d -> window.window().openUntitled(Templates.forDialect(d), "untitled.md", d));
    }

    void open() {
        FileChooser chooser = chooser("Open agent file");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            window.window().openFile(file.toPath());
        }
    }

    /** Opens {@code path} in this tab; false when it was not opened (see {@link #open(Path, Consumer)}). */
    boolean open(Path path) {
        return open(path, this::show);
    }

    /**
     * Reads {@code path} and makes it ready to show on a worker thread, then hands it to {@code show} on the FX thread.
     * A read that takes long shows a dialog with Cancel meanwhile (kept until {@code show} is done), and the window
     * keeps painting. False when the user cancelled, or when it cannot be opened, which a dialog explains.
     */
    boolean open(Path path, Consumer<Opened> show) {
        try {
            return WorkWithProgress.run(stage, "Opening " + path.getFileName() + "…", "agentpad-open",
                    () -> prepare(path, TextFiles.read(path)), show);
        } catch (FileProblem e) {
            error("Cannot open " + path.getFileName(), e.getMessage());
            recent.remove(path);
            return false;
        }
    }

    /** Shows a file read by {@link #open(Path, Consumer)} in this tab, and lists it among the recent files. */
    void show(Opened opened) {
        display(opened);
        recent.add(opened.path());
    }

    /** Shows {@code loaded} as the text of {@code path}, as {@link #prepare} makes it ready. */
    void show(Path path, LoadedText loaded) throws FileProblem {
        display(prepare(path, loaded));
    }

    /** A file's text made ready to show, with what is kept for saving it and what the status bar says about it. */
    record Opened(Path path, Encoding encoding, String lineEnding, PreparedText prepared, String notices) {
    }

    /**
     * {@code loaded} made ready to show as the text of {@code path}, on any thread: its line endings and encoding kept
     * for saving, a mix of line endings or broken UTF-8 said; refused when a line is longer than the editor can lay out.
     */
    private static Opened prepare(Path path, LoadedText loaded) throws FileProblem {
        int longest = LineIndex.longestLine(loaded.text());
        if (longest > MAX_LINE) {
            throw new FileProblem(path, String.format("%s has a line of %,d characters, and the editor shows lines of up to %,d: "
                    + "laying out a longer one would freeze the window. On the command line, agentpad check and agentpad render "
                    + "still read it.", path.getFileName(), longest, MAX_LINE));
        }
        LineEndings endings = LineEndings.of(loaded.text());
        String notices = Stream.of(brokenUtf8Notice(path, loaded), mixedEndingsNotice(endings)).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        return new Opened(path, loaded.encoding(), endings.dominant(), PreparedText.of(LineEndings.toLf(loaded.text())),
                notices.isEmpty() ? null : notices);
    }

    private void display(Opened opened) {
        Path path = opened.path();
        doc.opened(path.toAbsolutePath(), path.getFileName().toString(), opened.encoding(), opened.lineEnding(), opened.prepared().text());
        window.showLoaded(opened.prepared(), opened.notices());
    }

    boolean save() {
        window.commitPendingInput();
        Path path = doc.path.get();
        if (path == null) {
            return saveAs();
        }
        if (!doc.dirty.get() && !doc.makeFoldersOnSave && Files.isRegularFile(path)) {
            // nothing to write: the text as it was read would only come back with a mix of line endings made one
            window.status().showNotice("No changes to save in " + path.getFileName());
            return true;
        }
        return doc.makeFoldersOnSave ? saveNewFile(path) : writeTo(path);
    }

    boolean saveAs() {
        window.commitPendingInput();
        FileChooser chooser = chooser("Save agent file as");
        chooser.setInitialFileName(doc.path.get() != null ? doc.path.get().getFileName().toString() : window.suggestedFileName());
        if (doc.path.get() != null && doc.path.get().getParent() != null) {
            chooser.setInitialDirectory(doc.path.get().getParent().toFile());
        }
        File file = chooser.showSaveDialog(stage);
        return file != null && writeTo(file.toPath());
    }

    /** Saves the text as a new file at {@code path} (its folders made as needed) and goes on editing that file. */
    boolean saveNewFile(Path path) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
        } catch (IOException e) {
            return offerSaveAs(new FileProblem(path, "cannot make the folder " + path.getParent() + ": " + e.getMessage(), e));
        }
        return writeTo(path);
    }

    private boolean writeTo(Path path) {
        String text = window.text();
        if (!overwriteChangedOnDisk(path)) {
            return false;
        }
        try {
            TextFiles.write(path, LineEndings.fromLf(text, doc.lineEnding), doc.encoding);
        } catch (FileProblem e) {
            return offerSaveAs(e);
        }
        doc.opened(path.toAbsolutePath(), path.getFileName().toString(), doc.encoding, doc.lineEnding, text);
        recent.add(path);
        window.saved();
        return true;
    }

    /**
     * Saving over the file this tab opened, when someone else changed it on disk since: asks first (Overwrite, or
     * Cancel to compare or reload). True when the save may go on.
     */
    private boolean overwriteChangedOnDisk(Path path) {
        if (doc.path.get() == null || !path.toAbsolutePath().normalize().equals(doc.path.get().toAbsolutePath().normalize())
                || !Files.isRegularFile(path)) {
            return true;
        }
        try {
            if (LineEndings.toLf(TextFiles.read(path).text()).equals(doc.savedText)) {
                return true;
            }
        } catch (FileProblem e) {
            return true; // unreadable now: the save says what is wrong, if anything
        }
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        Alert ask = new Alert(Alert.AlertType.WARNING, path.getFileName() + " was changed on disk by something else since it "
                + "was opened or saved here. Saving replaces that version with yours.\n\nCancel keeps both: the banner above "
                + "the editor offers Compare and Reload.", overwrite, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Overwrite the changes on disk?");
        ask.getDialogPane().setId("overwrite-changed");
        boolean yes = ask.showAndWait().orElse(ButtonType.CANCEL) == overwrite;
        if (!yes) {
            window.diskMayHaveChanged();
        }
        return yes;
    }

    /** A save failed: says why, keeps the text, and offers to save it somewhere else. */
    private boolean offerSaveAs(FileProblem e) {
        ButtonType elsewhere = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + "\n\nYour text is still here.", elsewhere, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText("Not saved");
        alert.getDialogPane().setId("save-failed");
        return alert.showAndWait().orElse(ButtonType.OK) == elsewhere && saveAs();
    }

    void revert() {
        Path path = doc.path.get();
        if (path == null || !doc.dirty.get()) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Discard your changes and reload " + path.getFileName() + " from disk?",
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Revert to the saved file?");
        if (ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            open(path);
        }
    }

    /** Asks what to do with unsaved changes; true when the caller may go on (saved, discarded, or nothing to save). */
    boolean confirmDiscard() {
        window.commitPendingInput();
        if (!doc.dirty.get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save changes to " + doc.displayName.get() + "?");
        ask.setContentText("Your changes will be lost if you don't save them.");
        ask.getDialogPane().setId("unsaved-changes");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == DISCARD || save();
    }

    void useLineEnding(String ending) {
        doc.lineEnding = ending;
        doc.dirty.set(true);
        window.showFileInfo(null);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Agent files (*.md, *.mdc)", "*.md", "*.mdc"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        if (stage.isShowing()) {
            alert.showAndWait();
            return;
        }
        FirstFrame.then(stage.getScene(), alert::show); // a file named on the command line: said over the window, once it is there
    }

    /** Where a file read as Windows-1252 has a byte that breaks its UTF-8; null when it has none (or is UTF-8). */
    private static String brokenUtf8Notice(Path path, LoadedText loaded) {
        OptionalInt line = TextFiles.brokenUtf8Line(loaded);
        return line.isPresent() ? path.getFileName() + " is not valid UTF-8 at line " + line.getAsInt() + ", so it was read as "
                + loaded.encoding().label() + ": letters written in UTF-8 show as pairs such as \"Ã©\". Saving writes the bytes back as they were"
                : null;
    }

    /** What saving will do to a file with mixed line endings; null when they are not mixed. */
    private static String mixedEndingsNotice(LineEndings endings) {
        return endings.isMixed()
                ? "This file mixes " + mixDescription(endings) + " line endings; saving writes " + LineEndings.nameOf(endings.dominant()) : null;
    }

    private static String mixDescription(LineEndings e) {
        StringBuilder s = new StringBuilder();
        if (e.lf() > 0) {
            s.append("LF");
        }
        if (e.crlf() > 0) {
            s.append(s.length() > 0 ? " and " : "").append("CRLF");
        }
        if (e.cr() > 0) {
            s.append(s.length() > 0 ? " and " : "").append("CR");
        }
        return s.toString();
    }
}
