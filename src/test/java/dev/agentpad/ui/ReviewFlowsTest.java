package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.io.RecentFiles;
import dev.agentpad.review.Review;
import dev.agentpad.ui.review.ReviewPane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review mode as a reviewer uses it: edit a field and the prompt, open the review, see both, take one back. */
@ExtendWith(ApplicationExtension.class)
class ReviewFlowsTest {

    private static final String AGENT = """
            ---
            name: reviewer
            description: Reviews code for bugs.
            tools: Read, Grep
            ---
            You review code.
            """;

    @TempDir
    Path dir;
    private EditorWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("reviewer.md");
        Files.writeString(file, AGENT);
        window = AgentPadApp.open(stage, List.of(file.toString()), url -> { },
                TestPreferences.recentFiles(), TestPreferences.journal());
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private Review waitForReview(java.util.function.Predicate<Review> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> window.reviewPane().review().filter(condition).isPresent()));
        return onFx(() -> window.reviewPane().review().orElseThrow());
    }

    @Test
    void aFieldAndThePromptEditedAreBothShownAndOneIsTakenBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#input-tools").tryQuery().isPresent()
                || robot.lookup("#tool-Bash").tryQuery().isPresent()));
        robot.clickOn("#tool-Bash");
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.appendText("Cite the lines you mean.\n"));
        robot.push(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(onFx(() -> robot.lookup("#review-pane").tryQuery().isPresent())).as("Ctrl+Shift+R opens the review").isTrue();
        Review review = waitForReview(r -> r.changes().size() == 2);
        assertThat(review.before().label()).isEqualTo("saved file");
        assertThat(review.changes()).extracting(Review.Change::title).containsExactly("tools: changed", "prompt, line 7");
        assertThat(review.gains()).anySatisfy(g -> assertThat(g).startsWith("bash"));
        assertThat(onFx(() -> window.reviewPane().html())).contains("gains: bash").contains("<ins>Cite the lines you mean.</ins>");

        robot.interact(() -> window.reviewPane().revert(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(area::getText).equals(AGENT + "Cite the lines you mean.\n"));
        waitForReview(r -> r.changes().size() == 1);
        robot.clickOn(area);
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(area::getText).contains("tools: Read, Grep, Bash"));
    }

    @Test
    void nextAndPreviousShowEachChangeInTheEditor(FxRobot robot) throws Exception {
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.lastAnalysis() != null);
        robot.interact(() -> area.replaceText(AGENT.replace("Reviews code for bugs.", "Reviews code for bugs and style.") + "More.\n"));
        robot.interact(() -> window.showReview(true, ReviewPane.SAVED));
        waitForReview(r -> r.changes().size() == 2);
        robot.clickOn("#review-next");
        assertThat(onFx(area::getSelectedText)).startsWith("description: Reviews code for bugs and style.");
        robot.clickOn("#review-next");
        assertThat(onFx(area::getSelectedText)).isEqualTo("More.\n");
        robot.clickOn("#review-previous");
        assertThat(onFx(area::getSelectedText)).startsWith("description:");
    }
}
