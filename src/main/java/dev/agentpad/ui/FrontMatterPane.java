package dev.agentpad.ui;

import dev.agentpad.analysis.Analysis;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The place for the front-matter form (built in its own issue); for now it names the keys the file has. */
final class FrontMatterPane {

    private final VBox box = new VBox();
    private final Label summary = new Label();

    FrontMatterPane() {
        box.setId("frontmatter-form");
        Label title = new Label("Front matter");
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        summary.setWrapText(true);
        summary.setStyle("-fx-padding: 8;");
        box.getChildren().addAll(title, summary);
        box.setMinWidth(0);
    }

    VBox node() {
        return box;
    }

    void show(Analysis analysis) {
        var keys = analysis.check().keys().entries().stream().map(e -> e.name()).toList();
        summary.setText(keys.isEmpty() ? "No front-matter keys." : String.join("\n", keys));
    }
}
