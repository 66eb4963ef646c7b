package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.io.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The form and the text kept in step, driven as a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class FormFlowsTest {

    private static final String AGENT = """
            ---
            name: reviewer
            description: Reviews code for bugs. # keep this comment
            tools: Read, Grep
            model: sonnet
            ---
            You review code.
            """;

    @TempDir
    Path dir;
    private EditorWindow window;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("reviewer.md");
        Files.writeString(file, AGENT);
        window = AgentPadApp.open(stage, List.of(file.toString()), url -> { },
                TestPreferences.recentFiles(), TestPreferences.journal());
    }

    private void waitForForm(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> present(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks the scene up on the FX thread, which may be rebuilding the form at that moment. */
    private static boolean present(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().isPresent()).get(10, TimeUnit.SECONDS);
    }

    private static boolean disabled(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).query().isDisabled()).get(10, TimeUnit.SECONDS);
    }

    /** The editor's text, read on the FX thread: reading it from the test thread races with edits. */
    private String text(FxRobot robot) throws Exception {
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) area::getText).get(10, TimeUnit.SECONDS);
    }

    private String fieldText(FxRobot robot, String query) throws Exception {
        var field = robot.lookup(query).queryTextInputControl();
        return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) field::getText).get(10, TimeUnit.SECONDS);
    }

    @Test
    void changingTheModelInTheFormChangesExactlyOneLine(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-model");
        @SuppressWarnings("unchecked")
        ComboBox<String> model = robot.lookup("#input-model").queryAs(ComboBox.class);
        assertThat(model.getValue()).isEqualTo("sonnet");
        robot.interact(() -> model.setValue("opus"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot).contains("model: opus"));
        assertThat(text(robot)).isEqualTo(AGENT.replace("model: sonnet", "model: opus"));
    }

    @Test
    void aKeyTypedInTheEditorAppearsInTheForm(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-model");
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.moveTo(AGENT.indexOf("model:")));
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(AGENT.indexOf("model:")));
        robot.write("x-team: platform\n");
        waitForForm(robot, "#field-x-team");
        assertThat(robot.lookup("#input-x-team").queryTextInputControl().getText()).isEqualTo("platform");
        assertThat(area.isFocused()).as("the editor keeps the focus").isTrue();
        assertThat(area.getCaretPosition()).as("and the caret").isEqualTo(AGENT.indexOf("model:") + "x-team: platform\n".length());
    }

    @Test
    void undoingAFormEditFromTheEditorTakesTheFormBackToo(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-description");
        robot.clickOn("#input-description");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("Reviews code: style and bugs");
        robot.clickOn("#prompt-editor"); // leaving the field commits it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot).contains("description: 'Reviews code: style and bugs' # keep this comment"));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot).equals(AGENT));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fieldText(robot, "#input-description").equals("Reviews code for bugs."));
    }

    @Test
    void brokenYamlIsExplainedAndTheFieldsAreDisabled(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-model");
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText(AGENT.replace("Reviews code for bugs.", "Reviews code: bugs")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present(robot, "#form-fix"));
        Label message = (Label) robot.lookup("#form-banner .label").query();
        assertThat(message.getText()).startsWith("The front matter cannot be read (line 3): 'description' is not quoted");
        assertThat(robot.lookup("#input-model").query().isDisabled()).isTrue();
        robot.clickOn("#form-fix");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !disabled(robot, "#input-model"));
        assertThat(text(robot)).as("the comment stays a comment").contains("description: >- # keep this comment\n  Reviews code: bugs\n");
    }

    @Test
    void wordsTypedInAFieldAreSavedByCtrlSWithoutLeavingIt(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-description");
        robot.clickOn("#input-description");
        robot.push(new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN));
        robot.write(" And style.");
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).as("the file on disk")
                .isEqualTo(AGENT.replace("Reviews code for bugs.", "Reviews code for bugs. And style."));
        assertThat(title()).as("saved, so not dirty").isEqualTo("reviewer.md — AgentPad");
        assertThat(focused(robot, "#input-description")).as("the field keeps the focus").isTrue();
    }

    @Test
    void quittingAfterTypingInAFieldAsksToSave(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-description");
        robot.clickOn("#input-description");
        robot.push(new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN));
        robot.write(" More.");
        assertThat(title()).isEqualTo("*reviewer.md — AgentPad");
        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present(robot, "#unsaved-changes"));
        robot.clickOn("Cancel");
        assertThat(text(robot)).contains("Reviews code for bugs. More.");
        assertThat(Files.readString(file)).isEqualTo(AGENT);
    }

    @Test
    void oneVisitToAFieldIsOneUndoStep(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-name");
        robot.clickOn("#input-name");
        robot.push(new KeyCodeCombination(KeyCode.END));
        robot.write("-two");
        robot.type(KeyCode.BACK_SPACE, 2);
        robot.write("hree");
        assertThat(text(robot)).contains("name: reviewer-three\n");
        robot.clickOn("#prompt-editor");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot).equals(AGENT));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fieldText(robot, "#input-name").equals("reviewer"));
    }

    @Test
    void clearingAFieldKeepsTheKeyInPlaceUntilTheFieldIsLeft(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-model");
        robot.clickOn("#input-name");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.push(KeyCode.BACK_SPACE);
        assertThat(text(robot)).contains("---\nname: ''\ndescription:");
        robot.write("critic");
        assertThat(text(robot)).as("typed anew, in the same place").startsWith("---\nname: critic\ndescription:");
    }

    @Test
    void tabInTheDescriptionMovesToTheNextField(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-description");
        robot.clickOn("#input-description");
        robot.push(KeyCode.TAB);
        assertThat(focused(robot, "#input-description")).isFalse();
        assertThat(text(robot)).doesNotContain("\t");
    }

    @Test
    void theEditorHasTheFocusOnStart(FxRobot robot) throws Exception {
        waitForForm(robot, "#input-name");
        assertThat(focused(robot, "#prompt-editor")).as("not a button that a stray Space would press").isTrue();
    }

    private String title() throws Exception {
        return WaitForAsyncUtils.asyncFx(stage::getTitle).get(10, TimeUnit.SECONDS);
    }

    private static boolean focused(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).query().isFocused()).get(10, TimeUnit.SECONDS);
    }
}
