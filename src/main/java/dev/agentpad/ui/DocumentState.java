package dev.agentpad.ui;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.io.Encoding;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the window knows about the open document besides its text: where it lives (null while untitled), how to
 * write it back (encoding, byte-order mark, line endings), the text as last saved (to tell whether it is dirty)
 * and the dialect the user chose, if any.
 */
final class DocumentState {

    final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    final StringProperty displayName = new SimpleStringProperty("untitled.md");
    final BooleanProperty dirty = new SimpleBooleanProperty();
    final ObjectProperty<Dialect> chosenDialect = new SimpleObjectProperty<>();
    Encoding encoding = Encoding.UTF8;
    String lineEnding = "\n";
    String savedText = "";
    /** True for an agent deleted since HEAD shown from git: Save makes its folders again if they went too. */
    boolean makeFoldersOnSave;

    void opened(Path file, String name, Encoding enc, String ending, String text) {
        makeFoldersOnSave = false;
        path.set(file);
        displayName.set(name);
        encoding = enc;
        lineEnding = ending;
        savedText = text;
        dirty.set(false);
    }

    void textChanged(String text) {
        dirty.set(!text.equals(savedText));
    }

    /** The text changed to {@code length} characters; {@code text} reads it, only when it may equal the saved one. */
    void textChanged(int length, Supplier<String> text) {
        dirty.set(savedText == null || length != savedText.length() || !text.get().equals(savedText));
    }
}
