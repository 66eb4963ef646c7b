package dev.agentpad.ui.form;

import dev.agentpad.form.FormField;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Text over several lines (descriptions), written as the user types, with a character count against the field's
 * limit. Tab moves to the next field as in every other control; Ctrl+Tab types a tab.
 */
public final class MultilineControl implements FieldControl {

    private final TextArea area = new TextArea();
    private final Label count = new Label();
    private final VBox node = new VBox(2, area, count);
    private final TypedText typed;
    private FormField field;
    private boolean movingFocus;

    MultilineControl(FormField field, FieldEdits edits) {
        this.field = field;
        area.setId("input-" + field.key());
        area.setWrapText(true);
        area.setPrefRowCount(3);
        count.getStyleClass().add("field-help");
        area.textProperty().addListener((o, a, text) -> {
            area.setPrefRowCount(Math.max(2, Math.min(10, text.length() / 38 + text.split("\n", -1).length)));
            showCount(text);
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::tabMovesFocus);
        typed = new TypedText(area, () -> this.field, edits);
    }

    /** TextArea types a tab on Tab and moves focus on Ctrl+Tab; a form field should do the opposite. */
    private void tabMovesFocus(KeyEvent e) {
        if (movingFocus || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        e.consume();
        if (e.isControlDown()) {
            area.replaceSelection("\t");
            return;
        }
        movingFocus = true; // the TextArea's own Ctrl+Tab (Ctrl+Shift+Tab) moves the focus on (back)
        try {
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
        } finally {
            movingFocus = false;
        }
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(FormField next) {
        field = next;
        typed.show(FieldControl.textOf(next.value()));
        showCount(area.getText());
    }

    private void showCount(String text) {
        Integer max = field.spec() != null ? field.spec().maxLength() : null;
        count.setText(text.length() + (max != null ? " / " + max : "") + " characters");
        count.setStyle(max != null && text.length() > max ? "-fx-text-fill: #cf222e;" : "");
    }
}
