package dev.agentpad.check;

import static dev.agentpad.check.Diagnostics.check;
import static dev.agentpad.check.Diagnostics.fixed;
import static dev.agentpad.check.Diagnostics.has;
import static dev.agentpad.check.Diagnostics.only;
import static dev.agentpad.check.Diagnostics.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaRulesTest {

    private static final String OPENCODE = "proj/.opencode/agent/review.md";
    private static final String CLAUDE = "proj/.claude/agents/review.md";
    private static final String GEMINI = "p/.gemini/agents/x.md";
    private static final String COPILOT = "proj/review.agent.md";

    @Test
    void aCleanClaudeAgentHasNoProblems() {
        String text = """
                ---
                name: code-reviewer
                description: Reviews code for bugs and style.
                tools: Read, Grep, Bash(git diff:*)
                model: sonnet
                color: blue
                ---
                You review code.
                """;
        // only advice for porting: a colour name breaks opencode (tools differ in shape by design; convert rewrites them)
        assertThat(summary(check(CLAUDE, text))).containsExactly("info portability 6:8-6:12");
    }

    @Test
    void missingRequiredKeysAreErrorsWithANameFix() {
        CheckResult result = check(CLAUDE, "---\ndescription: Reviews code for bugs.\n---\nBody\n");
        Diagnostic d = only(result, Code.KEY_REQUIRED);
        assertThat(summary(d)).isEqualTo("error key-required 1:1-1:4");
        assertThat(d.message()).startsWith("Claude Code requires 'name' (The agent's identifier;");
        assertThat(d.effect()).as("Claude Code skips an agent without a name").isEqualTo(dev.agentpad.dialect.Effect.NOT_LOADED);
        assertThat(fixed(result, Code.KEY_REQUIRED)).isEqualTo("---\ndescription: Reviews code for bugs.\nname: review\n---\nBody\n");
    }

    @Test
    void unknownKeysGetDidYouMeanAndARename() {
        String text = "---\ndescription: Reviews\npermissions:\n  bash: ask\n---\nBody\n";
        CheckResult result = check(OPENCODE, text);
        Diagnostic d = only(result, Code.KEY_UNKNOWN);
        assertThat(summary(d)).isEqualTo("warning key-unknown 3:1-3:12");
        assertThat(d.message()).contains("did you mean 'permission'?").contains("passes unknown keys to the model provider");
        assertThat(fixed(result, Code.KEY_UNKNOWN)).isEqualTo("---\ndescription: Reviews\npermission:\n  bash: ask\n---\nBody\n");
        assertThat(only(check(COPILOT, "---\ndescription: x\nmode: agent\n---\nBody\n"), Code.KEY_UNKNOWN).severity())
                .as("VS Code marks unknown keys and ignores them").isEqualTo(Severity.WARNING);
        assertThat(only(check(GEMINI, "---\nname: x\ndescription: y\nmode: agent\n---\nBody\n"), Code.KEY_UNKNOWN).severity())
                .as("Gemini CLI refuses unknown keys").isEqualTo(Severity.ERROR);
    }

    @Test
    void enumValuesOutsideTheListAreErrorsWithASuggestion() {
        CheckResult result = check(OPENCODE, "---\ndescription: Reviews\nmode: subagnet\n---\nBody\n");
        Diagnostic d = only(result, Code.KEY_VALUE);
        assertThat(summary(d)).isEqualTo("error key-value 3:7-3:15");
        assertThat(d.message()).isEqualTo("'mode: subagnet' is not one of primary, subagent, all; did you mean 'subagent'?");
        assertThat(fixed(result, Code.KEY_VALUE)).contains("mode: subagent\n");
    }

    @Test
    void aTypoOfADocumentedModelAliasIsNotedWithAFixWhileFullIdsAndOtherNamesAreLeftAlone() {
        CheckResult typo = check(CLAUDE, "---\nname: a\ndescription: Reviews\nmodel: sonet\n---\nBody\n");
        Diagnostic d = only(typo, Code.KEY_VALUE);
        assertThat(d.severity()).as("free values are allowed: a note, not an error").isEqualTo(Severity.INFO);
        assertThat(d.message()).isEqualTo("'model: sonet' is none of the values Claude Code documents; did you mean 'sonnet'?");
        assertThat(fixed(typo, Code.KEY_VALUE)).contains("model: sonnet\n");
        for (String model : new String[] {"claude-opus-4-1-20250805", "opus-4", "sonnet", "my-custom-proxy-model"}) {
            assertThat(check(CLAUDE, "---\nname: a\ndescription: Reviews\nmodel: " + model + "\n---\nBody\n").diagnostics())
                    .as(model).noneMatch(x -> x.code() == Code.KEY_VALUE);
        }
    }

    @Test
    void colourRulesDifferPerTool() {
        CheckResult opencode = check(OPENCODE, "---\ndescription: Reviews\ncolor: blue\n---\nBody\n");
        Diagnostic d = only(opencode, Code.COLOR_INVALID);
        assertThat(d.message()).startsWith("opencode does not accept the colour 'blue': use #RRGGBB or one of primary")
                .endsWith("opencode stops at start-up on a colour it does not accept");
        assertThat(fixed(opencode, Code.COLOR_INVALID)).contains("color: '#3b82f6'");
        assertThat(has(check(OPENCODE, "---\ndescription: R\ncolor: '#AA00ff'\n---\nB\n"), Code.COLOR_INVALID)).isFalse();
        assertThat(has(check(OPENCODE, "---\ndescription: R\ncolor: accent\n---\nB\n"), Code.COLOR_INVALID)).isFalse();
        CheckResult claude = check(CLAUDE, "---\nname: r-x\ndescription: Reviews things\ncolor: '#ff0000'\n---\nBody\n");
        assertThat(only(claude, Code.COLOR_INVALID).message()).contains("use one of red, blue, green");
    }

    @Test
    void quotedBooleansAndYaml11BooleansAreCaught() {
        CheckResult quoted = check(COPILOT, "---\ndescription: x\nuser-invocable: \"false\"\n---\nBody\n");
        assertThat(summary(only(quoted, Code.KEY_QUOTED_BOOLEAN))).isEqualTo("error key-quoted-boolean 3:17-3:24");
        assertThat(fixed(quoted, Code.KEY_QUOTED_BOOLEAN)).contains("user-invocable: false\n");
        CheckResult yes = check(OPENCODE, "---\ndescription: x\ndisable: yes\n---\nBody\n");
        assertThat(fixed(yes, Code.KEY_YAML11_BOOLEAN)).contains("disable: true\n");
    }

    @Test
    void numbersAreTypedAndRanged() {
        CheckResult quoted = check(OPENCODE, "---\ndescription: x\ntemperature: \"0.2\"\n---\nBody\n");
        assertThat(fixed(quoted, Code.KEY_TYPE)).contains("temperature: 0.2\n");
        assertThat(summary(only(check(OPENCODE, "---\ndescription: x\ntemperature: 3\n---\nB\n"), Code.KEY_RANGE)))
                .isEqualTo("error key-range 3:14-3:15");
        assertThat(only(check(OPENCODE, "---\ndescription: x\nsteps: 2.5\n---\nB\n"), Code.KEY_TYPE).message())
                .contains("must be a whole number");
    }

    @Test
    void opencodeToolsAsACommaStringStopsOpencodeAndConvertsToAMap() {
        CheckResult result = check(OPENCODE, "---\ndescription: x\ntools: read, bash\n---\nBody\n");
        Diagnostic d = only(result, Code.KEY_TYPE);
        assertThat(d.message()).isEqualTo("'tools' must be a map of tool names to true or false, but it is a text;"
                + " opencode stops at start-up when tools is not a map of tool name to true/false");
        assertThat(has(result, Code.KEY_DEPRECATED)).isTrue();
        assertThat(fixed(result, Code.KEY_TYPE)).isEqualTo("---\ndescription: x\ntools:\n  read: true\n  bash: true\n---\nBody\n");
    }

    @Test
    void claudeHooksAsAListIsDroppedSilently() {
        CheckResult result = check(CLAUDE, "---\nname: r-x\ndescription: Reviews things\nhooks: []\n---\nBody\n");
        assertThat(only(result, Code.KEY_TYPE).message()).contains("Claude Code silently drops an agent whose hooks is not a map");
        assertThat(fixed(result, Code.KEY_TYPE)).contains("hooks: {}\n");
    }

    @Test
    void permissionActionsShapesAndRuleOrder() {
        String text = """
                ---
                description: x
                permission:
                  webfetch: alow
                  websearch:
                    "*": deny
                  bash:
                    "git status": allow
                    "*": ask
                ---
                Body
                """;
        CheckResult result = check(OPENCODE, text);
        assertThat(summary(result)).containsExactly(
                "error permission-action 4:13-4:17", "error permission-shape 6:5-6:14", "warning permission-order 9:5-9:8");
        assertThat(fixed(result, Code.PERMISSION_ACTION)).contains("webfetch: allow\n");
        Diagnostic order = only(result, Code.PERMISSION_ORDER);
        assertThat(order.fixIfAny()).as("moving \"*\" first would let git status run without asking").isEmpty();
        assertThat(order.message()).endsWith("no one-click fix: that would let 'git status' (allow) through where \"*\" now "
                + "decides, so change it by hand if that is what you mean");
    }

    @Test
    void movingTheCatchAllFirstIsOfferedWhenItOnlyNarrows() {
        String text = """
                ---
                description: x
                permission:
                  bash:
                    "rm *": deny
                    "git push*": ask
                    "*": allow
                ---
                Body
                """;
        assertThat(fixed(check(OPENCODE, text), Code.PERMISSION_ORDER))
                .contains("  bash:\n    \"*\": allow\n    \"rm *\": deny\n    \"git push*\": ask\n");
    }

    @Test
    void deprecatedKeysWithAReplacementAreRenamed() {
        CheckResult result = check(OPENCODE, "---\ndescription: x\nmaxSteps: 5\n---\nBody\n");
        assertThat(fixed(result, Code.KEY_DEPRECATED)).contains("steps: 5\n");
    }

    @Test
    void claudeNamePatternAndTypoedToolNames() {
        CheckResult result = check(CLAUDE, "---\nname: Code Reviewer\ndescription: Reviews things\ntools: Read, Grepp, mcp__gh__pr\n---\nBody\n");
        assertThat(fixed(result, Code.KEY_PATTERN)).contains("name: code-reviewer\n");
        Diagnostic tool = only(result, Code.TOOL_UNKNOWN);
        assertThat(summary(tool)).isEqualTo("warning tool-unknown 4:14-4:19");
        assertThat(fixed(result, Code.TOOL_UNKNOWN)).contains("tools: Read, Grep, mcp__gh__pr\n");
    }

    @Test
    void skillNameMustMatchItsFolder() {
        CheckResult result = check("proj/.claude/skills/pdf-tools/SKILL.md", "---\nname: pdf\ndescription: Works with PDFs\n---\nBody\n");
        assertThat(result.detection().dialect().id()).isEqualTo("claude-skill");
        assertThat(fixed(result, Code.NAME_FOLDER)).contains("name: pdf-tools\n");
    }

    @Test
    void valuesYamlReadsAsAnotherTypeAreFlagged() {
        CheckResult result = check(CLAUDE, "---\nname: r-x\ndescription: Reviews things\nmodel: 1.10\n---\nBody\n");
        assertThat(only(result, Code.KEY_TYPE).message()).isEqualTo("'model: 1.10' is read by YAML as a number, not text; quote it");
        assertThat(fixed(result, Code.KEY_TYPE)).contains("model: '1.10'\n");
    }
}
