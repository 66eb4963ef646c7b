package dev.agentpad.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.dialect.DialectRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery of agent files: every tool's layout, and the folders a workspace must not look into. */
class AgentFilesTest {

    @TempDir
    Path dir;

    private static final String AGENT = "---\nname: x\ndescription: An agent.\n---\nBody\n";

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> found() throws Exception {
        return AgentFiles.discover(dir, DialectRegistry.standard()).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void findsEachToolsLayout() throws Exception {
        write(".claude/agents/reviewer.md", AGENT);
        write(".claude/agents/team/deep/nested.md", AGENT);
        write(".claude/skills/pdf/SKILL.md", AGENT);
        write(".claude/commands/deploy.md", "Deploy the app.\n"); // no front matter: commands need none, still found
        write("plugins/tools/agents/helper.md", AGENT);
        write("plugins/tools/skills/lint/SKILL.md", AGENT);
        write(".opencode/agent/backend.md", AGENT);
        write(".opencode/agents/frontend.md", AGENT);
        write(".github/agents/planner.agent.md", AGENT);
        write(".github/chatmodes/old.chatmode.md", AGENT);
        write(".github/prompts/release.prompt.md", "---\ndescription: Write release notes\n---\nGo.\n");
        write(".gemini/agents/researcher.md", AGENT);
        write("docs/guide/agent-like.md", AGENT); // any Markdown with front matter
        write("README.md", "# Read me\n");
        assertThat(found()).containsExactly(
                ".claude/agents/reviewer.md", ".claude/agents/team/deep/nested.md", ".claude/commands/deploy.md",
                ".claude/skills/pdf/SKILL.md", ".gemini/agents/researcher.md", ".github/agents/planner.agent.md",
                ".github/chatmodes/old.chatmode.md", ".github/prompts/release.prompt.md", ".opencode/agent/backend.md",
                ".opencode/agents/frontend.md", "docs/guide/agent-like.md", "plugins/tools/agents/helper.md",
                "plugins/tools/skills/lint/SKILL.md");
    }

    @Test
    void skipsGitDependenciesBuildOutputAndWhatGitIgnores() throws Exception {
        write(".claude/agents/kept.md", AGENT);
        write(".git/agents/in-git.md", AGENT);
        write("node_modules/pkg/.claude/agents/vendored.md", AGENT);
        write("target/classes/.claude/agents/copied.md", AGENT);
        write("build/out.md", AGENT);
        write(".gitignore", "scratch/\n*.draft.md\n!keep.draft.md\n");
        write("scratch/.claude/agents/ignored.md", AGENT);
        write(".claude/agents/idea.draft.md", AGENT);
        write(".claude/agents/keep.draft.md", AGENT);
        write("sub/.gitignore", "local.md\n");
        write("sub/local.md", AGENT);
        write("local.md", AGENT); // the nested .gitignore applies only below sub/
        assertThat(found()).containsExactly(".claude/agents/keep.draft.md", ".claude/agents/kept.md", "local.md");
    }
}
