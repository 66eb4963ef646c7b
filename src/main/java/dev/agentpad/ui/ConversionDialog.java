package dev.agentpad.ui;

import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.document.TextDiff;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks whether to convert the front matter to the chosen dialect, showing the changes, what cannot come along, and
 * where the target tool looks for the converted agent (saved there as a new file, the original kept).
 */
final class ConversionDialog {

    static final ButtonType CONVERT = new ButtonType("Convert", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CHECK_ONLY = new ButtonType("Only check as this tool", ButtonBar.ButtonData.OTHER);

    /** The button chosen, and where to save the converted agent when the user asked for it. */
    record Answer(ButtonType button, Optional<Path> saveTo) {
    }

    private ConversionDialog() {
    }

    static Answer ask(Window owner, DialectConversion plan, String text, Optional<Path> targetLocation) {
        String after = plan.edit().map(e -> e.applyTo(text)).orElse(text);
        TextArea diff = new TextArea(TextDiff.unified(text, after, "before", "after", 2));
        diff.setEditable(false);
        diff.setPrefRowCount(10);
        diff.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        diff.setId("conversion-diff");
        VBox content = new VBox(6, new Label("Changes to the front matter (the agent keeps the same tools or fewer):"), diff);
        if (!plan.notCarried().isEmpty()) {
            Label lost = new Label("Left out:\n• " + String.join("\n• ", plan.notCarried()));
            lost.setWrapText(true);
            lost.setId("conversion-lost");
            content.getChildren().add(lost);
        }
        CheckBox saveThere = new CheckBox();
        targetLocation.filter(p -> plan.edit().isPresent()).ifPresent(p -> {
            saveThere.setText("Save the converted agent as " + p + ", where " + plan.to().toolName() + " looks for it"
                    + " (the original file stays as it is)");
            saveThere.setWrapText(true);
            saveThere.setSelected(true);
            saveThere.setId("conversion-save-there");
            content.getChildren().add(saveThere);
        });
        ButtonType[] buttons = plan.edit().isPresent()
                ? new ButtonType[] {CONVERT, CHECK_ONLY, ButtonType.CANCEL}
                : new ButtonType[] {CHECK_ONLY, ButtonType.CANCEL};
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", buttons);
        alert.initOwner(owner);
        alert.setTitle("Convert agent");
        alert.setHeaderText("Convert this agent from " + plan.from().displayName() + " to " + plan.to().displayName() + "?");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("conversion-dialog");
        alert.setResizable(true);
        ButtonType button = alert.showAndWait().orElse(ButtonType.CANCEL);
        return new Answer(button, button == CONVERT && saveThere.isSelected() ? targetLocation : Optional.empty());
    }
}
