package dev.agentpad.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With the prompt focused, Alt+letter is the window's shortcut (Soft Wrap is Alt+Z), not a typed letter. */
@ExtendWith(ApplicationExtension.class)
class AltShortcutsTest {

    private PromptEditor editor;
    private final CheckMenuItem wrap = new CheckMenuItem("Soft Wrap");

    @Start
    void start(Stage stage) {
        editor = new PromptEditor(fix -> { });
        wrap.setSelected(true);
        wrap.setAccelerator(KeyCombination.keyCombination("Alt+Z"));
        BorderPane window = new BorderPane(editor.node());
        window.setTop(new MenuBar(new Menu("View", null, wrap)));
        stage.setScene(new Scene(window, 600, 400));
        stage.show();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    void altZTogglesTheMenuItemAndTypesNothingWhileLettersStillType(FxRobot robot) throws Exception {
        assumeFalse(System.getProperty("os.name").toLowerCase().startsWith("mac"), "Option+letter types characters on macOS");
        onFx(() -> {
            editor.load("Body.\n");
            editor.area().requestFocus();
            editor.area().moveTo(5);
            return null;
        });
        robot.press(KeyCode.ALT, KeyCode.Z).release(KeyCode.Z, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(wrap::isSelected)).as("Soft Wrap toggled off").isFalse();
        assertThat(onFx(editor::text)).isEqualTo("Body.\n");
        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(editor::text)).as("a plain letter still types").isEqualTo("Body.x\n");
    }
}
