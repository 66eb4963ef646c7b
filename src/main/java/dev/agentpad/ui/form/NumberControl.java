package dev.agentpad.ui.form;

import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A number typed in a box, with a slider beside it when the field has a known range. */
public final class NumberControl implements FieldControl {

    private final TextControl text;
    private final Slider slider;
    private final Node node;
    private FormField field;

    NumberControl(FormField field, FieldEdits edits) {
        this.field = field;
        text = new TextControl(field, edits);
        text.textField().setPrefColumnCount(5);
        text.textField().setMinWidth(50);
        if (field.spec().min() == null || field.spec().max() == null) {
            slider = null;
            node = text.node();
            return;
        }
        slider = new Slider(field.spec().min(), field.spec().max(), field.spec().min());
        slider.setId("slider-" + field.key());
        slider.setMajorTickUnit((field.spec().max() - field.spec().min()) / 4);
        slider.setShowTickMarks(true);
        slider.setMinWidth(60);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Runnable commit = () -> {
            String value = String.valueOf(Math.round(slider.getValue() * 100) / 100.0);
            if (!value.equals(FieldControl.textOf(this.field.value()))) {
                edits.apply(doc -> FormEdits.setText(doc, this.field, value));
            }
        };
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                commit.run();
            }
        });
        slider.setOnMouseReleased(e -> commit.run());
        HBox box = new HBox(6, slider, text.node());
        box.setAlignment(Pos.CENTER_LEFT);
        node = box;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(FormField next) {
        field = next;
        text.show(next);
        String value = FieldControl.textOf(next.value());
        if (slider != null && !slider.isValueChanging()) {
            try {
                slider.setValue(value.isEmpty() ? slider.getMin() : Double.parseDouble(value));
            } catch (NumberFormatException ignored) {
                // not a number: the text box shows it and the checker explains
            }
        }
    }
}
