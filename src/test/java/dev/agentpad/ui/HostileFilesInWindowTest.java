package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every hostile file, opened in the window one after another: each opens or is refused with a message, and the window keeps answering. */
@ExtendWith(ApplicationExtension.class)
class HostileFilesInWindowTest {

    @TempDir
    Path dir;
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = AgentPadApp.open(stage, List.of(), url -> { }, TestPreferences.recentFiles(), TestPreferences.journal());
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> { // its analyses of megabyte files must not slow the tests after it
            window.shutdown();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    private static boolean shown(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    @Test
    void everyHostileFileOpensOrIsRefusedWithAMessageAndTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        for (Map.Entry<String, byte[]> hostile : HostileFiles.all().entrySet()) {
            Path file = Files.createDirectories(dir.resolve(hostile.getKey().replaceAll("\\W", "-") + "/.claude/agents")).resolve("agent.md");
            Files.write(file, hostile.getValue());
            long started = System.nanoTime();
            long longestWait = 0; // for the FX thread to answer, asked every 20 ms while the file opens
            Platform.runLater(() -> window.openFile(file));
            for (boolean done = false; !done; Thread.sleep(20)) {
                assertThat(System.nanoTime() - started).as("%s: opened or refused", hostile.getKey()).isLessThan(TimeUnit.SECONDS.toNanos(60));
                long asked = System.nanoTime();
                done = onFx(() -> file.toAbsolutePath().equals(window.documentPath())
                        || robot.lookup(".alert.error .content").match(HostileFilesInWindowTest::shown).tryQuery().isPresent());
                longestWait = Math.max(longestWait, System.nanoTime() - asked);
            }
            boolean opened = onFx(() -> file.toAbsolutePath().equals(window.documentPath()));
            if (!opened) {
                String message = onFx(() -> robot.lookup(".alert.error .header-panel .label").match(HostileFilesInWindowTest::shown)
                        .queryAs(Label.class).getText());
                assertThat(message).as(hostile.getKey()).isEqualTo("Cannot open agent.md");
                robot.clickOn("OK");
            }
            long answered = System.nanoTime();
            assertThat(onFx(() -> "answers")).as("%s: the window answers", hostile.getKey()).isEqualTo("answers");
            System.out.printf("%-22s %-8s shown after %5d ms, the window answered within %4d ms meanwhile and %3d ms after%n", hostile.getKey(),
                    opened ? "opened" : "refused", (answered - started) / 1_000_000, longestWait / 1_000_000, (System.nanoTime() - answered) / 1_000_000);
            if (opened) {
                onFx(() -> { // each file in a tab of its own, closed before the next: one hostile file at a time
                    window.closeCurrentTab();
                    return null;
                });
            }
        }
    }

    @Test
    void aClosedTabOfAThreeMegabyteFileStopsStylingItAndShowsNoLateAnalysis() throws Exception {
        Path file = Files.createDirectories(dir.resolve("big/.claude/agents")).resolve("agent.md");
        Files.write(file, HostileFiles.all().get("3 MB body"));
        double[] shownBefore = new double[1];
        int[] styledAtClose = new int[1];
        AgentTab closed = onFx(() -> {
            window.openFile(file);
            AgentTab tab = window.current();
            shownBefore[0] = tab.lastStylesMillis(); // the tab showed the sample before
            styledAtClose[0] = tab.editor().styledLines(); // the first screen; the other 124,000 lines come in slices
            window.closeCurrentTab(); // before its slices of styling and its analysis are done
            return tab;
        });
        for (int i = 0; i < 20; i++) { // each slice queues the next: twenty rounds would have styled 60,000 lines
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> closed.editor().styledLines())).as("styling of the closed tab went on").isEqualTo(styledAtClose[0]);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, closed::analysisStopped); // its analysis ran to its end, unseen
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(closed::lastStylesMillis)).as("an analysis was shown in the closed tab").isEqualTo(shownBefore[0]);
    }
}
