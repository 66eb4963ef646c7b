package dev.agentpad.check;

import static dev.agentpad.check.Diagnostics.check;
import static dev.agentpad.check.Diagnostics.fixed;
import static dev.agentpad.check.Diagnostics.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.dialect.Effect;
import dev.agentpad.render.AgentCard;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture per fact about what a tool does with a file (sources in the dialect data): file in, the tool's outcome
 * out. A change in a tool is a change in one of these facts, its data line and this test together.
 */
class ToolFactsTest {

    private static final String CLAUDE = "proj/.claude/agents/reviewer.md";
    private static final String PLUGIN = "repo/plugins/review-kit/agents/reviewer.md";
    private static final String COPILOT = "proj/.github/agents/reviewer.agent.md";
    private static final String OPENCODE = "proj/.opencode/agent/reviewer.md";
    private static final String GEMINI = "proj/.gemini/agents/reviewer.md";

    private static List<String> outcomes(CheckResult result) {
        return result.diagnostics().stream().filter(d -> d.code() != Code.PORTABILITY)
                .map(d -> d.severity().label() + " " + d.code().id() + " " + d.effect().words()).toList();
    }

    @Nested
    class ClaudeCode {

        @Test
        void aColonInAOneLineDescriptionLoadsAfterTheRetry() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Reviews code. Triggers on: 'review'\n---\nBody\n");
            assertThat(outcomes(r)).containsExactly("warning yaml-colon-in-plain works");
            assertThat(AgentCard.of(r).loads()).isTrue();
            assertThat(r.keys().value("description")).get().extracting(v -> ((dev.agentpad.yaml.YamlScalar) v).value())
                    .isEqualTo("Reviews code. Triggers on: 'review'");
        }

        @Test
        void dialogueLinesAtColumnZeroAreReadAsKeysAndCutTheDescriptionShort() {
            CheckResult r = check(CLAUDE, """
                    ---
                    name: reviewer
                    description: Use after writing code, for example: a new function
                    user: "Please review my code"
                    assistant: "I'll use the reviewer agent"
                    ---
                    Body
                    """);
            Diagnostic d = only(r, Code.YAML_COLON_IN_PLAIN);
            assertThat(d.effect()).isEqualTo(Effect.MISREAD);
            assertThat(d.message()).contains("'description' reads as 'Use after writing code, for example: a new function'")
                    .contains("'user' becomes a key of its own");
        }

        @Test
        void aLineEndingInAColonIsNotQuotedByTheRetry() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Use after writing code. Examples:\nuser: \"Please review\"\n---\nBody\n");
            assertThat(only(r, Code.YAML_COLON_IN_PLAIN).effect()).as("'Examples:' has no space after the colon").isEqualTo(Effect.NOT_LOADED);
        }

        @Test
        void whatTheRetryStillCannotReadIsSkippedWithoutAWord() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Use when: reviewing\n<example>the user asks</example>\n---\nBody\n");
            assertThat(only(r, Code.YAML_COLON_IN_PLAIN).effect()).isEqualTo(Effect.NOT_LOADED);
            assertThat(AgentCard.of(r).status()).isEqualTo("Claude Code: does not load this agent");
        }

        @Test
        void aPluginAgentThatCannotBeReadLoadsAsAPlaceholderNamedAfterItsFile() {
            CheckResult r = check(PLUGIN, "---\nname: reviewer\ndescription: Use when: reviewing\n<example>the user asks</example>\n---\nBody\n");
            assertThat(only(r, Code.YAML_COLON_IN_PLAIN).effect()).isEqualTo(Effect.LOADED_AS_PLACEHOLDER);
            assertThat(AgentCard.of(r).status()).startsWith("Claude Code: loads a placeholder instead");
        }

        @Test
        void pluginAgentsIgnorePermissionModeHooksAndMcpServers() {
            CheckResult r = check(PLUGIN, "---\nname: reviewer\ndescription: Reviews code.\npermissionMode: plan\nhooks: {}\n---\nBody\n");
            assertThat(outcomes(r)).containsExactly("warning key-ignored-here key ignored", "warning key-ignored-here key ignored");
        }

        @Test
        void aFlowListTheRetryTurnsIntoTextLeavesNoToolAndRefusesToLaunch() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Use when: reviewing\ntools: [\"Read\", \"Grep\"]\n---\nBody\n");
            assertThat(r.diagnostics()).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo(Code.TOOLS_RESOLVE_TO_NOTHING);
                assertThat(d.effect()).isEqualTo(Effect.REFUSES_TO_LAUNCH);
                assertThat(d.start().line()).as("on the author's tools line").isEqualTo(4);
            });
        }

        @Test
        void toolsThatAllFailToResolveRefuseToLaunchSince2_1_208() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Reviews code.\ntools: Grpe\n---\nBody\n");
            assertThat(outcomes(r)).containsExactlyInAnyOrder("warning tool-unknown key ignored", "error tools-resolve-to-nothing refuses to launch");
            assertThat(fixed(r, Code.TOOL_UNKNOWN)).contains("tools: Grep\n");
        }

        @Test
        void goneToolsAreDroppedAndAliasesStillWork() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Task, KillShell, TeamCreate, LS\n---\nBody\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("'TeamCreate' is no longer a Claude Code tool (removed in 2.1.178); it is dropped without a word",
                            "'LS' is no longer a Claude Code tool (not a tool in v2.1.240 (use Glob or Bash)); it is dropped without a word");
        }

        @Test
        void anotherColourIsIgnoredAndTheAgentLoads() {
            CheckResult r = check(CLAUDE, "---\nname: reviewer\ndescription: Reviews code.\ncolor: magenta\n---\nBody\n");
            assertThat(outcomes(r)).containsExactly("warning color-invalid key ignored");
            assertThat(AgentCard.of(r).status()).isEqualTo("Claude Code: loads, color ignored");
        }

        @Test
        void anyNameLoadsButAColonOrALeadingDashIsSkippedSince2_1_218() {
            assertThat(outcomes(check(CLAUDE, "---\nname: Code Reviewer\ndescription: Reviews code.\n---\nBody\n")))
                    .containsExactly("info key-pattern works");
            assertThat(outcomes(check(CLAUDE, "---\nname: team:reviewer\ndescription: Reviews code.\n---\nBody\n")))
                    .containsExactly("error key-pattern not loaded");
        }

        @Test
        void todaysKeysAndValuesAreAccepted() {
            CheckResult r = check(CLAUDE, """
                    ---
                    name: reviewer
                    description: Reviews code.
                    model: fable
                    permissionMode: manual
                    effort: xhigh
                    memory: project
                    isolation: worktree
                    background: true
                    initialPrompt: Start with the diff.
                    skills: [pdf]
                    ---
                    Body
                    """);
            assertThat(r.diagnostics()).isEmpty();
        }

        @Test
        void emptyHooksDropTheAgent() {
            assertThat(outcomes(check(CLAUDE, "---\nname: reviewer\ndescription: Reviews code.\nhooks: []\n---\nBody\n")))
                    .containsExactly("error key-type not loaded");
        }
    }

    @Nested
    class GitHubCopilot {

        @Test
        void toolAliasesAreCaseInsensitiveAndIncludeClaudeNames() {
            assertThat(outcomes(check(COPILOT, "---\ndescription: Reviews code.\ntools: [Read, grep, Bash, EDIT, 'github/*']\n---\nBody\n")))
                    .isEmpty();
        }

        @Test
        void handoffsNeedLabelAgentAndPromptWithUniqueLabels() {
            CheckResult r = check(COPILOT, """
                    ---
                    description: Plans work.
                    handoffs:
                      - label: Implement
                        agent: implementer
                        prompt: Implement the plan.
                      - label: implement
                        agent: other
                        prompt: Again.
                      - label: Review
                        agent: reviewer
                        sendd: true
                    ---
                    Body
                    """);
            assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("used by two items"))
                    .anySatisfy(m -> assertThat(m).contains("has no prompt"))
                    .anySatisfy(m -> assertThat(m).contains("'sendd' is not a key of a handoffs item; did you mean 'send'?"));
        }

        @Test
        void inferIsRetiredAndUserInvokableRenamed() {
            CheckResult r = check(COPILOT, "---\ndescription: Reviews code.\ninfer: true\nuser-invokable: false\n---\nBody\n");
            assertThat(outcomes(r)).containsExactly("error key-deprecated not loaded", "warning key-deprecated works");
            assertThat(fixed(r.filtered(d -> d.key().equals("user-invokable")), Code.KEY_DEPRECATED)).contains("user-invocable: false");
        }

        @Test
        void aChatModeFileShouldMoveAndAgentsNeedTheAgentTool() {
            CheckResult chat = check("proj/.github/chatmodes/reviewer.chatmode.md", "---\ndescription: Reviews code.\n---\nBody\n");
            assertThat(outcomes(chat)).containsExactly("warning file-location works");
            CheckResult agents = check(COPILOT, "---\ndescription: Leads.\ntools: [read]\nagents: [reviewer]\n---\nBody\n");
            assertThat(outcomes(agents)).containsExactly("warning key-ignored-here key ignored");
        }

        @Test
        void otherToolsKeysAreIgnoredNotRefused() {
            assertThat(outcomes(check(COPILOT, "---\ndescription: Reviews.\nmode: subagent\nhidden: true\n---\nBody\n")))
                    .containsExactly("warning key-unknown key ignored", "warning key-unknown key ignored");
        }
    }

    @Nested
    class Opencode {

        @Test
        void permissionKeysThatNeverMatchAreSaid() {
            CheckResult r = check(OPENCODE, """
                    ---
                    description: Reviews code.
                    permission:
                      Read: allow
                      write: deny
                      "git *": allow
                    ---
                    Body
                    """);
            assertThat(r.diagnostics()).filteredOn(d -> d.code() == Code.PERMISSION_NEVER_MATCHES).extracting(Diagnostic::message)
                    .containsExactly(
                            "opencode's permission keys are lowercase: 'Read' never matches; did you mean 'read'?",
                            "opencode checks 'write' as 'edit', so this rule never matches; use 'edit'",
                            "'git *' looks like a command pattern, but at the top level of 'permission' it names a tool and never matches; put it under bash:");
        }

        @Test
        void deprecatedToolsMoveIntoPermissionWithExactlyTheSameAccess() {
            CheckResult r = check(OPENCODE, "---\ndescription: Reviews code.\ntools:\n  write: false\n  bash: false\n---\nBody\n");
            Diagnostic d = only(r, Code.KEY_DEPRECATED);
            assertThat(d.fix().keepsMeaning()).isTrue();
            assertThat(fixed(r, Code.KEY_DEPRECATED)).isEqualTo("---\ndescription: Reviews code.\npermission:\n  edit: deny\n  bash: deny\n---\nBody\n");
        }

        @Test
        void stepsAndVariantAreKeysAndMaxStepsIsTheOldSpelling() {
            assertThat(check(OPENCODE, "---\ndescription: x\nsteps: 5\nvariant: high\n---\nBody\n").diagnostics()).isEmpty();
            assertThat(fixed(check(OPENCODE, "---\ndescription: x\nmaxSteps: 5\n---\nBody\n"), Code.KEY_DEPRECATED)).contains("steps: 5");
        }

        @Test
        void aColourOpencodeRejectsStopsItAtStartUp() {
            assertThat(outcomes(check(OPENCODE, "---\ndescription: x\ncolor: cyan\n---\nBody\n"))).containsExactly("error color-invalid refuses to start");
        }
    }

    @Nested
    class GeminiCli {

        @Test
        void unknownKeysAndToolNamesRefuseTheAgent() {
            CheckResult r = check(GEMINI, "---\nname: code_reviewer\ndescription: Reviews code.\ntools: [read_file, grep]\nmcpServers: {}\n---\nBody\n");
            assertThat(outcomes(r)).containsExactly("error tool-unknown not loaded", "error key-unknown not loaded");
        }

        @Test
        void theStrictSchemaKeysAreAccepted() {
            assertThat(check(GEMINI, "---\nkind: local\nname: reviewer\ndisplay_name: Reviewer\ndescription: Reviews code.\n"
                    + "tools: [read_file, grep_search, search_file_content, mcp_github_*]\nmcp_servers: {}\nmax_turns: 10\n---\nBody\n")
                    .diagnostics()).isEmpty();
        }

        @Test
        void aFileNameStartingWithAnUnderscoreIsSkipped(@TempDir Path dir) {
            CheckResult r = check("proj/.gemini/agents/_draft.md", "---\nname: draft\ndescription: Not yet.\n---\nBody\n");
            assertThat(outcomes(r)).containsExactly("info file-location not loaded");
        }
    }

}
