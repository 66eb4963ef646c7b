package dev.agentpad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;
    private Path broken;
    private Path clean;

    @BeforeEach
    void project() throws Exception {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        broken = agents.resolve("broken.md");
        // Claude Code quotes the first line and rereads it, but the <example> line below still breaks the YAML: not loaded
        Files.writeString(broken, "---\nname: broken\ndescription: Use when: needed\n<example>user asks</example>\n---\nBody\n");
        clean = agents.resolve("clean.md");
        Files.writeString(clean, "---\nname: clean\ndescription: Reviews code carefully.\n---\nBody\n");
        Files.writeString(dir.resolve("README.md"), "# Project\nNo front matter here.\n");
        Files.writeString(dir.resolve("notes.md"), "---\ntitle: Notes\n---\nGeneric markdown with front matter.\n");
    }

    @Test
    void textOutputHasOneLinePerProblemAndASummary() {
        CliRunner r = CliRunner.run("check", broken.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(r.out()).isEqualTo(broken + ":3:22: error yaml-colon-in-plain 'description' is not quoted and goes on over lines"
                + " strict YAML cannot read as part of it, which strict YAML rejects (mapping values are not allowed here); Claude Code"
                + " skips a project or user agent it cannot read, without a word (a plugin agent loads as a placeholder)"
                + " [Claude Code: not loaded]\n"
                + "checked 1 file: 1 error, 0 warnings, 0 infos\n");
    }

    @Test
    void aFolderIsAlsoCheckedAcrossItsAgents() throws Exception {
        Files.writeString(dir.resolve(".claude/agents/clean-copy.md"), "---\nname: clean\ndescription: A copy.\n---\nBody\n");
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.out()).contains(dir.resolve(".claude/agents/clean.md") + ":2:7: warning duplicate-name 2 Claude Code "
                + "subagents here are named 'clean' (this file and .claude/agents/clean-copy.md)");
        assertThat(CliRunner.run("check", dir.resolve(".claude/agents/clean.md").toString()).out())
                .as("one file alone has no folder to clash with").doesNotContain("duplicate-name");
    }

    @Test
    void aFolderIsSearchedForAgentFilesSkippingPlainMarkdown() {
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.out()).contains("broken.md").doesNotContain("README.md")
                .endsWith("checked 3 files: 1 error, 0 warnings, 0 infos\n");
    }

    @Test
    void exitCodesFollowErrorsAndStrictness() throws Exception {
        assertThat(CliRunner.run("check", clean.toString()).exit()).isEqualTo(ExitCode.OK);
        Path warned = dir.resolve(".claude/agents/warned.md");
        Files.writeString(warned, "---\nname: warned\ndescription: Reviews code carefully.\nmodle: opus\n---\nBody\n");
        assertThat(CliRunner.run("check", warned.toString()).exit()).isEqualTo(ExitCode.OK);
        assertThat(CliRunner.run("check", "--strict", warned.toString()).exit()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(CliRunner.run("check", dir.resolve("missing.md").toString()).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run("check", "--format", "xml", clean.toString()).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run("check", "--dialect", "nope", clean.toString()).err()).contains("known: opencode, claude");
    }

    @Test
    void dialectCanBeForced() {
        CliRunner r = CliRunner.run("check", "--dialect", "gemini", "--format", "json", clean.toString());
        assertThat(r.out()).contains("\"dialect\": \"gemini\"");
        Path claudeOnly = dir.resolve(".claude/agents/mode.md");
        CliRunner forced = CliRunner.run("check", "--dialect", "copilot", write(claudeOnly, "---\ndescription: x\npermissionMode: plan\n---\nB\n"));
        assertThat(forced.out()).contains("warning key-unknown 'permissionMode' is not a key GitHub Copilot knows")
                .contains("[GitHub Copilot: key ignored]");
    }

    private static String write(Path path, String text) {
        try {
            Files.writeString(path, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return path.toString();
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        CliRunner r = CliRunner.run("check", "--format", "json", broken.toString(), clean.toString());
        JsonNode files = new ObjectMapper().readTree(r.out());
        assertThat(files.size()).isEqualTo(2);
        JsonNode first = files.get(0);
        assertThat(first.get("path").asText()).isEqualTo(broken.toString());
        assertThat(first.get("dialect").asText()).isEqualTo("claude");
        assertThat(first.get("name").asText()).isEqualTo("broken");
        JsonNode d = first.get("diagnostics").get(0);
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("code").asText()).isEqualTo("yaml-colon-in-plain");
        assertThat(d.get("line").asInt()).isEqualTo(3);
        assertThat(d.get("column").asInt()).isEqualTo(22);
        assertThat(d.get("endColumn").asInt()).as("exclusive, as in SARIF").isEqualTo(29);
        assertThat(d.get("endLine").asInt()).isEqualTo(4);
        assertThat(d.get("key").asText()).isEqualTo("description");
        assertThat(d.get("tool").asText()).isEqualTo("Claude Code");
        assertThat(d.get("effect").asText()).isEqualTo("not loaded");
        assertThat(files.get(1).get("diagnostics").size()).isZero();
    }

    @Test
    void sarifOutputIsSarif210WithRulesAndRegions() throws Exception {
        CliRunner r = CliRunner.run("check", "--format", "sarif", broken.toString());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("AgentPad");
        JsonNode result = run.get("results").get(0);
        String ruleId = result.get("ruleId").asText();
        assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(ruleId);
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("broken.md");
        assertThat(result.at("/properties/effect").asText()).isEqualTo("not loaded");
    }

    @Test
    void notesOnOtherToolsComeOnlyWhenAskedFor() throws Exception {
        Path coloured = dir.resolve(".claude/agents/coloured.md");
        Files.writeString(coloured, "---\nname: coloured\ndescription: Reviews code carefully.\ncolor: cyan\n---\nBody\n");
        assertThat(CliRunner.run("check", "--format", "sarif", coloured.toString()).out()).doesNotContain("\"ruleId\":\"portability\"");
        assertThat(CliRunner.run("check", "--portability", coloured.toString()).out())
                .contains("info portability works for Claude Code, but in opencode files");
    }

    @Test
    void fixRepairsWhatKeepsTheValuesAndDryRunOnlyShowsTheDiff() throws Exception {
        String text = "---\nname: broken\ndescription: Use when: needed\ncolr: red\n---\nBody\n";
        Files.writeString(broken, text);
        CliRunner dry = CliRunner.run("check", "--fix", "--dry-run", broken.toString());
        assertThat(dry.out()).startsWith("--- a/" + broken + "\n+++ b/" + broken + "\n")
                .contains("-description: Use when: needed\n+description: >-\n+  Use when: needed\n");
        assertThat(Files.readString(broken)).isEqualTo(text);

        CliRunner fix = CliRunner.run("check", "--fix", broken.toString());
        assertThat(fix.out()).startsWith(broken + ":3:22: fixed yaml-colon-in-plain: Rewrite 'description' as a folded block (>-)\n")
                .as("a renamed key changes what the tool reads: offered, not applied").contains("warning key-unknown");
        assertThat(Files.readString(broken)).isEqualTo("---\nname: broken\ndescription: >-\n  Use when: needed\ncolr: red\n---\nBody\n");
        assertThat(fix.exit()).as("exits as check would on the result").isEqualTo(ExitCode.OK);
    }

    @Test
    void aBinaryFileAmongOthersIsAProblemOfThatFileAndTheRestIsChecked() throws Exception {
        Path binary = dir.resolve(".claude/agents/logo.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliRunner r = CliRunner.run("check", dir.resolve(".claude/agents").toString());
        assertThat(r.out()).contains(binary + ":1:1: error file-unreadable").contains("looks like a binary file")
                .endsWith("checked 3 files: 2 errors, 0 warnings, 0 infos\n");
        assertThat(r.exit()).as("a problem of the file, not a usage error").isEqualTo(ExitCode.PROBLEMS);
        assertThat(CliRunner.run("check", dir.resolve("nowhere.md").toString()).exit()).as("a path that does not exist").isEqualTo(ExitCode.USAGE);
    }
}
