package dev.agentpad.ui;

import static dev.agentpad.Bytes.concat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.check.Code;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.ui.editor.PromptEditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor as a user drives it, headless: real files on disk, real keystrokes and clicks. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String BROKEN = "---\r\nname: gdpr\r\ndescription: Use for GDPR. Triggers on: 'GDPR', 'privacy'\r\n"
            + "tools: Read, Grep\r\n---\r\nYou check privacy questions.\r\n";

    @TempDir
    Path dir;
    private Path file;
    private Stage stage;
    private EditorWindow window;
    private final List<String> browser = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createDirectories(dir.resolve(".claude/agents")).resolve("gdpr.md");
        Files.write(file, concat(BOM, BROKEN.getBytes(StandardCharsets.UTF_8)));
        RecentFiles recent = TestPreferences.recentFiles();
        window = AgentPadApp.open(stage, List.of(file.toString()), browser::add, recent, TestPreferences.journal());
    }

    @AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Analysis waitFor(String what, Predicate<Analysis> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.lastAnalysis() != null && condition.test(window.lastAnalysis()));
        WaitForAsyncUtils.waitForFxEvents();
        return window.lastAnalysis();
    }

    private static boolean has(Analysis a, Code code) {
        return a.check().diagnostics().stream().anyMatch(d -> d.code() == code);
    }

    @Test
    void aBrokenDescriptionIsListedUnderlinedAndFixedWithOneClick(FxRobot robot) throws Exception {
        Analysis broken = waitFor("the YAML error", a -> has(a, Code.YAML_COLON_IN_PLAIN));
        Diagnostic error = broken.check().diagnostics().stream().filter(d -> d.code() == Code.YAML_COLON_IN_PLAIN).findFirst().orElseThrow();
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        assertThat(area.getStyleOfChar(error.range().start())).as("Claude Code quotes and rereads it: a warning")
                .contains("problem-warning");
        @SuppressWarnings("unchecked")
        ListView<Diagnostic> problems = robot.lookup("#problems").queryAs(ListView.class);
        assertThat(problems.getItems()).contains(error);
        assertThat(window.preview().html()).contains("Claude Code: loads");

        robot.clickOn("#fix-yaml-colon-in-plain-3");
        Analysis fixed = waitFor("the fix", a -> !has(a, Code.YAML_COLON_IN_PLAIN));
        assertThat(fixed.check().frontMatter().isValid()).isTrue();
        assertThat(area.getText()).contains("description: >-\n  Use for GDPR. Triggers on: 'GDPR', 'privacy'\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.preview().html().contains("<p class=\"status\">Claude Code: loads</p>"));
        assertThat(window.preview().html()).contains("Use for GDPR. Triggers on: &#39;GDPR&#39;, &#39;privacy&#39;");
        assertThat(stage.getTitle()).isEqualTo("*gdpr.md — AgentPad");

        robot.clickOn("#prompt-editor");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitFor("undo to bring the error back", a -> has(a, Code.YAML_COLON_IN_PLAIN));
        assertThat(stage.getTitle()).as("undo returns to the saved text").isEqualTo("gdpr.md — AgentPad");
    }

    @Test
    void typingInTheBodyUpdatesThePreview(FxRobot robot) throws Exception {
        waitFor("first analysis", a -> true);
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("Always cite the article.");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.preview().html().contains("Always cite the article."));
        assertThat(window.lastAnalysis().stats().words()).isEqualTo(8);
        assertThat(area.getText()).endsWith("You check privacy questions.\nAlways cite the article.");
    }

    @Test
    void savingWritesTheFixedTextWithTheFilesBomAndLineEndings(FxRobot robot) throws Exception {
        waitFor("the YAML error", a -> has(a, Code.YAML_COLON_IN_PLAIN));
        robot.clickOn("#fix-yaml-colon-in-plain-3");
        waitFor("the fix", a -> !has(a, Code.YAML_COLON_IN_PLAIN));
        robot.clickOn("#prompt-editor");
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().dirty.get());
        String expected = "---\r\nname: gdpr\r\ndescription: >-\r\n  Use for GDPR. Triggers on: 'GDPR', 'privacy'\r\n"
                + "tools: Read, Grep\r\n---\r\nYou check privacy questions.\r\n";
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(BOM, expected.getBytes(StandardCharsets.UTF_8)));
        assertThat(stage.getTitle()).isEqualTo("gdpr.md — AgentPad");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        waitFor("first analysis", a -> true);
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.appendText("\nunsaved words"));
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntilShown(robot, "Cancel");
        assertThat(robot.lookup(".header-panel .label").match(EditorFlowsTest::shown).queryLabeled().getText())
                .isEqualTo("Save changes to gdpr.md?");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("cancel keeps the window").isTrue();
        assertThat(area.getText()).endsWith("unsaved words");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntilShown(robot, "Don't Save");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).as("nothing written").isEqualTo(concat(BOM, BROKEN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void clickingAProblemSelectsItsRangeInTheEditor(FxRobot robot) throws Exception {
        Analysis a = waitFor("the YAML error", x -> has(x, Code.YAML_COLON_IN_PLAIN));
        Diagnostic d = a.check().diagnostics().get(0);
        robot.clickOn(".list-cell .problem-code");
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> area.getSelection().getStart()) == d.range().start());
        assertThat(area.getSelection().getEnd()).isEqualTo(d.range().end());
    }

    @Test
    void findCountsMatchesAndReplaceAllIsOneUndoStep(FxRobot robot) throws Exception {
        waitFor("first analysis", a -> true);
        robot.clickOn("#prompt-editor");
        robot.push(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        robot.write("privacy");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#find-status").queryLabeled().getText()).equals("2 matches"));
        robot.clickOn("#replace-field").write("data protection");
        robot.clickOn("#replace-all");
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#find-status").queryLabeled().getText()).equals("Replaced 2 · No matches"));
        assertThat(area.getText()).contains("'data protection'").contains("You check data protection questions.");
        robot.interact(area::undo);
        assertThat(area.getText()).contains("'privacy'").contains("You check privacy questions.");
    }

    @Test
    void aCatastrophicRegexInTheFindBarStopsWithAMessageAndTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        waitFor("first analysis", a -> true);
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.appendText("\n" + "a".repeat(30) + "!\n"));
        robot.clickOn("#prompt-editor");
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        robot.clickOn("Regex");
        robot.clickOn("#find-field").write("(.*a){12}!x");
        assertThat(onFx(() -> "the FX thread answers")).as("typing the expression did not freeze the window").isNotNull();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#find-status").queryLabeled().getText()).startsWith("Stopped after"));
    }

    @Test
    void helpListsTheKeyboardShortcutsFromTheMenusThemselves(FxRobot robot) throws Exception {
        waitFor("first analysis", a -> true);
        robot.clickOn("#prompt-editor");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#keyboard-shortcuts").tryQuery().isPresent()));
        String text = onFx(() -> ((DialogPane) robot.lookup("#keyboard-shortcuts").query()).getContentText());
        assertThat(text).contains("Save As").contains("Review Changes").contains("Next Problem").contains("F8");
        robot.push(KeyCode.ENTER);
    }

    @Test
    void aClickedLinkOpensInTheSystemBrowserNotInThePreview(FxRobot robot) throws Exception {
        waitFor("first analysis", a -> true);
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        robot.interact(() -> area.appendText("\nSee [the docs](https://example.org/gdpr).\n"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.preview().html().contains("https://example.org/gdpr"));
        javafx.scene.web.WebView view = robot.lookup("#preview").queryAs(javafx.scene.web.WebView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED));
        robot.interact(() -> view.getEngine().executeScript("document.querySelector('.prompt a').click()"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> browser.contains("https://example.org/gdpr"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED));
        String[] title = new String[1];
        robot.interact(() -> title[0] = (String) view.getEngine().executeScript("document.title"));
        assertThat(title[0]).as("the preview still shows the agent, not the link").isEqualTo("gdpr.md");
    }

    @Test
    void switchingTheDialectConvertsWithoutWideningAndSavesWhereTheToolLooks(FxRobot robot) throws Exception {
        waitFor("the YAML error", a -> has(a, Code.YAML_COLON_IN_PLAIN));
        robot.clickOn("#fix-yaml-colon-in-plain-3");
        Analysis first = waitFor("a valid claude file", a -> !has(a, Code.YAML_COLON_IN_PLAIN));
        assertThat(first.check().detection().dialect().id()).isEqualTo("claude");
        waitUntilShown(robot, "#tool-Bash");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dev.agentpad.dialect.Dialect> switcher =
                robot.lookup("#dialect-switcher").queryAs(javafx.scene.control.ComboBox.class);
        dev.agentpad.dialect.Dialect opencode = switcher.getItems().stream()
                .filter(d -> d != null && d.id().equals("opencode")).findFirst().orElseThrow();
        Platform.runLater(() -> switcher.setValue(opencode));
        waitUntilShown(robot, "#conversion-diff");
        String diff = robot.lookup("#conversion-diff").queryTextInputControl().getText();
        assertThat(diff).contains("-tools: Read, Grep").contains("+permission:").contains("+  '*': deny").contains("+  read: allow");
        Path there = dir.resolve(".opencode/agent/gdpr.md");
        assertThat(robot.lookup("#conversion-save-there").queryAs(javafx.scene.control.CheckBox.class).getText()).contains(there.toString());
        robot.clickOn("Convert");
        Analysis switched = waitFor("the opencode analysis", a -> a.check().detection().dialect().id().equals("opencode"));
        CodeArea area = robot.lookup("#prompt-editor").queryAs(CodeArea.class);
        assertThat(onFx(() -> area.getText())).contains("permission:\n  '*': deny\n  read: allow\n  grep: allow\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(there));
        assertThat(Files.readString(there)).as("saved where opencode looks").contains("permission:");
        assertThat(Files.readString(file)).as("the original stays as it was on disk").contains("tools: Read, Grep");
        assertThat(onFx(() -> stage.getTitle())).isEqualTo("gdpr.md — AgentPad");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#permission-add").tryQuery().isPresent()));
        assertThat((boolean) onFx(() -> robot.lookup("#tool-Bash").tryQuery().isPresent())).as("the form follows the chosen dialect").isFalse();
        assertThat(switched.check().diagnostics()).noneMatch(d -> d.severity() == dev.agentpad.check.Severity.ERROR);
    }

    /** A node in a window that is on screen now (a closed dialog's nodes linger in lookups for a while). */
    private static boolean shown(javafx.scene.Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static void waitUntilShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup(query).match(EditorFlowsTest::shown).tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyMenuShortcutIsAKeyTheKeyboardCanPress(FxRobot robot) throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> broken = new ArrayList<>();
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            for (javafx.scene.control.MenuItem item : menu.getItems()) {
                KeyCombination k = item.getAccelerator();
                // "Shortcut+Digit0" once parsed as a character combination for the text "Digit0": no key types that
                if (k instanceof javafx.scene.input.KeyCharacterCombination c && c.getCharacter().length() != 1) {
                    broken.add(item.getText() + " = " + k);
                }
            }
        }
        assertThat(broken).isEmpty();
        robot.clickOn("#prompt-editor");
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        assertThat(window.editor().fontSize()).isGreaterThan(PromptEditor.DEFAULT_FONT_SIZE);
        robot.push(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        assertThat(window.editor().fontSize()).as("Ctrl+0 resets the zoom").isEqualTo(PromptEditor.DEFAULT_FONT_SIZE);
    }
}
