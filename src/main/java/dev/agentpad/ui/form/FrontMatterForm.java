package dev.agentpad.ui.form;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Fix;
import dev.agentpad.form.FormField;
import dev.agentpad.form.FormModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The front-matter form, generated from the file's dialect and kept in step with the text: each analysis
 * updates the fields in place (the one being typed in is left alone), and a change in a field becomes one
 * surgical edit of the text. When the front matter does not parse, a banner says why and offers the fix, and
 * the fields are disabled rather than filled with guesses.
 */
public final class FrontMatterForm {

    private final FieldEdits edits;
    private final Consumer<Fix> applyFix;
    private final VBox root = new VBox();
    private final Label title = new Label("Front matter · checking…");
    private final VBox banner = new VBox(4);
    private final VBox rows = new VBox(10);
    /** Below the rows: how many more keys the file has than the form shows. */
    private final Label moreKeys = new Label();
    private final Map<String, FieldRow> rowsByKey = new LinkedHashMap<>();
    private String shape = "";
    private String dialectId = "";

    public FrontMatterForm(FieldEdits edits, Consumer<Fix> applyFix) {
        this.edits = edits;
        this.applyFix = applyFix;
        root.setId("frontmatter-form");
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("form-banner");
        banner.setId("form-banner");
        rows.getStyleClass().add("form-rows");
        moreKeys.setId("form-more-keys");
        moreKeys.setWrapText(true);
        moreKeys.getStyleClass().add("field-help");
        showMoreKeys(0);
        ScrollPane scroll = new ScrollPane(new VBox(8, banner, rows, moreKeys));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, scroll);
        root.setMinWidth(0);
    }

    public VBox node() {
        return root;
    }

    /** Writes input that controls hold but have not handed on yet (names typed in an "add" box). */
    public void flush() {
        rowsByKey.values().forEach(FieldRow::flush);
    }

    public void show(Analysis analysis) {
        FormModel model = analysis.form();
        title.setText("Front matter · " + model.dialect().displayName());
        showBanner(model);
        boolean disabled = model.yamlProblem().isPresent();
        showMoreKeys(model.keysNotShown());
        String nextShape = model.dialect().id() + model.fields().stream().map(f -> f.key() + ":" + f.widget()).toList();
        if (!nextShape.equals(shape)) {
            rebuild(model, disabled);
            shape = nextShape;
            return;
        }
        for (FormField field : model.fields()) {
            rowsByKey.get(field.key()).update(field, disabled);
        }
    }

    private void rebuild(FormModel model, boolean disabled) {
        // rows are reused only within one dialect: another dialect has other help texts, tools and values
        Map<String, FieldRow> previous = model.dialect().id().equals(dialectId) ? new LinkedHashMap<>(rowsByKey) : Map.of();
        dialectId = model.dialect().id();
        rowsByKey.clear();
        for (FormField field : model.fields()) {
            FieldRow row = previous.get(field.key());
            if (row != null && row.widget() == field.widget()) {
                row.update(field, disabled); // the same node keeps focus and caret
            } else {
                row = new FieldRow(field, model.dialect(), edits);
                row.update(field, disabled);
            }
            rowsByKey.put(field.key(), row);
        }
        List<Node> nodes = rowsByKey.values().stream().map(r -> (Node) r.node()).toList();
        if (!rows.getChildren().equals(nodes)) {
            rows.getChildren().setAll(nodes);
        }
    }

    private void showMoreKeys(int count) {
        moreKeys.setText(String.format("%,d more %s that the tool does not know %s not shown here: they are in the text.",
                count, count == 1 ? "key" : "keys", count == 1 ? "is" : "are"));
        moreKeys.setVisible(count > 0);
        moreKeys.setManaged(count > 0);
    }

    private void showBanner(FormModel model) {
        banner.getChildren().clear();
        banner.setVisible(model.yamlProblem().isPresent());
        banner.setManaged(banner.isVisible());
        model.yamlProblem().ifPresent(problem -> {
            Label message = new Label("The front matter cannot be read (line " + problem.start().line() + "): " + problem.message());
            message.setWrapText(true);
            banner.getChildren().add(message);
            problem.fixIfAny().ifPresent(fix -> banner.getChildren().add(fixButton(problem, fix)));
        });
    }

    private Button fixButton(Diagnostic problem, Fix fix) {
        Button button = new Button(fix.title());
        button.setId("form-fix");
        button.setOnAction(e -> applyFix.accept(fix));
        button.setWrapText(true);
        return button;
    }
}
