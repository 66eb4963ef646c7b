package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private Path claude(String text) throws Exception {
        Path p = Files.createDirectories(dir.resolve(".claude/agents")).resolve("reviewer.md");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aCommandLimitIsKeptAndNothingLeftOutExitsZero() throws Exception {
        Path p = claude("---\nname: reviewer\ndescription: Reviews diffs.\ntools: Read, Bash(git diff:*)\n---\nBody\n");
        CliRunner r = CliRunner.run("convert", p.toString(), "--to", "opencode");
        assertThat(r.out()).isEqualTo("---\nname: reviewer\ndescription: Reviews diffs.\npermission:\n  '*': deny\n  read: allow\n"
                + "  bash:\n    '*': deny\n    git diff*: allow\n---\nBody\n");
        assertThat(r.err()).isEqualTo(p + ": opencode looks for this agent at " + dir.resolve(".opencode/agent/reviewer.md") + "\n");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void whatCannotBeCarriedOverIsPrintedAndExitsOne() throws Exception {
        Path p = claude("---\nname: reviewer\ndescription: Reviews diffs.\ntools: Read, Bash(git diff:*)\ncolor: red\n---\nBody\n");
        Path out = dir.resolve("out.agent.md");
        CliRunner r = CliRunner.run("convert", p.toString(), "--to", "copilot", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.err()).contains(p + ": left out: execute: only some commands in the original")
                .contains(p + ": left out: color: red (GitHub Copilot has no 'color')");
        assertThat(Files.readString(out)).isEqualTo("---\nname: reviewer\ndescription: Reviews diffs.\ntools: [read]\n---\nBody\n");
        assertThat(Files.readString(p)).as("the original stays").contains("Bash(git diff:*)");
    }

    @Test
    void usageErrors() {
        assertThat(CliRunner.run("convert", "x.md").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run("convert", "x.md", "--to", "cursor").err()).contains("unknown dialect 'cursor'");
    }
}
