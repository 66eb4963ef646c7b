package dev.agentpad.ui;

import dev.agentpad.bench.Prompts;
import dev.agentpad.io.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editor latency as a user feels it, measured on the FX thread: from a key event reaching the scene to the edited
 * paragraph styled (the editor's own change subscriber runs first, the measuring one after it), over keystrokes of
 * several kinds; the same keystrokes in a bare CodeArea with no highlighting give the floor. Then keystroke to preview
 * updated. A benchmark, not a test: run it with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=EditorLatencyBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class EditorLatencyBenchmark {

    private static final int KEYSTROKES = 240;

    @TempDir
    Path dir;
    private EditorWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = AgentPadApp.open(stage, List.of(), url -> { }, TestPreferences.recentFiles(), TestPreferences.journal());
    }

    /** Key presses of several kinds at several places, as a sequence: letters, Enter, '#' at a line start, a tag, a YAML key, a fence. */
    private static void keystroke(FxRobot robot, CodeArea area, int i) {
        switch (i % 8) {
            case 0, 1, 2 -> robot.type(KeyCode.X);
            case 3 -> robot.type(KeyCode.ENTER);
            case 4 -> {
                robot.interact(() -> area.moveTo(area.getCurrentParagraph(), 0));
                robot.write("#");
            }
            case 5 -> robot.write("<");
            case 6 -> {
                robot.interact(() -> area.moveTo(3, 0));
                robot.write("k");
                robot.interact(() -> area.moveTo(area.getParagraphs().size() / 2, 0));
            }
            default -> robot.write("`");
        }
    }

    private List<Double> measure(FxRobot robot, Scene scene, CodeArea area, int keystrokes) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long[] pressed = new long[1];
        EventHandler<KeyEvent> filter = e -> pressed[0] = System.nanoTime();
        robot.interact(() -> scene.addEventFilter(KeyEvent.KEY_PRESSED, filter));
        var subscription = area.plainTextChanges().subscribe(c -> {
            if (pressed[0] != 0) {
                millis.add((System.nanoTime() - pressed[0]) / 1e6);
                pressed[0] = 0;
            }
        });
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getParagraphs().size() / 2, 0));
        for (int i = 0; i < keystrokes; i++) {
            keystroke(robot, area, i);
        }
        WaitForAsyncUtils.waitForFxEvents();
        subscription.unsubscribe();
        robot.interact(() -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter));
        return millis;
    }

    @Test
    void keystrokeToStyledParagraph(FxRobot robot) throws Exception {
        for (int lines : new int[] {2000, 20000, 46000}) { // 46,000 lines: the 3 MB prompt
            String text = Prompts.agent(lines, 3);
            Path file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("long-" + lines + ".md");
            Files.writeString(file, text);
            robot.interact(() -> window.openFile(file));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.lastAnalysis() != null && window.lastAnalysis().text().length() > text.length() / 2);
            CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
            List<Double> editor = measure(robot, stage.getScene(), area, KEYSTROKES);

            CodeArea bare = new CodeArea(text);
            Stage other = WaitForAsyncUtils.asyncFx(() -> {
                Stage bareStage = new Stage();
                bareStage.setScene(new Scene(new StackPane(bare), 800, 600));
                bareStage.show();
                return bareStage;
            }).get(30, TimeUnit.SECONDS);
            List<Double> floor = measure(robot, other.getScene(), bare, KEYSTROKES);
            robot.interact(other::close);
            System.out.printf("%n%,d-line prompt (%,d chars), %d keystrokes of 8 kinds:%n", lines, text.length(), editor.size());
            report("key event -> paragraph styled", editor);
            report("bare CodeArea, no styling (floor)", floor);
        }
    }

    @Test
    void keystrokeToPreviewUpdated(FxRobot robot) throws Exception {
        String text = Prompts.agent(2000, 4);
        Path file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("preview.md");
        Files.writeString(file, text);
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.lastAnalysis() != null && window.lastAnalysis().text().equals(text));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.preview().html().contains("Section 49"));
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getParagraphs().size() / 2, 0));
        List<Double> preview = new ArrayList<>();
        List<Double> problems = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String marker = "w" + i;
            robot.write(marker + " ");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> window.preview().html().contains(marker + " ")
                    && window.lastAnalysis().text().contains(marker + " ")));
            WaitForAsyncUtils.waitForFxEvents();
            preview.add(onFx(() -> window.current().lastPreviewMillis()));
            problems.add(onFx(() -> window.current().lastStylesMillis()));
        }
        System.out.printf("%nPreview on a 2,000-line prompt (%,d chars), pause %.0f ms at this size, times from the last keystroke:%n",
                text.length(), LiveAnalysis.pauseFor(text.length()).toMillis());
        report("last keystroke -> problems shown", problems.subList(5, problems.size()));
        report("last keystroke -> preview updated", preview.subList(5, preview.size()));
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("  %-36s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (n=%d)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.floor(sorted.size() * 0.95)), sorted.get(sorted.size() - 1),
                sorted.size());
    }
}
