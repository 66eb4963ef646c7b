package dev.agentpad.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dialect data extended without a release: the project's .agentpad/dialects merged over the shipped dialects. */
class DialectOverridesTest {

    @TempDir
    Path project;

    private Path overrides() throws Exception {
        return Files.createDirectories(project.resolve(".agentpad/dialects"));
    }

    private CheckResult check(String relative, String text) throws Exception {
        Path file = Files.createDirectories(project.resolve(relative).getParent()).resolve(Path.of(relative).getFileName());
        Files.writeString(file, text);
        return new Checker(DialectRegistry.withOverrides(DialectOverrides.foldersFor(file))).check(text, file, null);
    }

    @Test
    void aNewToolModelColourAndKeyAreKnownOnceTheProjectSaysSo() throws Exception {
        String agent = "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Telepathy\nmodel: opus-5\ncolor: teal\nmood: calm\n---\nB\n";
        assertThat(check(".claude/agents/reviewer.md", agent).diagnostics()).extracting(d -> d.code().id())
                .contains("tool-unknown", "color-invalid", "key-unknown");
        Files.writeString(overrides().resolve("claude.yaml"), """
                id: claude
                tools:
                  Telepathy: Read the user's mind (our internal build)
                fields:
                  - key: model
                    add-values: [opus-5]
                  - key: color
                    add-values: [teal]
                  - key: mood
                    type: enum
                    values: [calm, brisk]
                    doc: How the agent sounds.
                """);
        CheckResult after = check(".claude/agents/reviewer.md", agent);
        assertThat(after.diagnostics()).filteredOn(d -> d.code() != dev.agentpad.check.Code.PORTABILITY).isEmpty();
        assertThat(DialectOverrides.files(DialectOverrides.foldersFor(project.resolve(".claude/agents/reviewer.md"))))
                .containsExactly(project.resolve(".agentpad/dialects/claude.yaml"));
    }

    @Test
    void aNewDialectIsDetectedByItsPath() throws Exception {
        Files.writeString(overrides().resolve("cursor.yaml"), """
                id: cursor
                name: Cursor rule
                tool: Cursor
                version: Cursor rules, late 2026
                paths: ["**/.cursor/rules/**/*.mdc"]
                name-from: file-name
                unknown-keys: ignored
                unknown-key-note: Cursor ignores keys it does not know
                invalid-yaml-note: Cursor skips the rule without a word
                fields:
                  - key: description
                    type: text
                    doc: When the rule applies.
                  - key: alwaysApply
                    type: boolean
                    doc: Apply the rule to every request.
                """);
        CheckResult r = check(".cursor/rules/style.mdc", "---\ndescription: House style\nalwaysApply: \"true\"\n---\nUse tabs.\n");
        assertThat(r.detection().dialect().id()).isEqualTo("cursor");
        assertThat(r.diagnostics()).extracting(d -> d.code().id()).containsExactly("key-quoted-boolean");
    }

    @Test
    void aBadOverrideIsRefusedWithTheFileAndTheReason() throws Exception {
        Path bad = overrides().resolve("claude.yaml");
        Files.writeString(bad, "id: claude\ntoolz:\n  X: y\n");
        assertThatThrownBy(() -> DialectRegistry.withOverrides(List.of(overrides())))
                .isInstanceOf(DialectOverrides.Problem.class).hasMessageContaining(bad.toString()).hasMessageContaining("unknown attribute 'toolz'");
        Files.writeString(bad, "id: claude\nfields:\n  - key: mood\n    doc: no type\n");
        assertThatThrownBy(() -> DialectRegistry.withOverrides(List.of(overrides()))).hasMessageContaining("the new field 'mood' needs a 'type'");
        Files.writeString(bad, "tools: {X: y}\n");
        assertThatThrownBy(() -> DialectRegistry.withOverrides(List.of(overrides()))).hasMessageContaining("needs 'id'");
    }
}
