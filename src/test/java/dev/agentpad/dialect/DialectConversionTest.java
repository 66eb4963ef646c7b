package dev.agentpad.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import dev.agentpad.check.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DialectConversionTest {

    private final DialectRegistry registry = DialectRegistry.standard();
    private final Equivalents equivalents = Equivalents.standard();

    private DialectConversion convert(String text, String path, String from, String to) {
        return DialectConversion.plan(text, Path.of(path), registry.byId(from).orElseThrow(), registry.byId(to).orElseThrow(), equivalents);
    }

    private static String apply(String text, DialectConversion c) {
        return c.edit().map(e -> e.applyTo(text)).orElse(text);
    }

    @Test
    void claudeToOpencodeMapsToolsModelAndColour() {
        String claude = """
                ---
                name: reviewer
                description: Reviews code. # keep
                tools: Read, Grep, Bash(git diff:*), mcp__gh__pr
                model: sonnet
                color: blue
                ---
                You review code.
                """;
        DialectConversion c = convert(claude, "r/.claude/agents/reviewer.md", "claude", "opencode");
        String opencode = apply(claude, c);
        assertThat(opencode).isEqualTo("""
                ---
                name: reviewer
                description: Reviews code. # keep
                tools:
                  read: true
                  grep: true
                  bash: true
                  mcp__gh__pr: true
                model: anthropic/claude-sonnet-4-5
                color: '#3b82f6'
                ---
                You review code.
                """);
        assertThat(c.notCarried()).containsExactly("tools: the limits in Bash(git diff:*) (opencode has no per-tool arguments here)");
        assertThat(Checker.standard().check(opencode, Path.of("r/.opencode/agent/reviewer.md"), null).diagnostics())
                .filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void opencodeToClaudeAddsTheNameAndListsWhatCannotComeAlong() {
        String opencode = """
                ---
                description: Builds APIs
                mode: subagent
                temperature: 0.1
                tools:
                  write: true
                  bash: false
                color: "#22c55e"
                ---
                You build APIs.
                """;
        DialectConversion c = convert(opencode, "r/.opencode/agent/team/backend.md", "opencode", "claude");
        String claude = apply(opencode, c);
        assertThat(claude).isEqualTo("""
                ---
                description: Builds APIs
                tools: Write
                color: "green"
                name: team-backend
                ---
                You build APIs.
                """);
        assertThat(c.notCarried()).containsExactly("mode: subagent (Claude Code has no 'mode')",
                "temperature: 0.1 (Claude Code has no 'temperature')",
                "tools: bash switched off (Claude Code lists only the tools an agent may use)");
        assertThat(Checker.standard().check(claude, Path.of("r/.claude/agents/backend.md"), null).hasErrors()).isFalse();
    }

    @Test
    void toCopilotToolsBecomeAListAndTheColourIsDropped() {
        String claude = "---\nname: a-b\ndescription: x\ntools: Read, Edit, Bash\ncolor: red\n---\nB\n";
        DialectConversion c = convert(claude, "r/.claude/agents/a.md", "claude", "copilot");
        assertThat(apply(claude, c)).isEqualTo("---\nname: a-b\ndescription: x\ntools: [read, edit, execute]\n---\nB\n");
        assertThat(c.notCarried()).containsExactly("color: red (GitHub Copilot has no 'color')");
    }

    @Test
    void nothingToConvertMeansNoEdit() {
        String same = "---\ndescription: x\n---\nB\n";
        assertThat(convert(same, "r/a.agent.md", "copilot", "opencode").edit()).isEmpty();
    }
}
