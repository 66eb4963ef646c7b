package dev.agentpad.ui.workspace;

import dev.agentpad.ui.common.Icons;
import java.util.Locale;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/** A row of the workspace tree: a heading (tool, folder) or an agent with its badges. */
public final class WorkspaceCell extends TreeCell<Object> {

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll("workspace-heading", "workspace-deleted");
        if (empty || value == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (!(value instanceof WorkspaceAgent agent)) {
            setText(String.valueOf(value));
            setGraphic(Icons.of("fth-folder"));
            setContentDisplay(ContentDisplay.LEFT);
            setTooltip(null);
            getStyleClass().add("workspace-heading");
            return;
        }
        setText(agent.name());
        HBox badges = new HBox(4);
        if (agent.errors() > 0) {
            badges.getChildren().add(badge(agent.errors() + (agent.errors() == 1 ? " error" : " errors"), "badge-error"));
        }
        if (agent.warnings() > 0) {
            badges.getChildren().add(badge(agent.warnings() + (agent.warnings() == 1 ? " warning" : " warnings"), "badge-warning"));
        }
        if (!agent.loads()) {
            badges.getChildren().add(badge("will not load", "badge-not-loaded"));
        }
        agent.git().ifPresent(kind -> badges.getChildren().add(badge(switch (kind) {
            case ADDED -> "new";
            case RENAMED -> "renamed";
            case DELETED -> "deleted";
            default -> "modified";
        }, "badge-git")));
        if (agent.isDeleted()) {
            getStyleClass().add("workspace-deleted");
        } else if (!agent.isChecked()) {
            badges.getChildren().add(badge("checking…", "badge-pending"));
        }
        setGraphic(badges);
        setGraphicTextGap(6);
        setContentDisplay(ContentDisplay.RIGHT);
        String description = agent.description();
        setTooltip(new Tooltip(agent.agent().relative() + (agent.isDeleted() ? "\nDeleted since HEAD: opens its text at HEAD; Save writes it again"
                : description.isBlank() ? "" : "\n" + shorten(description))));
    }

    private static Label badge(String text, String style) {
        Label label = new Label(text.toLowerCase(Locale.ROOT));
        label.getStyleClass().addAll("badge", style);
        return label;
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
