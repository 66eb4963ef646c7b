package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.io.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files that cannot be opened or saved: a clear message, and the text in the editor is never lost. */
@ExtendWith(ApplicationExtension.class)
class FileFlowsTest {

    @TempDir
    Path dir;
    private Path file;
    private Stage stage;
    private EditorWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createDirectories(dir.resolve("project/.opencode/agent")).resolve("api.md");
        Files.writeString(file, "---\ndescription: Builds APIs\nmode: subagent\n---\nYou build APIs.\n");
        window = AgentPadApp.open(stage, List.of(file.toString()), url -> { },
                TestPreferences.recentFiles(), TestPreferences.journal());
    }

    private static boolean shown(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    /** Waits (30 s at most) for a shown node; a busy FX thread makes it ask again rather than fail. */
    private static void waitShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).match(FileFlowsTest::shown).tryQuery().isPresent())
                        .get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                return false;
            }
        });
    }

    private String dialogText(FxRobot robot) throws Exception {
        waitShown(robot, ".dialog-pane .content");
        WaitForAsyncUtils.waitForFxEvents();
        Label header = robot.lookup(".dialog-pane .header-panel .label").match(FileFlowsTest::shown).queryAs(Label.class);
        Label content = robot.lookup(".dialog-pane .content").match(FileFlowsTest::shown).queryAs(Label.class);
        return header.getText() + "\n" + content.getText();
    }

    @Test
    void aBinaryFileIsRefusedWithAMessageAndTheOpenTextStays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.lastAnalysis() != null);
        Path binary = dir.resolve("logo.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Platform.runLater(() -> window.openFile(binary));
        assertThat(dialogText(robot)).startsWith("Cannot open logo.md\n").contains("looks like a binary file");
        robot.clickOn("OK");
        assertThat(robot.lookup("#prompt-editor").queryAs(CodeArea.class).getText()).startsWith("---\ndescription: Builds APIs");
        assertThat(stage.getTitle()).isEqualTo("api.md — AgentPad");
    }

    @Test
    void aSaveTheDiskRefusesSaysWhyAndKeepsTheText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.lastAnalysis() != null);
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.appendText("\nNew line that must not be lost.\n"));
        try (var files = Files.walk(dir.resolve("project"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Platform.runLater(() -> new FileActionsProbe(window).save());
        assertThat(dialogText(robot)).startsWith("Not saved\n").contains("cannot save").contains("Your text is still here");
        robot.clickOn("OK");
        assertThat(area.getText()).endsWith("New line that must not be lost.\n");
        assertThat(window.document().dirty.get()).isTrue();
    }

    @Test
    void newStartsFromTheChosenDialectsTemplate(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.lastAnalysis() != null);
        Platform.runLater(() -> new FileActionsProbe(window).newFile());
        waitShown(robot, ".dialog-pane .combo-box");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dev.agentpad.dialect.Dialect> choice =
                robot.lookup(".dialog-pane .combo-box").match(FileFlowsTest::shown).queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choice.setValue(choice.getItems().stream().filter(d -> d.id().equals("copilot")).findFirst().orElseThrow()));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.lastAnalysis() != null
                && window.lastAnalysis().check().detection().dialect().id().equals("copilot"));
        assertThat(robot.lookup("#prompt-editor").queryAs(CodeArea.class).getText())
                .startsWith("---\ndescription: What this agent does; shown in the agent picker.\ntools: ['search', 'read', 'edit']");
        assertThat(stage.getTitle()).isEqualTo("untitled.md — AgentPad");
        assertThat(window.lastAnalysis().check().hasErrors()).as("templates are valid agents").isFalse();
    }

    @Test
    void aFileOpenedAloneIsReloadedWhenItChangesOnDisk(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.lastAnalysis() != null);
        Files.writeString(file, "---\ndescription: Builds APIs\nmode: subagent\n---\nYou build APIs. Changed by git pull.\n");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.text().endsWith("Changed by git pull.\n")
                && !window.isDirty()).get(10, TimeUnit.SECONDS));
        assertThat(stage.getTitle()).isEqualTo("api.md — AgentPad");
    }

    @Test
    void savingAFileWithMixedLineEndingsUnchangedWritesNothingButChoosingAnEndingDoes(FxRobot robot) throws Exception {
        byte[] mixed = "---\r\ndescription: Mixed\nmode: subagent\r\n---\rBody\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("mixed.md");
        Files.write(file, mixed);
        robot.interact(() -> window.openFile(file));

        robot.interact(() -> new FileActionsProbe(window).save());
        assertThat(Files.readAllBytes(file)).as("saved unchanged").isEqualTo(mixed);
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("No changes to save in mixed.md");

        robot.interact(() -> {
            window.files().useLineEnding("\n");
            new FileActionsProbe(window).save();
        });
        assertThat(Files.readString(file)).isEqualTo("---\ndescription: Mixed\nmode: subagent\n---\nBody\n");
    }

    @Test
    void aFileOpenedFromTheEditorTakesTheKeyboardAtOnceSoKeysTypedWhileItOpenedReachItsText(FxRobot robot) throws Exception {
        Path other = dir.resolve("project/.opencode/agent/other.md");
        Files.writeString(other, "---\ndescription: Other\nmode: subagent\n---\nOther.\n");
        robot.interact(() -> window.editor().area().requestFocus());

        boolean atOnce = WaitForAsyncUtils.asyncFx(() -> { // keys typed meanwhile are handled right after this
            window.openFile(other);
            return stage.getScene().getFocusOwner() == window.editor().area();
        }).get(30, TimeUnit.SECONDS);

        assertThat(atOnce).as("the new tab's editor has the keyboard").isTrue();
        assertThat(window.tabs()).hasSize(2);
    }

    /** Reaches the window's file actions the way its menu does. */
    private record FileActionsProbe(EditorWindow window) {
        void save() {
            window.files().save();
        }

        void newFile() {
            window.files().newFile();
        }
    }
}
