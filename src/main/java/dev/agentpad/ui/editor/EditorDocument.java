package dev.agentpad.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.fxmisc.richtext.model.EditableStyledDocument;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.Replacement;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reactfx.EventStream;
import org.reactfx.SuspendableNo;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;

/**
 * The prompt editor's document: RichTextFX's own, with one stream of plain-text changes for every listener. RichTextFX
 * makes a stream of its own for each listener (the caret, the selection and the editor each ask for one), and each
 * reads the whole inserted and removed text out of the paragraphs twice, once to see whether the change changed any
 * text and once to report it: six times 3 MB when a 3 MB prompt is opened, a third of opening it. Here each text of a
 * change is read once.
 */
final class EditorDocument implements EditableStyledDocument<Collection<String>, String, Collection<String>> {

    private final SimpleEditableStyledDocument<Collection<String>, Collection<String>> document =
            new SimpleEditableStyledDocument<>(Collections.emptyList(), Collections.emptyList());
    private final EventStream<List<PlainTextChange>> plainChanges =
            document.multiRichChanges().map(EditorDocument::plain).filter(changes -> !changes.isEmpty());

    /** The changes that changed text, as RichTextFX's own {@code multiPlainChanges} gives them (a restyling changes none). */
    private static List<PlainTextChange> plain(List<RichTextChange<Collection<String>, String, Collection<String>>> changes) {
        List<PlainTextChange> plain = new ArrayList<>(changes.size());
        for (RichTextChange<Collection<String>, String, Collection<String>> change : changes) {
            String removed = change.getRemoved().getText();
            String inserted = change.getInserted().getText();
            if (!removed.equals(inserted)) {
                plain.add(new PlainTextChange(change.getPosition(), removed, inserted));
            }
        }
        return plain;
    }

    @Override
    public EventStream<List<PlainTextChange>> multiPlainChanges() {
        return plainChanges;
    }

    // --- everything else is the document's own -------------------------------------------------------------------

    @Override
    public EventStream<List<RichTextChange<Collection<String>, String, Collection<String>>>> multiRichChanges() {
        return document.multiRichChanges();
    }

    @Override
    public ObservableValue<String> textProperty() {
        return document.textProperty();
    }

    @Override
    public String getText() {
        return document.getText();
    }

    @Override
    public int getLength() {
        return document.getLength();
    }

    @Override
    public int length() {
        return document.length();
    }

    @Override
    public Val<Integer> lengthProperty() {
        return document.lengthProperty();
    }

    @Override
    public LiveList<Paragraph<Collection<String>, String, Collection<String>>> getParagraphs() {
        return document.getParagraphs();
    }

    @Override
    public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> snapshot() {
        return document.snapshot();
    }

    @Override
    public SuspendableNo beingUpdatedProperty() {
        return document.beingUpdatedProperty();
    }

    @Override
    public boolean isBeingUpdated() {
        return document.isBeingUpdated();
    }

    @Override
    public void replaceMulti(List<Replacement<Collection<String>, String, Collection<String>>> replacements) {
        document.replaceMulti(replacements);
    }

    @Override
    public void replace(int start, int end, StyledDocument<Collection<String>, String, Collection<String>> replacement) {
        document.replace(start, end, replacement);
    }

    @Override
    public void setStyle(int from, int to, Collection<String> style) {
        document.setStyle(from, to, style);
    }

    @Override
    public void setStyle(int paragraph, Collection<String> style) {
        document.setStyle(paragraph, style);
    }

    @Override
    public void setStyle(int paragraph, int fromCol, int toCol, Collection<String> style) {
        document.setStyle(paragraph, fromCol, toCol, style);
    }

    @Override
    public void setStyleSpans(int from, StyleSpans<? extends Collection<String>> styleSpans) {
        document.setStyleSpans(from, styleSpans);
    }

    @Override
    public void setStyleSpans(int paragraph, int from, StyleSpans<? extends Collection<String>> styleSpans) {
        document.setStyleSpans(paragraph, from, styleSpans);
    }

    @Override
    public void setParagraphStyle(int paragraph, Collection<String> style) {
        document.setParagraphStyle(paragraph, style);
    }

    @Override
    public StyledDocument<Collection<String>, String, Collection<String>> concat(StyledDocument<Collection<String>, String, Collection<String>> that) {
        return document.concat(that);
    }

    @Override
    public StyledDocument<Collection<String>, String, Collection<String>> subSequence(int start, int end) {
        return document.subSequence(start, end);
    }

    @Override
    public TwoDimensional.Position position(int major, int minor) {
        return document.position(major, minor);
    }

    @Override
    public TwoDimensional.Position offsetToPosition(int offset, TwoDimensional.Bias bias) {
        return document.offsetToPosition(offset, bias);
    }
}
