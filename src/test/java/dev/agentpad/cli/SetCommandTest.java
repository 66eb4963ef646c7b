package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import static dev.agentpad.Bytes.concat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void setsAndUnsetsKeysInPlaceAndPrintsNothing() throws Exception {
        Path p = write("agent.md", "---\nname: x # keep me\nmodel: sonnet\ntools: Read\n---\nBody\n");
        CliRunner r = CliRunner.run("set", p.toString(), "model=opus", "description=Reviews code: style and bugs",
                "--unset", "tools");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(p)).isEqualTo(
                "---\nname: x # keep me\nmodel: opus\ndescription: 'Reviews code: style and bugs'\n---\nBody\n");
    }

    @Test
    void invalidFrontMatterLeavesTheFileUntouchedAndPointsAtTheError() throws Exception {
        String text = "---\ndescription: Use when: needed\n---\n";
        Path p = write("bad.md", text);
        CliRunner r = CliRunner.run("set", p.toString(), "model=opus");
        assertThat(r.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.err()).isEqualTo(p + ":2:22: error: mapping values are not allowed here\n");
        assertThat(Files.readString(p)).isEqualTo(text);
    }

    @Test
    void crlfAndBomSurviveASet() throws Exception {
        Path p = dir.resolve("win.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(p, concat(bom, "---\r\nmodel: a\r\n---\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(CliRunner.run("set", p.toString(), "model=b").exit()).isZero();
        assertThat(Files.readAllBytes(p)).isEqualTo(concat(bom, "---\r\nmodel: b\r\n---\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void usageErrorsAndUnreadableFilesExitWithTwo() throws Exception {
        assertThat(CliRunner.run("set").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run("set", write("a.md", "x").toString()).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run("set", "a.md", "novalue").err()).contains("expected KEY=VALUE");
        CliRunner missing = CliRunner.run("set", dir.resolve("missing.md").toString(), "a=b");
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void unchangedValueDoesNotRewriteTheFile() throws Exception {
        Path p = write("same.md", "---\nmodel: opus\n---\n");
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertThat(CliRunner.run("set", p.toString(), "model=opus").exit()).isZero();
        assertThat(Files.getLastModifiedTime(p).toMillis()).isEqualTo(1_000_000);
    }


    @Test
    void valuesTakeTheTypeAndShapeTheDialectWants() throws Exception {
        Path opencode = Files.createDirectories(dir.resolve(".opencode/agent")).resolve("a.md");
        Files.writeString(opencode, "---\ndescription: x\ntemperature: 0.1\n---\nB\n");
        assertThat(CliRunner.run("set", opencode.toString(), "temperature=0.5", "tools=read, !bash", "hidden=true", "mode=all").exit())
                .isZero();
        assertThat(Files.readString(opencode)).isEqualTo(
                "---\ndescription: x\ntemperature: 0.5\ntools:\n  read: true\n  bash: false\nhidden: true\nmode: all\n---\nB\n");

        Path claude = Files.createDirectories(dir.resolve(".claude/agents")).resolve("c.md");
        Files.writeString(claude, "---\nname: c\ntools:\n  - Read\n---\nB\n");
        assertThat(CliRunner.run("set", claude.toString(), "tools=Read, Grep", "maxTurns=5").exit()).isZero();
        assertThat(Files.readString(claude)).as("the file's list shape is kept")
                .isEqualTo("---\nname: c\ntools:\n  - Read\n  - Grep\nmaxTurns: 5\n---\nB\n");

        Path plain = dir.resolve("notes.md");
        Files.writeString(plain, "---\ntitle: x\n---\n");
        assertThat(CliRunner.run("set", plain.toString(), "temperature=0.5").exit()).isZero();
        assertThat(Files.readString(plain)).as("a key no dialect types stays text").contains("temperature: '0.5'");
    }

    @Test
    void aKeyOrValueTheToolWouldNotTakeIsRefusedAndNothingIsWritten() throws Exception {
        String text = "---\nname: reviewer\ndescription: Reviews code.\n---\nBody\n";
        Path claude = Files.createDirectories(dir.resolve(".claude/agents")).resolve("reviewer.md");
        Files.writeString(claude, text);

        CliRunner typo = CliRunner.run("set", claude.toString(), "colr=red");
        assertThat(typo.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(typo.err()).contains("'colr' is not a key Claude Code knows; did you mean 'color'?");

        CliRunner colour = CliRunner.run("set", claude.toString(), "color=magenta");
        assertThat(colour.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(colour.err()).contains(claude + ":4:8: ").contains("magenta").contains("nothing was written");

        CliRunner turns = CliRunner.run("set", claude.toString(), "maxTurns=abc");
        assertThat(turns.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(turns.err()).contains("'maxTurns: abc' must be a whole number");
        assertThat(Files.readString(claude)).as("the file is untouched").isEqualTo(text);

        assertThat(CliRunner.run("set", claude.toString(), "colr=red", "--force").exit()).isZero();
        assertThat(Files.readString(claude)).contains("colr: red\n");
    }

    @Test
    void aValueInAFormTheToolIgnoresIsRefusedButAdviceIsNot() throws Exception {
        String text = "---\ndescription: Reviews code.\nmode: subagent\n---\nYou review.\n";
        Path opencode = Files.createDirectories(dir.resolve(".opencode/agent")).resolve("reviewer.md");
        Files.writeString(opencode, text);

        CliRunner model = CliRunner.run("set", opencode.toString(), "model=opus"); // opencode wants provider/model-id
        assertThat(model.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(model.err()).contains("'model: opus' does not have the form opencode expects").contains("nothing was written");
        assertThat(Files.readString(opencode)).as("the file is untouched").isEqualTo(text);

        assertThat(CliRunner.run("set", opencode.toString(), "model=anthropic/claude-sonnet-4-5").exit()).isZero();
        assertThat(Files.readString(opencode)).contains("model: anthropic/claude-sonnet-4-5\n");
    }
}
