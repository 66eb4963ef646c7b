package dev.agentpad.ui;

import dev.agentpad.analysis.Analyzer;
import dev.agentpad.analysis.Snapshot;
import dev.agentpad.check.Checker;
import dev.agentpad.io.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
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
 * Keystroke to highlighted text, and keystroke to updated preview, on a 2,000-line prompt in the real window
 * (headless Monocle, software rendering). Not a pass/fail test: it prints figures. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=EditorLatencyBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class EditorLatencyBenchmark {

    private static final int KEYSTROKES = 25;

    @TempDir
    Path dir;
    private EditorWindow window;
    private String text;

    @Start
    void start(Stage stage) throws Exception {
        text = prompt(2000);
        Path file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("long.md");
        Files.writeString(file, text);
        window = AgentPadApp.open(stage, List.of(file.toString()), url -> { },
                new RecentFiles(Preferences.userRoot().node("dev/agentpad-bench")));
    }

    /** A realistic long prompt: front matter with an example, headings, lists, code, tables and tags. */
    static String prompt(int lines) {
        StringBuilder s = new StringBuilder("---\nname: long-agent\ndescription: >-\n  Use this agent for long work."
                + " <example>user: \"hi\" assistant: \"hello\"</example>\ntools: Read, Grep, Glob\nmodel: sonnet\n---\n");
        int line = 7;
        for (int section = 1; line < lines; section++) {
            s.append("## Section ").append(section).append("\n\n<rules>\n"); line += 3;
            for (int i = 0; i < 12 && line < lines; i++, line++) {
                s.append("- Rule ").append(i).append(": **always** check `input ").append(i)
                        .append("` and {{placeholder}} before calling @helper or #tool:search.\n");
            }
            s.append("</rules>\n\n```java\nint x = ").append(section).append(";\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n");
            line += 10;
        }
        return s.toString();
    }

    @Test
    void keystrokeToHighlightAndPreview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.lastAnalysis() != null);
        Analyzer analyzer = new Analyzer(Checker.standard());
        List<Double> analysis = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            analyzer.analyze(new Snapshot(i, text, null, null));
            analysis.add((System.nanoTime() - t) / 1e6);
        }
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength() / 2));
        List<Double> styles = new ArrayList<>();
        List<Double> preview = new ArrayList<>();
        for (int i = 0; i < KEYSTROKES; i++) {
            long version = System.identityHashCode(window.lastAnalysis());
            robot.write("x");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> window.lastAnalysis() != null && System.identityHashCode(window.lastAnalysis()) != version
                            && window.lastAnalysis().text().equals(area.getText()));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.lastPreviewMillis() >= window.lastStylesMillis());
            styles.add(window.lastStylesMillis());
            preview.add(window.lastPreviewMillis());
        }
        System.out.printf("%nEditor latency on a %d-line prompt (%d chars), %d keystrokes, debounce %.0f ms included:%n",
                text.split("\n").length, text.length(), KEYSTROKES, LiveAnalysis.DEBOUNCE.toMillis());
        report("analysis alone (no UI, warm)", analysis.subList(5, analysis.size()));
        report("keystroke -> highlighted text", styles.subList(3, styles.size()));
        report("keystroke -> preview loaded", preview.subList(3, preview.size()));
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("  %-32s median %6.1f ms   p90 %6.1f ms   max %6.1f ms   (n=%d)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.floor(sorted.size() * 0.9)), sorted.get(sorted.size() - 1),
                sorted.size());
    }
}
