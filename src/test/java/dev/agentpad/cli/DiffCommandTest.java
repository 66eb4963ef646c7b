package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agentpad diff} on real files and a real git repository made with JGit. */
class DiffCommandTest {

    private static final String AGENT = """
            ---
            name: reviewer
            description: Reviews code for bugs.
            tools: Read, Grep
            ---
            You review code.
            """;

    @TempDir
    Path repo;
    private Path agent;

    @BeforeEach
    void commitAnAgent() throws Exception {
        agent = Files.createDirectories(repo.resolve(".claude/agents")).resolve("reviewer.md");
        Files.writeString(agent, AGENT);
        Files.writeString(Files.createDirectories(repo.resolve(".claude/agents")).resolve("planner.md"),
                "---\nname: planner\ndescription: Plans work.\n---\nYou plan.\n");
        Files.writeString(repo.resolve("README.md"), "# Project\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("agents").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
            git.branchCreate().setName("release").call();
        }
    }

    @Test
    void twoFilesAreComparedByMeaning() throws Exception {
        Path other = repo.resolve("other.md");
        Files.writeString(other, AGENT.replace("tools: Read, Grep", "tools: [Read, Grep]"));
        CliRunner same = CliRunner.run("diff", agent.toString(), other.toString(), "--color", "never");
        assertThat(same.exit()).as("only written another way").isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("same meaning").contains("tools: same meaning");
    }

    @Test
    void theWorkingTreeAgainstHeadAndABranch() throws Exception {
        Files.writeString(agent, AGENT.replace("tools: Read, Grep", "tools: Read, Grep, Bash").replace("You review code.", "You review code carefully."));
        CliRunner head = CliRunner.run("diff", agent.toString(), "--color", "never");
        assertThat(head.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(head.out()).startsWith(agent + " (HEAD -> working tree): changes what the agent does\n")
                .contains("  tools: changed  + Bash\n").contains("power gained: bash").contains("You review code{+ carefully+}.");
        CliRunner branch = CliRunner.run("diff", "--rev", "release", agent.toString(), "--format", "json");
        JsonNode review = new ObjectMapper().readTree(branch.out()).get(0);
        assertThat(review.get("old").get("label").asText()).isEqualTo("release");
        assertThat(review.get("changesMeaning").asBoolean()).isTrue();
        assertThat(review.get("fields").get(0).get("key").asText()).isEqualTo("tools");
        assertThat(review.get("fields").get(0).get("details").get(0).asText()).isEqualTo("+ Bash");
        assertThat(review.get("prompt").get("wordsInserted").asInt()).isEqualTo(1);
        assertThat(review.get("gains").get(0).asText()).startsWith("bash");
    }

    @Test
    void everyChangedAgentSinceARevisionAddedDeletedAndRenamedToo() throws Exception {
        Files.writeString(agent, AGENT.replace("Reviews code for bugs.", "Reviews code for bugs and style."));
        Files.delete(repo.resolve(".claude/agents/planner.md"));
        Files.writeString(repo.resolve(".claude/agents/writer.md"), "---\nname: writer\ndescription: Writes docs.\n---\nYou write.\n");
        Files.writeString(repo.resolve("README.md"), "# Project, changed\n");
        CliRunner r = CliRunner.run("diff", "--rev", "HEAD", "--changed", repo.toString(), "--format", "markdown");
        assertThat(r.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).startsWith("### AgentPad review\n")
                .contains("| reviewer | `.claude/agents/reviewer.md` |")
                .contains("`.claude/agents/planner.md` (deleted)")
                .contains("`.claude/agents/writer.md` (added)")
                .doesNotContain("README.md");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path outside = Files.createTempFile("agent", ".md");
        try {
            assertThat(CliRunner.run("diff").exit()).isEqualTo(ExitCode.USAGE);
            assertThat(CliRunner.run("diff", agent.toString(), "--format", "xml").exit()).isEqualTo(ExitCode.USAGE);
            CliRunner notGit = CliRunner.run("diff", outside.toString());
            assertThat(notGit.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(notGit.err()).contains("is not in a git repository");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void asGitsExternalDiffDriverItReadsGitsSevenArgumentsAndAlwaysExitsZero() throws Exception {
        Path old = Files.writeString(repo.resolve("old-copy.md"), AGENT);
        Files.writeString(agent, AGENT.replace("tools: Read, Grep", "tools: Read"));
        CliRunner r = CliRunner.run("diff", "--git-external", ".claude/agents/reviewer.md", old.toString(), "abc123", "100644",
                agent.toString(), "def456", "100644");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(".claude/agents/reviewer.md (a/.claude/agents/reviewer.md -> b/.claude/agents/reviewer.md): changes what the agent does")
                .contains("tools: changed  - Grep");
        assertThat(CliRunner.run("diff", "--git-external", ".claude/agents/new.md", "/dev/null", ".", ".", agent.toString(), "x", "100644")
                .out()).contains("name: added");
    }
}
