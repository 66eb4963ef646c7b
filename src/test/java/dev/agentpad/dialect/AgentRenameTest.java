package dev.agentpad.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a rename moves and writes, per tool: the name's home is the key, the file name, or a skill's folder. */
class AgentRenameTest {

    private final DialectRegistry registry = DialectRegistry.standard();
    private final Path project = Path.of("/p").toAbsolutePath();

    private AgentRename plan(String dialect, String file, String oldName, String newName, boolean hasKey) {
        return AgentRename.plan(project.resolve(file), registry.byId(dialect).orElseThrow(), oldName, newName, hasKey);
    }

    @Test
    void aClaudeSubagentsFileFollowsItsNameWhenItWasNamedAfterIt() {
        assertThat(plan("claude", ".claude/agents/reviewer.md", "reviewer", "auditor", true)).isEqualTo(new AgentRename(
                Optional.of(project.resolve(".claude/agents/reviewer.md")), project.resolve(".claude/agents/auditor.md"),
                project.resolve(".claude/agents/auditor.md"), true));
        AgentRename keyOnly = plan("claude", ".claude/agents/misc.md", "reviewer", "auditor", true);
        assertThat(keyOnly.moveFrom()).as("a file named otherwise stays").isEmpty();
        assertThat(keyOnly.setKey()).isTrue();
    }

    @Test
    void aSkillsFolderMovesWithItsName() {
        AgentRename skill = plan("claude-skill", ".claude/skills/pdf/SKILL.md", "pdf", "pdf-tools", true);
        assertThat(skill.moveFrom()).contains(project.resolve(".claude/skills/pdf"));
        assertThat(skill.file()).isEqualTo(project.resolve(".claude/skills/pdf-tools/SKILL.md"));
    }

    @Test
    void copilotAndOpencodeNameAnAgentAfterItsFileAndWriteTheKeyOnlyWhenThereIsOne() {
        AgentRename copilot = plan("copilot", ".github/agents/plan.agent.md", "plan", "architect", false);
        assertThat(copilot.file()).isEqualTo(project.resolve(".github/agents/architect.agent.md"));
        assertThat(copilot.setKey()).isFalse();
        AgentRename spaced = plan("copilot", ".github/agents/CSharpExpert.agent.md", "C# Expert", "CSharp Pro", false);
        assertThat(spaced.file()).as("no spaces in the file name").isEqualTo(project.resolve(".github/agents/CSharp-Pro.agent.md"));
        assertThat(spaced.setKey()).as("the name the file cannot carry goes in the key").isTrue();
        AgentRename opencode = plan("opencode", ".opencode/agent/api.md", "api", "backend", true);
        assertThat(opencode.file()).isEqualTo(project.resolve(".opencode/agent/backend.md"));
        assertThat(opencode.setKey()).isTrue();
    }
}
