package dev.agentpad.ui.form;

import dev.agentpad.dialect.ColorNames;
import dev.agentpad.form.FormField;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A colour the tool accepts, with a swatch of it: a name from the list or, where the tool takes them, #RRGGBB. */
public final class ColorControl implements FieldControl {

    private final ChoiceControl choice;
    private final Rectangle swatch = new Rectangle(18, 18, Color.TRANSPARENT);
    private final HBox node;

    ColorControl(FormField field, FieldEdits edits) {
        choice = new ChoiceControl(field, edits);
        swatch.setStroke(Color.web("#d0d7de"));
        node = new HBox(6, swatch, choice.node());
        HBox.setHgrow(choice.node(), Priority.ALWAYS);
        node.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(FormField next) {
        choice.show(next);
        swatch.setFill(ColorNames.swatchOf(FieldControl.textOf(next.value())).map(Color::web).orElse(Color.TRANSPARENT));
    }
}
