package dev.agentpad.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import dev.agentpad.check.Fix;
import dev.agentpad.dialect.DialectRegistry;
import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A right click in the prompt shows the editor's menu, with the fixes of the problem under the pointer first. */
class EditorContextMenuTest extends EditorFixture {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static final String AGENT = "---\nname: helper\ndescripton: Helps.\n---\nYou help.\n";

    @Test
    void aRightClickOnAMisspeltKeyOffersItsFixAndTheEditingCommands() throws Exception {
        onFx(() -> {
            editor.load(AGENT);
            return editor.showProblems(AGENT, new Checker(DialectRegistry.standard())
                    .check(AGENT, Path.of(".claude/agents/helper.md"), null).diagnostics());
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            int onTheTypo = AGENT.indexOf("descripton") + 3;
            Bounds at = editor.area().getCharacterBoundsOnScreen(onTheTypo, onTheTypo + 1).orElseThrow();
            Bounds local = editor.area().screenToLocal(at);
            editor.area().moveTo(0); // the click, not the caret, says where
            Event.fireEvent(editor.area(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), at.getCenterX(), at.getCenterY(), false, null));
            return null;
        });
        assertThat(menuItems()).as("the menu is showing, with these items").startsWith("Fix: Rename to 'description'")
                .contains("Undo", "Cut", "Copy", "Paste", "Select All", "Toggle Comment");
    }

    private List<String> menuItems() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            ContextMenu menu = editor.area().getContextMenu();
            return menu.isShowing() ? menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList() : List.of();
        });
    }
}
