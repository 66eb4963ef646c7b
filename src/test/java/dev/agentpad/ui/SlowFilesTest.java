package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file that takes long to read (a named pipe here: it gives its bytes only when something writes them, as a file on
 * a slow network share might): the window shows that it is opening it, keeps answering, and lets the user cancel.
 * Before, the window froze until the read was done, and forever on a pipe nobody writes to.
 */
@ExtendWith(ApplicationExtension.class)
class SlowFilesTest {

    private static final String AGENT = "---\nname: slow\ndescription: Arrives late.\n---\nYou wait.\n";

    @TempDir
    Path dir;
    private Path opened;
    private Stage stage;
    private EditorWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        opened = Files.createDirectories(dir.resolve(".claude/agents")).resolve("api.md");
        Files.writeString(opened, "---\nname: api\ndescription: Builds APIs.\n---\nYou build APIs.\n");
        window = AgentPadApp.open(stage, List.of(opened.toString()), url -> { }, TestPreferences.recentFiles(), TestPreferences.journal());
    }

    /** A named pipe called agent.md beside the open file; skipped where {@code mkfifo} is missing. */
    private Path pipe() throws Exception {
        Path pipe = dir.resolve(".claude/agents/agent.md");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo makes a named pipe here");
        return pipe;
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(5, TimeUnit.SECONDS); // the window answers within 5 s, or this fails
    }

    private static boolean shown(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    private String progressShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#work-in-progress").match(SlowFilesTest::shown).tryQuery().isPresent()));
        return onFx(() -> robot.lookup("#work-in-progress .header-panel .label").queryAs(Label.class).getText());
    }

    private static void waitUntilTheDialogIsGone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#work-in-progress").match(SlowFilesTest::shown).tryQuery().isEmpty()));
    }

    @Test
    void aFileSlowToReadShowsThatItIsOpeningWhileTheWindowAnswersAndOpensWhenItArrives(FxRobot robot) throws Exception {
        Path pipe = pipe();
        List<Boolean> dialogUpWhenShown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> stage.titleProperty().addListener((o, was, title) -> {
            if (title.startsWith("agent.md")) { // the file is in its tab: the window is busy taking it in
                dialogUpWhenShown.add(robot.lookup("#work-in-progress").match(SlowFilesTest::shown).tryQuery().isPresent());
            }
        }));
        Platform.runLater(() -> window.openFile(pipe));

        assertThat(progressShown(robot)).isEqualTo("Opening agent.md…");
        assertThat(onFx(() -> stage.getTitle())).as("the window answers while the file is read").isEqualTo("api.md — AgentPad");

        Files.writeString(pipe, AGENT); // the bytes arrive
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> pipe.toAbsolutePath().equals(window.documentPath())));
        assertThat(onFx(window::text)).isEqualTo(AGENT);
        waitUntilTheDialogIsGone(robot);
        assertThat(dialogUpWhenShown).as("the dialog stays until the file is shown").containsExactly(true);
        assertThat(onFx(() -> window.tabs().size())).isEqualTo(2);
    }

    @Test
    void keysTypedWhileAFileOpensNeverGoIntoTheTabItHidesAndASpaceDoesNotCancel(FxRobot robot) throws Exception {
        Path pipe = pipe();
        Platform.runLater(() -> window.openFile(pipe));
        progressShown(robot);

        robot.type(KeyCode.SPACE, KeyCode.Q); // typed on while the dialog came up
        assertThat(onFx(() -> robot.lookup("#work-in-progress").match(SlowFilesTest::shown).tryQuery())).as("still opening").isPresent();
        Files.writeString(pipe, AGENT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> pipe.toAbsolutePath().equals(window.documentPath())));
        waitUntilTheDialogIsGone(robot); // it stays until the window has laid the file out
        robot.type(KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> window.tabs().get(0).text())).as("the hidden tab's text").isEqualTo("---\nname: api\ndescription: Builds APIs.\n---\nYou build APIs.\n");
        assertThat(onFx(window::text)).as("the opened file's text").isEqualTo("z" + AGENT);
    }

    @Test
    void cancellingASlowOpenLeavesTheWindowAsItWasAndTheFileArrivingLaterChangesNothing(FxRobot robot) throws Exception {
        Path pipe = pipe();
        Platform.runLater(() -> window.openFile(pipe));
        progressShown(robot);

        robot.clickOn("Cancel");
        waitUntilTheDialogIsGone(robot);
        assertThat(onFx(() -> window.tabs().size())).as("no tab was made for it").isEqualTo(1);
        assertThat(onFx(window::documentPath)).isEqualTo(opened.toAbsolutePath());

        Files.writeString(pipe, AGENT); // the cancelled read ends after all: its text is dropped
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.tabs().size())).isEqualTo(1);
        assertThat(onFx(window::text)).startsWith("---\nname: api\n");
        assertThat(onFx(() -> stage.getTitle())).isEqualTo("api.md — AgentPad");
    }

    @Test
    void aSlowFileThatTurnsOutToBeBinaryIsRefusedWithTheUsualMessage(FxRobot robot) throws Exception {
        Path pipe = pipe();
        Platform.runLater(() -> window.openFile(pipe));
        progressShown(robot);

        Files.write(pipe, "PNG\0\0\0 binary".getBytes(StandardCharsets.ISO_8859_1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".alert.error").match(SlowFilesTest::shown).tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup(".alert.error .header-panel .label").queryAs(Label.class).getText())).isEqualTo("Cannot open agent.md");
        robot.clickOn("OK");
        assertThat(onFx(() -> window.tabs().size())).isEqualTo(1);
        assertThat(onFx(window::documentPath)).isEqualTo(opened.toAbsolutePath());
    }
}
