package dev.agentpad.ui;

import dev.agentpad.dialect.ColorNames;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.form.FieldValue;
import dev.agentpad.form.FormEdits;
import dev.agentpad.form.FormField;
import dev.agentpad.form.Widget;
import dev.agentpad.yaml.EditResult;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One field of the form: its key (starred when required), the control for its kind, its one-line doc, and the
 * checker's problems with it. A text control commits when the user presses Enter or leaves it; an update from the
 * editor never overwrites the control the user is typing in.
 */
final class FieldRow {

    /** Applies an edit computed against the editor's current text. */
    interface Edits {
        void apply(Function<AgentDocument, EditResult> edit);
    }

    private final Dialect dialect;
    private final Edits edits;
    private final VBox node = new VBox(3);
    private final VBox problems = new VBox(2);
    private final Button remove = new Button("×");
    private final Button rename = new Button();
    private FormField field;
    private Node control;
    private TextInputControl input;
    private String shown = "";
    private ComboBox<String> choice;
    private CheckBox toggle;
    private Slider slider;
    private ChipList chips;
    private ToolPicker tools;
    private PermissionTable permissions;
    private Rectangle swatch;
    private Label count;

    FieldRow(FormField field, Dialect dialect, Edits edits) {
        this.field = field;
        this.dialect = dialect;
        this.edits = edits;
        node.getStyleClass().add("field-row");
        node.setId("field-" + field.key());
        Label key = new Label(field.key() + (field.spec() != null && field.spec().required() ? " *" : ""));
        key.getStyleClass().add(field.isKnown() ? "field-key" : "field-key-unknown");
        key.setTooltip(new Tooltip(field.doc()));
        remove.getStyleClass().add("small-button");
        remove.setTooltip(new Tooltip("Remove " + field.key() + " from the front matter"));
        remove.setOnAction(e -> edits.apply(doc -> FormEdits.remove(doc, this.field)));
        rename.getStyleClass().add("small-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, key, spacer, rename, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        control = buildControl();
        node.getChildren().addAll(header, control);
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

    /** Shows a newer reading of the field; the control being typed in keeps what the user typed. */
    void update(FormField next, boolean disabled) {
        this.field = next;
        boolean readable = next.isEditable();
        control.setDisable(disabled || !readable);
        remove.setVisible(next.isPresent() && !disabled);
        remove.setManaged(remove.isVisible());
        rename.setVisible(next.didYouMean().isPresent() && !disabled);
        rename.setManaged(rename.isVisible());
        next.didYouMean().ifPresent(to -> {
            rename.setText("Rename to " + to);
            rename.setOnAction(e -> edits.apply(doc -> FormEdits.rename(doc, field, to)));
        });
        showValue(next.value());
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

    private Node buildControl() {
        return switch (field.widget()) {
            case TEXT, INTEGER -> textField();
            case MULTILINE -> textArea();
            case CHOICE, EDITABLE_CHOICE -> choice(field.widget() == Widget.EDITABLE_CHOICE, field.spec().values());
            case NUMBER -> number();
            case TOGGLE -> toggle();
            case LIST -> {
                chips = new ChipList("Add + Enter", items -> edits.apply(doc -> FormEdits.setItems(doc, field, items)));
                yield chips.node();
            }
            case TOOLS -> {
                tools = new ToolPicker(dialect.tools(), items -> edits.apply(doc -> FormEdits.setItems(doc, field, items)));
                yield tools.node();
            }
            case PERMISSIONS -> {
                permissions = new PermissionTable(field.spec().permissions(), new PermissionTable.Changes() {
                    @Override
                    public void action(String tool, String action) {
                        edits.apply(doc -> FormEdits.setPermission(doc, field.key(), tool, action));
                    }

                    @Override
                    public void rules(String tool, List<FieldValue.PatternRule> rules) {
                        edits.apply(doc -> FormEdits.setPatternRules(doc, field.key(), tool, rules));
                    }

                    @Override
                    public void remove(String tool) {
                        edits.apply(doc -> FormEdits.removePermission(doc, field.key(), tool));
                    }
                });
                yield permissions.node();
            }
            case COLOR -> color();
            case RAW -> field.value() instanceof FieldValue.Raw raw && !raw.scalar() ? readOnly() : textField();
        };
    }

    private Node textField() {
        TextField text = new TextField();
        text.setId("input-" + field.key());
        commitOnEnterOrLeave(text);
        input = text;
        return text;
    }

    private Node textArea() {
        TextArea area = new TextArea();
        area.setId("input-" + field.key());
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().addListener((o, a, b) -> {
            area.setPrefRowCount(Math.max(2, Math.min(10, b.length() / 38 + b.split("\n", -1).length)));
            showCount(b);
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitText(area.getText());
            }
        });
        area.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commitText(area.getText());
                e.consume();
            }
        });
        input = area;
        count = new Label();
        count.getStyleClass().add("field-help");
        return new VBox(2, area, count);
    }

    private void showCount(String text) {
        if (count == null) {
            return;
        }
        Integer max = field.spec() != null ? field.spec().maxLength() : null;
        count.setText(text.length() + (max != null ? " / " + max : "") + " characters");
        count.setStyle(max != null && text.length() > max ? "-fx-text-fill: #cf222e;" : "");
    }

    private Node choice(boolean editable, List<String> values) {
        choice = new ComboBox<>();
        choice.setId("input-" + field.key());
        choice.getItems().add("");
        choice.getItems().addAll(values);
        choice.setEditable(editable);
        choice.setMaxWidth(Double.MAX_VALUE);
        String fallback = field.spec() != null && field.spec().defaultValue() != null
                ? "(not set: " + field.spec().defaultValue() + ")" : "(not set)";
        choice.setPromptText(fallback);
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? (editable ? "" : fallback) : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        choice.setOnAction(e -> {
            String value = choice.getValue() == null ? "" : choice.getValue();
            if (!value.equals(shown)) {
                commitText(value);
            }
        });
        return choice;
    }

    private Node number() {
        TextField text = (TextField) textField();
        text.setPrefColumnCount(5);
        text.setMinWidth(50);
        if (field.spec().min() == null || field.spec().max() == null) {
            return text;
        }
        slider = new Slider(field.spec().min(), field.spec().max(), field.spec().min());
        slider.setId("slider-" + field.key());
        slider.setMajorTickUnit((field.spec().max() - field.spec().min()) / 4);
        slider.setShowTickMarks(true);
        slider.setMinWidth(60);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                commitSlider();
            }
        });
        slider.setOnMouseReleased(e -> commitSlider());
        HBox box = new HBox(6, slider, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void commitSlider() {
        String value = String.valueOf(Math.round(slider.getValue() * 100) / 100.0);
        if (!value.equals(shown)) {
            commitText(value);
        }
    }

    private Node toggle() {
        toggle = new CheckBox(field.spec() != null && field.spec().defaultValue() != null ? "(default " + field.spec().defaultValue() + ")" : "");
        toggle.setId("input-" + field.key());
        toggle.setOnAction(e -> edits.apply(doc -> FormEdits.setToggle(doc, field, toggle.isSelected())));
        return toggle;
    }

    private Node color() {
        Node box = choice(field.spec().pattern() != null, field.spec().values());
        swatch = new Rectangle(18, 18, Color.TRANSPARENT);
        swatch.setStroke(Color.web("#d0d7de"));
        HBox row = new HBox(6, swatch, box);
        HBox.setHgrow(box, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node readOnly() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setPrefRowCount(3);
        input = area;
        return area;
    }

    private void commitOnEnterOrLeave(TextInputControl text) {
        if (text instanceof TextField tf) {
            tf.setOnAction(e -> commitText(tf.getText()));
        }
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitText(text.getText());
            }
        });
    }

    private void commitText(String text) {
        if (text.equals(shown)) {
            return;
        }
        shown = text;
        edits.apply(doc -> FormEdits.setText(doc, field, text));
    }

    private void showValue(FieldValue value) {
        String text = "";
        if (value instanceof FieldValue.Text t) {
            text = t.text();
        } else if (value instanceof FieldValue.Raw r) {
            text = r.yaml();
        } else if (value instanceof FieldValue.Unreadable u) {
            text = u.yaml();
        }
        if (input != null && !input.isFocused()) {
            shown = text;
            input.setText(text);
            showCount(text);
        }
        if (choice != null && !choice.isFocused() && !(choice.getEditor() != null && choice.getEditor().isFocused())) {
            shown = text;
            choice.setValue(text);
            if (choice.isEditable()) {
                choice.getEditor().setText(text);
            }
        }
        if (slider != null && !slider.isValueChanging()) {
            try {
                slider.setValue(text.isEmpty() ? slider.getMin() : Double.parseDouble(text));
            } catch (NumberFormatException ignored) {
                // not a number: the text field shows it and the checker explains
            }
        }
        if (toggle != null) {
            toggle.setSelected(text.equals("true"));
        }
        if (swatch != null) {
            swatch.setFill(ColorNames.swatchOf(text).map(Color::web).orElse(Color.TRANSPARENT));
        }
        if (chips != null) {
            chips.show(value instanceof FieldValue.Items items ? items.items() : List.of());
        }
        if (tools != null) {
            tools.show(value instanceof FieldValue.Items items ? items.items() : List.of());
        }
        if (permissions != null) {
            permissions.show(value instanceof FieldValue.Permissions p ? p : new FieldValue.Permissions(null, List.of()));
        }
    }
}
