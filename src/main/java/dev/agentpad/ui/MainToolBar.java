package dev.agentpad.ui;

import dev.agentpad.ui.common.Icons;
import javafx.beans.property.BooleanProperty;
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
        ToggleButton review = toggle("Review", "fth-git-pull-request",
                "Review changes: compare with the saved file, a git revision or another file (Ctrl+Shift+R)", a.reviewShown());
        ToolBar bar = new ToolBar(
                button("New", "fth-file-plus", "New agent (Ctrl+N)", a::newFile),
                button("Open", "fth-file", "Open a file (Ctrl+O)", a::open),
                button("Folder", "fth-folder", "Open a folder of agents (Ctrl+Shift+O)", a::openFolder),
                button("Save", "fth-save", "Save (Ctrl+S)", a::save),
                new Separator(),
                button("Find", "fth-search", "Find and replace (Ctrl+F)", () -> a.find(false)),
                review,
                new Separator(),
                toggle("Form", "fth-sliders", "Show or hide the front-matter form", a.paneShown("form")),
                toggle("Preview", "fth-eye", "Show or hide the preview and problems", a.paneShown("preview")));
        bar.setId("toolbar");
        return bar;
    }

    private static ToggleButton toggle(String text, String icon, String tip, BooleanProperty shown) {
        ToggleButton t = new ToggleButton(text, Icons.of(icon));
        t.setId("toolbar-" + text.toLowerCase());
        t.setTooltip(new Tooltip(tip));
        t.setFocusTraversable(false);
        t.selectedProperty().bindBidirectional(shown);
        return t;
    }

    private static Button button(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId("toolbar-" + text.toLowerCase());
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
