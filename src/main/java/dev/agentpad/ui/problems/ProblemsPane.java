package dev.agentpad.ui.problems;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Fix;
import dev.agentpad.ui.common.Icons;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The list of problems: severity, code, message and line; a click jumps to the place, a button applies the fix. The
 * file's own problems come first, then, under a "Workspace" heading, those it has with the folder's other agents.
 */
public final class ProblemsPane {

    /** The heading row above the workspace's problems. */
    record Heading(String text) {
    }

    public static final Heading WORKSPACE = new Heading("Workspace: with the folder's other agents, as saved");

    private final ListView<Object> list = new ListView<>();
    private final Label placeholder = new Label("Checking…");
    private List<Diagnostic> own = List.of();
    private List<Diagnostic> workspace = List.of();

    public ProblemsPane(Consumer<Diagnostic> jump, Consumer<Fix> applyFix) {
        list.setId("problems");
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new ProblemCell(applyFix));
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() instanceof Diagnostic d) {
                jump.accept(d);
            }
        });
        list.setOnKeyPressed(e -> {
            if (list.getSelectionModel().getSelectedItem() instanceof Diagnostic d && e.getCode() == KeyCode.ENTER) {
                jump.accept(d);
            }
        });
    }

    public ListView<Object> node() {
        return list;
    }

    /** While an analysis is on its way, an empty list says so rather than "No problems". */
    public void pending(boolean pending) {
        placeholder.setText(pending ? "Checking…" : "No problems");
    }

    /** The file's own problems, from the latest analysis of the editor's text. */
    public void show(List<Diagnostic> diagnostics) {
        own = List.copyOf(diagnostics);
        list.getItems().setAll(own);
        if (!workspace.isEmpty()) {
            list.getItems().add(WORKSPACE);
            list.getItems().addAll(workspace);
        }
    }

    /** The problems the file has with the folder's other agents (as saved), listed after its own under "Workspace". */
    public void showWorkspace(List<Diagnostic> diagnostics) {
        workspace = List.copyOf(diagnostics);
        show(own);
    }

    private static final class ProblemCell extends ListCell<Object> {
        private final Consumer<Fix> applyFix;

        ProblemCell(Consumer<Fix> applyFix) {
            this.applyFix = applyFix;
            setPrefWidth(0); // follow the list's width instead of scrolling sideways; the message is cut with "..."
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("problem-group");
            setTooltip(null);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (item instanceof Heading heading) {
                setGraphic(null);
                setText(heading.text());
                getStyleClass().add("problem-group");
                return;
            }
            Diagnostic d = (Diagnostic) item;
            Node dot = Icons.severity(d.severity().label());
            Label code = new Label(d.code().id());
            code.getStyleClass().add("problem-code");
            Label message = new Label(d.message());
            message.setMinWidth(0);
            message.setWrapText(true);
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMaxWidth(Double.MAX_VALUE);
            Label line = new Label("line " + d.start().line());
            line.getStyleClass().add("problem-line");
            line.setMinWidth(Region.USE_PREF_SIZE);
            code.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, dot, line, code, message);
            row.setAlignment(Pos.TOP_LEFT);
            d.fixIfAny().ifPresent(f -> {
                Button fix = new Button("Fix");
                fix.getStyleClass().add("fix-button");
                fix.setId("fix-" + d.code().id() + "-" + d.start().line());
                fix.setOnAction(e -> applyFix.accept(f));
                fix.setTooltip(new Tooltip(f.title()));
                fix.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(fix);
            });
            setTooltip(new Tooltip(d.severity().label() + " " + d.code().id() + ": " + d.message()));
            setText(null);
            setGraphic(row);
        }
    }
}
