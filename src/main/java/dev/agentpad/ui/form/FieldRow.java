package dev.agentpad.ui.form;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import dev.agentpad.form.Widget;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One field of the form: its key (starred when required), the control for its kind, its one-line doc, and the
 * checker's problems with it. The small buttons (remove the key, rename a misspelt one) are reached with the
 * mouse, not by Tab, so a stray key press never removes a key.
 */
public final class FieldRow {

    private final FieldEdits edits;
    private final VBox node = new VBox(3);
    private final VBox problems = new VBox(2);
    private final Button remove = new Button("×");
    private final Button rename = new Button();
    private final FieldControl control;
    private FormField field;

    FieldRow(FormField field, Dialect dialect, FieldEdits edits) {
        this.field = field;
        this.edits = edits;
        node.getStyleClass().add("field-row");
        node.setId("field-" + field.key());
        Label key = new Label(field.key() + (field.spec() != null && field.spec().required() ? " *" : ""));
        key.getStyleClass().add(field.isKnown() ? "field-key" : "field-key-unknown");
        key.setTooltip(new Tooltip(field.doc()));
        remove.getStyleClass().add("small-button");
        remove.setId("remove-" + field.key());
        remove.setTooltip(new Tooltip("Remove " + field.key() + " from the front matter"));
        remove.setOnAction(e -> edits.apply(doc -> FormEdits.remove(doc, this.field)));
        remove.setFocusTraversable(false);
        rename.getStyleClass().add("small-button");
        rename.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, key, spacer, rename, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        control = FieldControl.of(field, dialect, edits);
        node.getChildren().addAll(header, control.node());
        if (field.isKnown()) {
            Label help = new Label(field.doc());
            help.getStyleClass().add("field-help");
            help.setWrapText(true);
            node.getChildren().add(help);
        }
        node.getChildren().add(problems);
        update(field, false);
    }

    VBox node() {
        return node;
    }

    Widget widget() {
        return field.widget();
    }

    /** Writes what the control holds but has not handed on yet (before a save, say). */
    void flush() {
        control.flush();
    }

    /** Shows a newer reading of the field; the control being typed in keeps what the user typed. */
    void update(FormField next, boolean disabled) {
        this.field = next;
        control.node().setDisable(disabled || !next.isEditable());
        remove.setVisible(next.isPresent() && !disabled);
        remove.setManaged(remove.isVisible());
        rename.setVisible(next.didYouMean().isPresent() && !disabled);
        rename.setManaged(rename.isVisible());
        next.didYouMean().ifPresent(to -> {
            rename.setText("Rename to " + to);
            rename.setOnAction(e -> edits.apply(doc -> FormEdits.rename(doc, field, to)));
        });
        control.show(next);
        problems.getChildren().clear();
        for (Diagnostic d : next.diagnostics()) {
            Label p = new Label(d.message());
            p.setWrapText(true);
            p.getStyleClass().addAll("field-problem", "field-problem-" + d.severity().label());
            problems.getChildren().add(p);
        }
        if (next.value() instanceof FieldValue.Unreadable u) {
            Label why = new Label("Shown as written (" + u.why() + "); edit it in the text.");
            why.getStyleClass().add("field-help");
            why.setWrapText(true);
            problems.getChildren().add(why);
        }
    }
}
