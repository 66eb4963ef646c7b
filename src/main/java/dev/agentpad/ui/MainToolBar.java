package dev.agentpad.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The toolbar: the common actions of the menus, one click away. */
final class MainToolBar {

    private MainToolBar() {
    }

    static ToolBar build(EditorMenus.Actions a) {
        ToggleButton review = new ToggleButton("Review");
        review.setId("toolbar-review");
        review.setTooltip(new Tooltip("Review changes: compare with the saved file, a git revision or another file (Ctrl+Shift+R)"));
        review.selectedProperty().bindBidirectional(a.reviewShown());
        ToolBar bar = new ToolBar(
                button("New", "New agent (Ctrl+N)", a::newFile),
                button("Open", "Open a file (Ctrl+O)", a::open),
                button("Save", "Save (Ctrl+S)", a::save),
                new Separator(),
                button("Find", "Find and replace (Ctrl+F)", () -> a.find(false)),
                review);
        bar.setId("toolbar");
        return bar;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId("toolbar-" + text.toLowerCase());
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
