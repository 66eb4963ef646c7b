package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.io.RecentFiles;
import dev.agentpad.ui.problems.ProblemsPane;
import dev.agentpad.ui.workspace.WorkspaceAgent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A folder of agents in one window: the tree, the filter, tabs, closing with unsaved files, and news from the disk. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a dialog left open must fail the test, not hang the build
class WorkspaceFlowsTest {

    @TempDir
    Path dir;
    private Stage stage;
    private EditorWindow window;
    private RecentFiles recent;
    private Path alpha;
    private Path beta;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path claude = Files.createDirectories(dir.resolve(".claude/agents"));
        alpha = Files.writeString(claude.resolve("alpha.md"), "---\nname: alpha\ndescription: Reviews pull requests.\n---\nAlpha.\n");
        beta = Files.writeString(claude.resolve("beta.md"), "---\nname: beta\ndescription: Writes tests first.\n---\nBeta.\n");
        Files.writeString(Files.createDirectories(dir.resolve(".github/agents")).resolve("plan.agent.md"),
                "---\ndescription: Plans the work.\n---\nPlan.\n");
        Files.writeString(Files.createDirectories(dir.resolve("node_modules/x/.claude/agents")).resolve("vendored.md"),
                "---\nname: vendored\ndescription: Not ours.\n---\nV.\n");
        recent = TestPreferences.recentFiles();
        window = AgentPadApp.open(stage, List.of(dir.toString()), url -> { }, recent, TestPreferences.journal());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> leaves(FxRobot robot) throws Exception {
        TreeView<?> tree = robot.lookup("#workspace-tree").queryAs(TreeView.class);
        return onFx(() -> {
            List<String> names = new ArrayList<>();
            collect(tree.getRoot(), names);
            return names;
        });
    }

    private static void collect(TreeItem<?> item, List<String> names) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof WorkspaceAgent agent) {
            names.add(agent.name() + " " + agent.agent().relative() + (agent.isChecked() ? "" : " (checking)"));
        }
        item.getChildren().forEach(child -> collect(child, names));
    }

    private void openLeaf(FxRobot robot, String name) throws Exception {
        Callable<Boolean> opened = () -> window.documentPath() != null && window.documentPath().getFileName().toString().startsWith(name);
        clickLeafUntil(robot, name, opened); // the tree is rebuilt as the scan's checks arrive: a first click can miss
        waitUntil(() -> opened.call() && window.lastAnalysis() != null && window.lastAnalysis().text().equals(window.text()));
    }

    /** Clicks a leaf until {@code done}: a save makes the tree rescan and rebuild, and a click may land on a row being replaced. */
    private void clickLeafUntil(FxRobot robot, String name, Callable<Boolean> done) throws Exception {
        for (int tries = 0; tries < 10 && !onFx(done); tries++) {
            waitUntil(() -> robot.lookup(".tree-cell").match(n -> name.equals(((TreeCell<?>) n).getText())).tryQuery().isPresent());
            robot.lookup(".tree-cell").match(n -> name.equals(((TreeCell<?>) n).getText())).tryQuery().ifPresent(robot::clickOn);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void typeAtEnd(FxRobot robot, String text) throws Exception {
        robot.clickOn(window.editor().area());
        robot.interact(() -> window.editor().area().moveTo(window.editor().area().getLength()));
        robot.write(text);
        waitUntil(() -> window.text().endsWith(text));
    }

    @Test
    void openAFolderFilterOpenTwoTabsEditBothAndCloseWithOneQuestion(FxRobot robot) throws Exception {
        waitUntil(() -> leaves(robot).size() == 3 && leaves(robot).stream().noneMatch(l -> l.endsWith("(checking)")));
        assertThat(leaves(robot)).as("grouped by tool; node_modules skipped").containsExactly(
                "alpha .claude/agents/alpha.md", "beta .claude/agents/beta.md", "plan .github/agents/plan.agent.md");

        robot.clickOn("#workspace-filter").write("tests first");
        waitUntil(() -> leaves(robot).size() == 1);
        assertThat(leaves(robot)).as("matched by description").containsExactly("beta .claude/agents/beta.md");
        robot.interact(() -> robot.lookup("#workspace-filter").queryAs(TextField.class).clear());
        waitUntil(() -> leaves(robot).size() == 3);

        openLeaf(robot, "alpha");
        assertThat(window.tabs()).as("the sample's tab is reused").hasSize(1);
        typeAtEnd(robot, "More alpha.");
        openLeaf(robot, "beta");
        assertThat(window.tabs()).hasSize(2);
        typeAtEnd(robot, "More beta.");
        assertThat(onFx(() -> window.tabs().stream().map(t -> t.tab().getText()).toList())).containsExactly("*alpha.md", "*beta.md");
        openLeaf(robot, "alpha");
        assertThat(window.tabs()).as("an open file's tab is selected, not opened twice").hasSize(2);

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))); // it waits for the answer
        waitUntil(() -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        assertThat(robot.lookup("#unsaved-changes .header-panel .label").queryAs(Label.class).getText()).isEqualTo("Save changes to 2 files?");
        robot.clickOn("Save All");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(alpha)).isEqualTo("---\nname: alpha\ndescription: Reviews pull requests.\n---\nAlpha.\nMore alpha.");
        assertThat(Files.readString(beta)).isEqualTo("---\nname: beta\ndescription: Writes tests first.\n---\nBeta.\nMore beta.");
        assertThat(recent.lastFolder()).contains(dir.toAbsolutePath().normalize());
        assertThat(recent.lastOpenFiles()).containsExactly(alpha.toAbsolutePath().normalize(), beta.toAbsolutePath().normalize());
    }

    @Test
    void changesOnDiskReloadACleanTabAndShowABannerOverUnsavedWork(FxRobot robot) throws Exception {
        openLeaf(robot, "alpha");
        robot.interact(() -> window.editor().area().moveTo(window.text().indexOf("Alpha.") + 2));
        Files.writeString(alpha, "---\nname: alpha\ndescription: Reviews pull requests.\n---\nAdded above.\nAnd more.\nAlpha.\n");
        waitUntil(() -> window.text().contains("And more.") && !window.isDirty());
        assertThat(onFx(() -> window.text().substring(window.editor().area().getCaretPosition())))
                .as("the caret stays on the same text").startsWith("pha.");

        Files.writeString(alpha, "---\nname: alpha\ndescription: Reviews pull requests.\n---\nChanged outside.\n");
        waitUntil(() -> window.text().endsWith("Changed outside.\n") && !window.isDirty());

        typeAtEnd(robot, "Mine.");
        Files.writeString(alpha, "---\nname: alpha\ndescription: Reviews pull requests.\n---\nChanged again.\n");
        waitUntil(() -> robot.lookup("#disk-banner").match(Node::isVisible).tryQuery().isPresent());
        assertThat(window.text()).as("unsaved work is not replaced").endsWith("Mine.");
        robot.clickOn("#disk-reload");
        waitUntil(() -> window.text().endsWith("Changed again.\n") && !window.isDirty());

        Files.delete(alpha);
        waitUntil(() -> robot.lookup("#disk-banner").match(Node::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup("#disk-banner .label").queryAs(Label.class).getText()).startsWith("alpha.md was deleted or moved on disk");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(alpha));
        assertThat(Files.readString(alpha)).endsWith("Changed again.\n");

        Files.writeString(dir.resolve(".claude/agents/gamma.md"), "---\nname: gamma\ndescription: Made outside.\n---\nG.\n");
        waitUntil(() -> leaves(robot).contains("gamma .claude/agents/gamma.md"));
    }

    @Test
    void theNextStartOpensTheLastFolderAndItsFiles(FxRobot robot) throws Exception {
        openLeaf(robot, "beta");
        robot.interact(() -> {
            window.shutdown();
            stage.close();
        });
        Stage next = onFx(Stage::new);
        EditorWindow again = onFx(() -> AgentPadApp.open(next, List.of(), url -> { }, recent, TestPreferences.journal()));
        waitUntil(() -> again.documentPath() != null && again.workspace().agents().size() == 3);
        assertThat(again.documentPath()).isEqualTo(beta.toAbsolutePath().normalize());
        robot.interact(() -> {
            again.shutdown();
            next.close();
        });
    }

    @Test
    void ctrlPOpensAnAgentByDescriptionAndF2RenamesItsFileAndNameTogether(FxRobot robot) throws Exception {
        waitUntil(() -> window.workspace().agents().stream().allMatch(WorkspaceAgent::isChecked) && window.workspace().agents().size() == 3);
        robot.clickOn(window.editor().area());
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#quick-open-field").tryQuery().isPresent());
        robot.clickOn("#quick-open-field").write("tests first");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> beta.toAbsolutePath().normalize().equals(window.documentPath()) && window.lastAnalysis() != null
                && window.lastAnalysis().text().equals(window.text()));

        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#rename-agent").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#rename-agent .text-field").queryAs(TextField.class).setText("test-writer"));
        robot.clickOn("OK");
        Path renamed = beta.resolveSibling("test-writer.md");
        waitUntil(() -> Files.exists(renamed) && !Files.exists(beta));
        assertThat(Files.readString(renamed)).isEqualTo("---\nname: test-writer\ndescription: Writes tests first.\n---\nBeta.\n");
        assertThat(window.documentPath()).isEqualTo(renamed.toAbsolutePath().normalize());
        assertThat(window.isDirty()).isFalse();
        waitUntil(() -> leaves(robot).contains("test-writer .claude/agents/test-writer.md"));

        robot.clickOn(window.editor().area());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(beta) && !Files.exists(renamed) && !window.isDirty());
        assertThat(Files.readString(beta)).as("one undo step: the key and the file").isEqualTo(
                "---\nname: beta\ndescription: Writes tests first.\n---\nBeta.\n");
        assertThat(window.documentPath()).isEqualTo(beta.toAbsolutePath().normalize());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(renamed) && !Files.exists(beta) && !window.isDirty());
        assertThat(Files.readString(renamed)).isEqualTo("---\nname: test-writer\ndescription: Writes tests first.\n---\nBeta.\n");
    }

    private void renameOpenAgentTo(FxRobot robot, Path file, String name) throws Exception {
        robot.interact(() -> window.openFile(file));
        waitUntil(() -> file.toAbsolutePath().normalize().equals(window.documentPath()) && window.lastAnalysis() != null
                && window.lastAnalysis().text().equals(window.text()));
        robot.clickOn(window.editor().area());
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#rename-agent").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#rename-agent .text-field").queryAs(TextField.class).setText(name));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRenameTheKeyCannotTakeMovesNothingAndUndoingAKeyOnlyRenameSaves(FxRobot robot) throws Exception {
        Path claude = dir.resolve(".claude/agents");
        String brokenText = "---\nname: runner\ndescription: Runs tests. Note: use it\n---\nR.\n"; // ": " makes it invalid YAML
        Path broken = Files.writeString(claude.resolve("runner.md"), brokenText);
        Path keyOnly = Files.writeString(claude.resolve("second.md"), "---\nname: other-name\ndescription: Named apart from its file.\n---\nS.\n");

        renameOpenAgentTo(robot, broken, "test-exec");
        assertThat(Files.readString(broken)).as("refused: the file stays where and as it was").isEqualTo(brokenText);
        assertThat(claude.resolve("test-exec.md")).doesNotExist();
        assertThat(window.documentPath()).isEqualTo(broken.toAbsolutePath().normalize());

        renameOpenAgentTo(robot, keyOnly, "second-reviewer");
        waitUntil(() -> Files.readString(keyOnly).contains("name: second-reviewer"));
        robot.clickOn(window.editor().area());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> Files.readString(keyOnly).contains("name: other-name") && !window.isDirty());
        assertThat(window.documentPath()).isEqualTo(keyOnly.toAbsolutePath().normalize());
    }

    @Test
    void anAgentDeletedSinceHeadStaysInTheTreeAndDuplicateNamesAreListedUnderWorkspace(FxRobot robot) throws Exception {
        Path repo = dir.resolve("repo");
        Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
        Path gone = Files.writeString(agents.resolve("gone.md"), "---\r\nname: gone\r\ndescription: Deleted later, CRLF.\r\n---\r\nGone.\r\n");
        Files.writeString(agents.resolve("twin-a.md"), "---\nname: twin\ndescription: One.\n---\nA.\n");
        Files.writeString(agents.resolve("twin-b.md"), "---\nname: twin\ndescription: Two.\n---\nB.\n");
        Path skill = Files.writeString(Files.createDirectories(repo.resolve(".claude/skills/tidy")).resolve("SKILL.md"),
                "---\nname: tidy\ndescription: Tidies imports.\n---\nTidy.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("agents").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
        }
        String atHead = Files.readString(gone);
        Files.delete(gone);
        Files.delete(skill);
        Files.delete(skill.getParent());

        Path many = Files.createDirectories(dir.resolve("many/.claude/agents"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(many.resolve("agent-" + i + ".md"), "---\nname: agent-" + i + "\ndescription: One of many.\n---\nA.\n");
        }
        robot.interact(() -> window.openFolder(dir.resolve("many")));
        waitUntil(() -> window.workspace().agents().size() == 2000);
        robot.interact(() -> window.openFolder(repo)); // while the 2,000 are being checked: their checks must not hold up this folder's
        waitUntil(() -> leaves(robot).contains("gone .claude/agents/gone.md (checking)")
                && window.workspace().agents().stream().allMatch(WorkspaceAgent::isChecked));
        assertThat(onFx(() -> window.workspace().agents().stream().map(WorkspaceAgent::name).toList()))
                .as("on disk").containsExactly("twin", "twin");

        openLeaf(robot, "gone");
        assertThat(robot.lookup("#disk-banner .label").queryAs(Label.class).getText()).startsWith("gone.md was deleted since HEAD");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(gone));
        assertThat(Files.readString(gone)).as("written again as it was at HEAD").isEqualTo(atHead);

        Path restoredSkill = skill.toAbsolutePath().normalize();
        clickLeafUntil(robot, "tidy", () -> restoredSkill.equals(window.documentPath()));
        assertThat(onFx(window::documentPath)).isEqualTo(skill.toAbsolutePath().normalize());
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(skill));
        assertThat(Files.readString(skill)).as("its folder made again").isEqualTo("---\nname: tidy\ndescription: Tidies imports.\n---\nTidy.\n");

        robot.interact(() -> window.openFile(agents.resolve("twin-a.md")));
        ListView<?> problems = robot.from(onFx(() -> window.current().tab().getContent())).lookup("#problems").queryAs(ListView.class);
        waitUntil(() -> problems.getItems().contains(ProblemsPane.WORKSPACE));
        List<?> items = onFx(() -> List.copyOf(problems.getItems()));
        Object after = items.get(items.indexOf(ProblemsPane.WORKSPACE) + 1);
        assertThat(after).isInstanceOfSatisfying(Diagnostic.class, d -> assertThat(d.code().id()).isEqualTo("duplicate-name"));
    }
}
