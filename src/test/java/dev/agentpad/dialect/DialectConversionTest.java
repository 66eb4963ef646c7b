package dev.agentpad.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import dev.agentpad.check.Severity;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatterReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Converting an agent to another tool keeps or narrows what it may do, and says what it left out. */
class DialectConversionTest {

    private final DialectRegistry registry = DialectRegistry.standard();
    private final Equivalents equivalents = Equivalents.standard();

    private DialectConversion convert(String text, String path, String from, String to) {
        return DialectConversion.plan(text, Path.of(path), registry.byId(from).orElseThrow(), registry.byId(to).orElseThrow(), equivalents);
    }

    private static String apply(String text, DialectConversion c) {
        return c.edit().map(e -> e.applyTo(text)).orElse(text);
    }

    private Access access(String dialect, String text) {
        return AccessReader.read(registry.byId(dialect).orElseThrow(),
                FrontMatterReader.read(AgentDocument.parse(text)).mapping().orElseThrow(), equivalents);
    }

    @Test
    void aClaudeCommandLimitBecomesOpencodePatternRulesInWinningOrder() {
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
                model: anthropic/claude-sonnet-4-5
                color: '#3b82f6'
                permission:
                  '*': deny
                  read: allow
                  grep: allow
                  bash:
                    '*': deny
                    git diff*: allow
                ---
                You review code.
                """);
        assertThat(c.notCarried()).containsExactly("gh/pr: opencode names such tools differently; add it by hand if wanted");
        Access converted = access("opencode", opencode);
        assertThat(converted.grant("bash").actionFor("git diff --stat")).isEqualTo(Action.ALLOW);
        assertThat(converted.grant("bash").actionFor("rm -rf /")).as("no other command").isEqualTo(Action.DENY);
        assertThat(converted.grant("edit").actionFor("")).isEqualTo(Action.DENY);
        assertThat(Checker.standard().check(opencode, Path.of("r/.opencode/agent/reviewer.md"), null).diagnostics())
                .filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void aToolSwitchedOffInOpencodeIsDeniedInClaude() {
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
                color: "green"
                disallowedTools: Bash
                name: team-backend
                ---
                You build APIs.
                """);
        assertThat(c.notCarried()).containsExactly("mode: subagent (Claude Code has no 'mode')",
                "temperature: 0.1 (Claude Code has no 'temperature')");
        assertThat(Checker.standard().check(claude, Path.of("r/.claude/agents/backend.md"), null).hasErrors()).isFalse();
    }

    @Test
    void aCommandLimitCopilotCannotStateLeavesTheShellOut() {
        String claude = "---\nname: a-b\ndescription: x\ntools: Read, Edit, Write, Bash(git diff:*)\ncolor: red\n---\nB\n";
        DialectConversion c = convert(claude, "r/.claude/agents/a.md", "claude", "copilot");
        assertThat(apply(claude, c)).isEqualTo("---\nname: a-b\ndescription: x\ntools: [read, edit]\n---\nB\n");
        assertThat(c.notCarried()).containsExactly("execute: only some commands in the original (otherwise deny, \"git diff*\" allow);"
                + " GitHub Copilot cannot limit commands, so execute is left out", "color: red (GitHub Copilot has no 'color')");
    }

    @Test
    void aTargetToolThatDoesMoreThanTheOriginalIsLeftOutAndSaid() {
        String claude = "---\nname: a-b\ndescription: x\ntools: Read, Edit\n---\nB\n";
        DialectConversion c = convert(claude, "r/.claude/agents/a.md", "claude", "copilot");
        assertThat(apply(claude, c)).contains("tools: [read]\n");
        assertThat(c.notCarried()).containsExactly("edit: in GitHub Copilot it also allows creating files, which the original does not; left out");
    }

    @Test
    void opencodeAskAndDenyRulesNeverBecomeAllowInClaude() {
        String opencode = "---\ndescription: x\npermission:\n  edit: deny\n  bash:\n    \"*\": ask\n    \"git *\": allow\n---\nB\n";
        DialectConversion c = convert(opencode, "r/.opencode/agent/x.md", "opencode", "claude");
        String claude = apply(opencode, c);
        assertThat(claude).contains("disallowedTools: Edit, Write, Bash\n");
        assertThat(access("claude", claude).widerThan(access("opencode", opencode), equivalents.capabilities())).isEmpty();
        assertThat(c.notCarried()).anySatisfy(n -> assertThat(n).startsWith("Bash: otherwise ask, \"git *\" allow in the original"));
    }

    @Test
    void noLimitsMeansNoToolKeysAndNothingToConvert() {
        String same = "---\ndescription: x\n---\nB\n";
        assertThat(convert(same, "r/a.agent.md", "copilot", "opencode").edit()).isEmpty();
        String claude = "---\nname: a\ndescription: x\n---\nB\n";
        assertThat(apply(claude, convert(claude, "r/.claude/agents/a.md", "claude", "opencode"))).isEqualTo("---\nname: a\ndescription: x\n---\nB\n");
    }

    @Test
    void aConversionThatWouldWidenIsRefused() {
        Dialect claude = registry.byId("claude").orElseThrow();
        Dialect noToolKeys = registry.byId("claude-command").orElseThrow();
        DialectConversion c = DialectConversion.plan("---\nname: a\ndescription: x\ntools: Read\n---\nB\n", Path.of("r/.claude/agents/a.md"),
                claude, noToolKeys, equivalents);
        assertThat(c.keepsOrNarrows()).isFalse();
        assertThat(c.edit()).isEmpty();
        assertThat(c.notCarried().get(0)).startsWith("not converted");
    }
}
