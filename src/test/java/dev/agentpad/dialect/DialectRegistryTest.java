package dev.agentpad.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.YamlMapping;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DialectRegistryTest {

    private final DialectRegistry registry = DialectRegistry.standard();

    private static YamlMapping keys(String yaml) {
        return FrontMatterReader.read(AgentDocument.parse("---\n" + yaml + "---\n")).mapping().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "repo/.opencode/agent/review.md, opencode",
            "repo/.opencode/agents/sub/review.md, opencode",
            "home/.config/opencode/agent/x.md, opencode",
            "repo/.claude/agents/review.md, claude",
            "repo/.claude/skills/pdf/SKILL.md, claude-skill",
            "repo/.claude/commands/git/commit.md, claude-command",
            "repo/docs/review.agent.md, copilot",
            "repo/.github/agents/review.md, copilot",
            "repo/.gemini/agents/review.md, gemini"})
    void detectsTheDialectFromThePath(String path, String dialect) {
        assertThat(registry.detect(Path.of(path), keys("description: x\n")).dialect().id()).isEqualTo(dialect);
    }

    @Test
    void pathWinsOverKeys() {
        assertThat(registry.detect(Path.of("a/.claude/agents/x.md"), keys("mode: subagent\npermission: ask\n")).dialect().id())
                .isEqualTo("claude");
    }

    @Test
    void detectsFromKeysWhenThePathSaysNothing() {
        assertThat(registry.detect(Path.of("x/reviewer.md"), keys("name: reviewer\ndescription: x\ntools: Read, Grep\nmodel: sonnet\n"))
                .dialect().id()).isEqualTo("claude");
        assertThat(registry.detect(null, keys("description: x\nmode: subagent\ntemperature: 0.1\n")).dialect().id())
                .isEqualTo("opencode");
        assertThat(registry.detect(null, keys("name: x\ndescription: x\ntools: ['read', 'edit']\ntarget: vscode\n")).dialect().id())
                .isEqualTo("copilot");
        Detection none = registry.detect(Path.of("notes/todo.md"), keys("title: Notes\n"));
        assertThat(none.dialect().isGeneric()).isTrue();
        assertThat(none.reason()).isEqualTo("no tool's path or keys matched");
    }

    @Test
    void namesAgentsAsEachToolDoes() {
        Dialect opencode = registry.byId("opencode").orElseThrow();
        Dialect claude = registry.byId("claude").orElseThrow();
        Dialect copilot = registry.byId("copilot").orElseThrow();
        assertThat(DialectRegistry.agentName(opencode, Path.of("r/.opencode/agent/sub/review.md"), keys("description: x\n")))
                .hasValue("sub/review");
        assertThat(DialectRegistry.agentName(opencode, Path.of("r/.opencode/agent/review.md"), keys("name: Rev\n"))).hasValue("Rev");
        assertThat(DialectRegistry.agentName(claude, Path.of("r/.claude/agents/file.md"), keys("name: from-key\n"))).hasValue("from-key");
        assertThat(DialectRegistry.agentName(claude, Path.of("r/.claude/agents/file.md"), keys("description: x\n"))).isEmpty();
        assertThat(DialectRegistry.agentName(copilot, Path.of("r/review.agent.md"), keys("description: x\n"))).hasValue("review");
    }

    @Test
    void everyFieldOfEveryDialectIsDocumented() {
        for (Dialect d : registry.all()) {
            assertThat(d.provenance().checked()).as(d.id() + " version note").isNotBlank();
            d.fields().forEach(f -> assertThat(f.doc()).as(d.id() + "." + f.key()).isNotBlank());
            d.fields().stream().filter(f -> f.type() == FieldType.ENUM)
                    .forEach(f -> assertThat(f.values()).as(d.id() + "." + f.key() + " values").isNotEmpty());
        }
    }

    @Test
    void everyNewFileTemplateIsAnAgentItsToolWouldLoad() {
        for (Dialect d : registry.all()) {
            var result = dev.agentpad.check.Checker.standard().check(Templates.forDialect(d), null, d);
            assertThat(result.diagnostics()).as(d.id() + " template")
                    .noneMatch(x -> x.severity() == dev.agentpad.check.Severity.ERROR);
        }
    }

    @Test
    void aMistakeInDialectDataFailsLoudly() {
        assertThatThrownBy(() -> DialectLoader.load("bad", """
                id: bad
                name: Bad
                fields:
                  - key: x
                    type: string
                    requird: true
                """)).hasMessageContaining("bad field x: unknown attribute 'requird'");
    }
}
