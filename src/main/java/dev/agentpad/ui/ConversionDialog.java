package dev.agentpad.ui;

import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.document.TextDiff;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks whether to convert the front matter to the chosen dialect, showing the changes and what cannot come along. */
final class ConversionDialog {

    static final ButtonType CONVERT = new ButtonType("Convert", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CHECK_ONLY = new ButtonType("Only check as this tool", ButtonBar.ButtonData.OTHER);

    private ConversionDialog() {
    }

    /** CONVERT, CHECK_ONLY or CANCEL. */
    static ButtonType ask(Window owner, DialectConversion plan, String text) {
        String after = plan.edit().map(e -> e.applyTo(text)).orElse(text);
        TextArea diff = new TextArea(TextDiff.unified(text, after, "before", "after", 2));
        diff.setEditable(false);
        diff.setPrefRowCount(10);
        diff.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;");
        diff.setId("conversion-diff");
        VBox content = new VBox(6, new Label("Changes to the front matter:"), diff);
        if (!plan.notCarried().isEmpty()) {
            Label lost = new Label("Cannot be carried over:\n• " + String.join("\n• ", plan.notCarried()));
            lost.setWrapText(true);
            lost.setId("conversion-lost");
            content.getChildren().add(lost);
        }
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
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }
}
