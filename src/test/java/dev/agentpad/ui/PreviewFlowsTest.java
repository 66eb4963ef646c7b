package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.io.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview follows the text in place: what did not change keeps its place on screen. */
@ExtendWith(ApplicationExtension.class)
class PreviewFlowsTest {

    @TempDir
    Path dir;
    private EditorWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            body.append("## Step ").append(i).append("\n\nDo step ").append(i).append(" carefully.\n\n");
        }
        Path file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("steps.md");
        Files.writeString(file, "---\nname: steps\ndescription: Does the steps.\n---\n" + body);
        window = AgentPadApp.open(stage, List.of(file.toString()), url -> { },
                TestPreferences.recentFiles(), TestPreferences.journal());
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anEditReplacesOnlyWhatChangedAndTheScrollStays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#preview").tryQuery().isPresent()
                && window.lastAnalysis() != null && window.preview().html().contains("Step 120")));
        WebView view = robot.lookup("#preview").queryAs(WebView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.getEngine().executeScript("document.body.scrollHeight") instanceof Number n
                && n.intValue() > 2000));
        robot.interact(() -> view.getEngine().executeScript("window.scrollTo(0, 1500); document.querySelector('h2').agentpadMark = 'kept';"));
        Object before = onFx(() -> view.getEngine().executeScript("window.scrollY"));
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText(area.getText().replace("Do step 60 carefully.", "Do step 60 very carefully.")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> String.valueOf(view.getEngine()
                .executeScript("document.body.innerText")).contains("Do step 60 very carefully.")));
        assertThat(onFx(() -> view.getEngine().executeScript("window.scrollY"))).as("the scroll position stays").isEqualTo(before);
        assertThat(onFx(() -> view.getEngine().executeScript("document.querySelector('h2').agentpadMark")))
                .as("an unchanged block is the same node, not a reloaded one").isEqualTo("kept");
    }
}
