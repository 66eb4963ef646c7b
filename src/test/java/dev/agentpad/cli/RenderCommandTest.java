package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAStandalonePageWithCardPromptAndProblems() throws Exception {
        Path agent = Files.createDirectories(dir.resolve(".claude/agents")).resolve("r.md");
        Files.writeString(agent, "---\nname: reviewer\ndescription: Reviews code carefully\ntools: Read, Grepp\n---\n# Review\nBe kind.\n");
        Path out = dir.resolve("out.html");
        CliRunner r = CliRunner.run("render", agent.toString(), "-o", out.toString());
        assertThat(r.exit()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>reviewer</h1>").contains("<h1>Review</h1>")
                .contains("tool-unknown").contains("Be kind.");
        assertThat(CliRunner.run("render", agent.toString()).out()).isEqualTo(html);
        assertThat(CliRunner.run("render", dir.resolve("none.md").toString()).exit()).isEqualTo(ExitCode.USAGE);
    }
}
