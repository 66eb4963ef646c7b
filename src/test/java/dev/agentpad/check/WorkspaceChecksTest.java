package dev.agentpad.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.dialect.ToolList;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems that need every agent of a folder: one name twice, a name key against the file name, references to nowhere. */
class WorkspaceChecksTest {

    private final Checker checker = Checker.standard();
    private final Path root = Path.of("/work/project").toAbsolutePath();
    private final Map<Path, CheckResult> files = new LinkedHashMap<>();

    private Path add(String relative, String text) {
        Path file = root.resolve(relative);
        files.put(file, checker.check(text, file, null));
        return file;
    }

    private List<String> problems(Path file) {
        return WorkspaceChecks.standard().check(root, files).getOrDefault(file, List.of()).stream()
                .map(d -> d.severity().label() + " " + d.code().id() + " " + d.start().line() + ": " + d.message()).toList();
    }

    @Test
    void twoClaudeSubagentsWithOneNameAreBothMarkedAndNameEachOther() {
        Path a = add(".claude/agents/reviewer.md", "---\nname: code-reviewer\ndescription: Reviews.\n---\nA\n");
        Path b = add(".claude/agents/old/reviewer-old.md", "---\nname: code-reviewer\ndescription: Older.\n---\nB\n");
        add(".claude/agents/other.md", "---\nname: other\ndescription: Other.\n---\nC\n");
        assertThat(problems(a)).containsExactly("warning duplicate-name 2: 2 Claude Code subagents here are named 'code-reviewer' "
                + "(this file and .claude/agents/old/reviewer-old.md). Claude Code loads only one of them, chosen by the order the "
                + "file system lists them; give each its own name.");
        assertThat(problems(b)).singleElement().asString().contains("(this file and .claude/agents/reviewer.md)");
    }

    @Test
    void theSameNameInTwoToolsOrTwoProjectsIsNoClash() {
        Path claude = add(".claude/agents/planner.md", "---\nname: planner\ndescription: Plans.\n---\nA\n");
        add(".gemini/agents/planner.md", "---\nname: planner\ndescription: Plans.\n---\nB\n");
        Path nested = add("services/api/.claude/agents/planner.md", "---\nname: planner\ndescription: Plans the API.\n---\nC\n");
        assertThat(problems(claude)).isEmpty();
        assertThat(problems(nested)).isEmpty();
    }

    @Test
    void aCopilotNameKeyThatDiffersFromTheFileNameIsANote() {
        Path renamed = add(".github/agents/plan.agent.md", "---\nname: architect\ndescription: Plans.\n---\nA\n");
        Path same = add(".github/agents/build.agent.md", "---\nname: Build\ndescription: Builds.\n---\nB\n");
        assertThat(problems(renamed)).singleElement().asString().startsWith("info name-file-name 2: GitHub Copilot shows this "
                + "agent as 'architect' (the name key), not 'plan' (its file name)");
        assertThat(problems(same)).as("only the case differs").isEmpty();
    }

    @Test
    void referencesToAgentsAndSkillsThatAreNotHereAreWarnings() {
        Path coordinator = add(".claude/agents/coordinator.md", "---\nname: coordinator\ndescription: Coordinates.\n"
                + "tools: Agent(worker, researcher), Task(Explore), Read\nskills: [pdf, release-notes]\n---\nGo.\n");
        add(".claude/agents/worker.md", "---\nname: worker\ndescription: Works.\n---\nW\n");
        add(".claude/skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDF files.\n---\nS\n");
        Path planner = add(".github/agents/planner.agent.md", "---\ndescription: Plans.\nhandoffs:\n  - label: Build it\n"
                + "    agent: builder\n    prompt: Build the plan.\n  - label: Ask\n    agent: ask\n    prompt: Questions?\n---\nP\n");
        assertThat(problems(coordinator)).containsExactly(
                "warning missing-reference 4: tools names the agent 'researcher', and there is no agent of that name in this "
                        + "folder. Unless it is in ~/.claude/agents or a plugin, Claude Code cannot find it.",
                "warning missing-reference 5: skills names the skill 'release-notes', and there is no skill of that name in "
                        + "this folder. Unless it is in ~/.claude/skills or a plugin, Claude Code cannot find it.");
        assertThat(problems(planner)).as("ask is VS Code's own agent").singleElement().asString()
                .startsWith("warning missing-reference 5: handoffs names the agent 'builder'");
    }

    @Test
    void aCommaInsideParenthesesBelongsToItsToolEntry() {
        assertThat(ToolList.split("Agent(worker, researcher), Read, Bash(git diff:*)"))
                .containsExactly("Agent(worker, researcher)", "Read", "Bash(git diff:*)");
        CheckResult result = checker.check("---\nname: coordinator\ndescription: Coordinates.\ntools: Agent(worker, researcher), Read\n---\nB\n",
                root.resolve(".claude/agents/coordinator.md"), null);
        assertThat(result.diagnostics()).as("no tool-unknown for 'researcher)'").isEmpty();
    }
}
