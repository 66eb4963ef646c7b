package dev.agentpad.ui;

import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.document.LineEndings;
import dev.agentpad.document.TextEdit;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.TextFiles;
import dev.agentpad.ui.editor.PromptEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * A tab kept in step with its file on disk. The tab decides what a change means by comparing the disk's text with
 * the text it last loaded or saved: equal is its own save and nothing happens; a clean tab reloads in place; a tab
 * with unsaved changes shows the banner (Reload, Keep Mine, Compare); a deleted file shows it too, and Save writes
 * the file again.
 */
final class DiskSync {

    private final DocumentState doc;
    private final PromptEditor editor;
    private final StatusBar status;
    private final DiskBanner banner;

    DiskSync(DocumentState doc, PromptEditor editor, StatusBar status, Runnable compare) {
        this.doc = doc;
        this.editor = editor;
        this.status = status;
        this.banner = new DiskBanner(this::reload, this::keepMine, compare);
    }

    Node node() {
        return banner.node();
    }

    void hideBanner() {
        banner.hide();
    }

    /** The tab shows the text at HEAD of a file deleted since. */
    void deletedSinceHead(String fileName) {
        banner.deletedSinceHead(fileName);
    }

    /** The folder watcher saw the file change, appear or vanish. */
    void diskMayHaveChanged() {
        Path path = doc.path.get();
        if (path == null) {
            return;
        }
        if (!Files.exists(path)) {
            banner.deleted(path.getFileName().toString());
            return;
        }
        String onDisk;
        try {
            onDisk = LineEndings.toLf(TextFiles.read(path).text());
        } catch (FileProblem e) {
            return; // half-written or unreadable for a moment: the next event looks again
        }
        if (onDisk.equals(doc.savedText)) {
            banner.hide();
            return;
        }
        if (!doc.dirty.get()) {
            reloadFrom(onDisk);
            status.showNotice(path.getFileName() + " changed on disk and was reloaded");
        } else {
            banner.changed(path.getFileName().toString());
        }
    }

    /** Banner: Reload. The disk's text replaces the editor's, as one edit (Undo brings the editor's back). */
    private void reload() {
        try {
            reloadFrom(LineEndings.toLf(TextFiles.read(doc.path.get()).text()));
            banner.hide();
        } catch (FileProblem e) {
            status.showNotice("Not reloaded: " + e.getMessage());
        }
    }

    /** Banner: Keep Mine. The editor's text stays, unsaved, measured against what is on disk now. */
    private void keepMine() {
        try {
            doc.savedText = LineEndings.toLf(TextFiles.read(doc.path.get()).text());
        } catch (FileProblem e) {
            doc.savedText = ""; // gone or unreadable: whatever the editor holds is unsaved
        }
        doc.textChanged(editor.text());
        banner.hide();
    }

    /** The disk's text replaces the editor's as one edit; the caret and the top line stay on the same text. */
    private void reloadFrom(String onDisk) {
        CodeArea area = editor.area();
        int caret = area.getCaretPosition();
        int top = area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
        Optional<TextEdit> edit = DialectConversion.minimalEdit(editor.text(), onDisk);
        edit.ifPresent(editor::apply);
        doc.savedText = onDisk;
        doc.textChanged(editor.text());
        int length = area.getLength();
        area.moveTo(Math.min(edit.map(e -> e.map(caret)).orElse(caret), length));
        area.showParagraphAtTop(area.offsetToPosition(Math.min(edit.map(e -> e.map(top)).orElse(top), length), Bias.Forward).getMajor());
    }
}
