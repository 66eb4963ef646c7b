package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file named on the command line that cannot be opened is explained over the window, once there is one. */
@ExtendWith(ApplicationExtension.class)
class CommandLineFileTest {

    @TempDir
    Path dir;
    private Stage stage;
    private EditorWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path tooLarge = dir.resolve("huge.md");
        try (var file = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(dev.agentpad.io.TextFiles.MAX_BYTES + 1);
        }
        window = AgentPadApp.open(stage, List.of(tooLarge.toString()), url -> { }, TestPreferences.recentFiles(), TestPreferences.journal());
    }

    private static boolean shown(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    @Test
    void theRefusalComesOverTheShownWindowAndSaysTheSizeAndTheLimit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".alert.error").match(CommandLineFileTest::shown).tryQuery().isPresent());
        Node alert = robot.lookup(".alert.error").match(CommandLineFileTest::shown).query();

        assertThat(((javafx.stage.Stage) alert.getScene().getWindow()).getOwner()).as("owned by the editor's window").isSameAs(stage);
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup(".alert.error .header-panel .label").queryAs(Label.class).getText()).isEqualTo("Cannot open huge.md");
        assertThat(robot.lookup(".alert.error .content").queryAs(Label.class).getText())
                .endsWith("huge.md is too large to open: it has 8,388,609 bytes, and files of up to 8,388,608 bytes (8 MB) are read");
        robot.clickOn("OK");
        assertThat(WaitForAsyncUtils.asyncFx(window::showsOnlyTheSample).get(5, TimeUnit.SECONDS)).as("the sample instead").isTrue();
    }
}
