package dev.agentpad.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar. Accelerators use Shortcut, which is Ctrl on Linux and Windows and Cmd on macOS. */
final class EditorMenus {

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase().startsWith("mac");

    private EditorMenus() {
    }

    /** The actions the menus call; the window provides them. */
    interface Actions {
        void newFile();

        void open();

        void openFolder();

        /** Ctrl+P: an agent of the open folder by name or description. */
        void quickOpen();

        /** The agents changed against a git revision, each opened in the review mode. */
        void changesAgainst();

        void closeTab();

        /** Renames the agent: its name key and, where the tool ties them, its file or folder. */
        void renameAgent();

        void openRecent(Path path);

        List<Path> recentFiles();

        void save();

        void saveAs();

        void revert();

        void quit();

        void undo();

        void redo();

        void find(boolean replace);

        void goToLine();

        void toggleComment();

        void applyFixAtCaret();

        void nextProblem();

        void zoom(double factor);

        void setWrap(boolean wrap);

        /** Whether "form", "editor" or "preview" is shown; the View menu and the toolbar follow it and set it. */
        BooleanProperty paneShown(String pane);

        /** Whether the review pane is shown; the menu and the toolbar follow it and set it. */
        BooleanProperty reviewShown();

        void compareWith();

        void about();

        /** View > Theme: "system", "light" or "dark". */
        void useTheme(String theme);

        String theme();

        /** Shows the shortcuts, given as "keys — what" lines, grouped by menu. */
        void keyboardShortcuts(List<String> lines);
    }

    static MenuBar build(Actions a) {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent, a));
        fillRecent(recent, a);
        Menu file = new Menu("File", null,
                item("New…", "Shortcut+N", a::newFile),
                item("Open…", "Shortcut+O", a::open),
                item("Open Folder…", "Shortcut+Shift+O", a::openFolder),
                item("Go to Agent…", "Shortcut+P", a::quickOpen),
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", a::save),
                item("Save As…", "Shortcut+Shift+S", a::saveAs),
                item("Revert", null, a::revert),
                item("Rename Agent…", "F2", a::renameAgent),
                item("Compare With…", null, a::compareWith),
                item("Changes Against…", null, a::changesAgainst),
                new SeparatorMenuItem(),
                item("Close Tab", "Shortcut+W", a::closeTab),
                item("Quit", "Shortcut+Q", a::quit));
        Menu edit = new Menu("Edit", null,
                item("Undo", "Shortcut+Z", a::undo),
                item("Redo", "Shortcut+Shift+Z", a::redo),
                new SeparatorMenuItem(),
                item("Find…", "Shortcut+F", () -> a.find(false)),
                item("Replace…", MAC ? "Shortcut+Alt+F" : "Shortcut+H", () -> a.find(true)), // Cmd+H hides the app on macOS
                item("Go to Line…", "Shortcut+G", a::goToLine),
                new SeparatorMenuItem(),
                item("Toggle Comment", "Shortcut+Slash", a::toggleComment),
                item("Apply Fix", "Shortcut+Period", a::applyFixAtCaret),
                item("Next Problem", "F8", a::nextProblem));
        CheckMenuItem wrap = new CheckMenuItem("Soft Wrap");
        wrap.setSelected(true);
        wrap.setAccelerator(KeyCombination.keyCombination("Alt+Z"));
        wrap.selectedProperty().addListener((o, old, on) -> a.setWrap(on));
        CheckMenuItem review = new CheckMenuItem("Review Changes");
        review.setId("show-review");
        review.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        review.selectedProperty().bindBidirectional(a.reviewShown());
        Menu theme = new Menu("Theme");
        ToggleGroup themes = new ToggleGroup();
        for (String name : List.of("System", "Light", "Dark")) {
            RadioMenuItem choice = new RadioMenuItem(name);
            choice.setId("theme-" + name.toLowerCase());
            choice.setToggleGroup(themes);
            choice.setSelected(a.theme().equalsIgnoreCase(name));
            choice.setOnAction(e -> a.useTheme(name.toLowerCase()));
            theme.getItems().add(choice);
        }
        Menu view = new Menu("View", null,
                pane("Form", "form", a), pane("Editor", "editor", a), pane("Preview", "preview", a),
                new SeparatorMenuItem(),
                review,
                new SeparatorMenuItem(),
                theme,
                wrap,
                item("Zoom In", "Shortcut+Equals", () -> a.zoom(1.1)),
                item("Zoom Out", "Shortcut+Minus", () -> a.zoom(1 / 1.1)),
                item("Reset Zoom", "Shortcut+0", () -> a.zoom(0)));
        Menu help = new Menu("Help");
        MenuBar bar = new MenuBar(file, edit, view, help);
        help.getItems().addAll(item("Keyboard Shortcuts", "F1", () -> a.keyboardShortcuts(shortcuts(bar))),
                item("About AgentPad", null, a::about));
        bar.setId("menu-bar");
        return bar;
    }

    /** Every menu item with a shortcut, read from the menus themselves (so the list is never out of date). */
    static List<String> shortcuts(MenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            lines.add(menu.getText());
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    lines.add("    " + item.getAccelerator().getDisplayText() + "  —  " + item.getText().replace("…", ""));
                }
            }
        }
        lines.add("Editor");
        lines.add("    Escape  —  Close the find bar");
        lines.add("    Enter / Shift+Enter in Find  —  Next / previous match");
        lines.add("    Right-click a problem  —  Its fix");
        return lines;
    }

    private static void fillRecent(Menu recent, Actions a) {
        recent.getItems().clear();
        List<Path> paths = a.recentFiles();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (Path p : paths) {
            recent.getItems().add(item(p.getFileName() + "  —  " + (p.getParent() != null ? p.getParent() : ""), null,
                    () -> a.openRecent(p)));
        }
    }

    private static CheckMenuItem pane(String label, String id, Actions a) {
        CheckMenuItem item = new CheckMenuItem(label);
        item.setId("show-" + id);
        item.selectedProperty().bindBidirectional(a.paneShown(id));
        return item;
    }

    static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
