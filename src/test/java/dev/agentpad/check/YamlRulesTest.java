package dev.agentpad.check;

import static dev.agentpad.check.Diagnostics.check;
import static dev.agentpad.check.Diagnostics.fixed;
import static dev.agentpad.check.Diagnostics.has;
import static dev.agentpad.check.Diagnostics.only;
import static dev.agentpad.check.Diagnostics.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlRulesTest {

    private static final String CLAUDE = "proj/.claude/agents/x.md";

    @Test
    void unquotedColonInDescriptionIsFlaggedAtTheParsersPositionWithABlockScalarFix() {
        String text = """
                ---
                name: gdpr
                description: Use for GDPR. Triggers on: 'GDPR', 'privacy'
                tools: Read
                ---
                Body.
                """;
        CheckResult result = check(CLAUDE, text);
        Diagnostic d = only(result, Code.YAML_COLON_IN_PLAIN);
        assertThat(summary(d)).as("Claude Code quotes and rereads it, so it loads: a warning").isEqualTo("warning yaml-colon-in-plain 3:39-3:58");
        assertThat(d.message()).contains("'description'").contains("Claude Code double-quotes such values and reads the front matter again");
        assertThat(d.effect()).isEqualTo(dev.agentpad.dialect.Effect.WORKS);
        String fixedText = fixed(result, Code.YAML_COLON_IN_PLAIN);
        assertThat(fixedText).isEqualTo("""
                ---
                name: gdpr
                description: >-
                  Use for GDPR. Triggers on: 'GDPR', 'privacy'
                tools: Read
                ---
                Body.
                """);
        assertThat(check(CLAUDE, fixedText).diagnostics()).allSatisfy(left -> assertThat(left.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void unindentedContinuationLinesStayLinesOfTheRepairedValue() {
        String text = """
                ---
                name: helper
                description: Use this agent when needed.
                Context: the user asks for help
                tools: Read
                ---
                Body.
                """;
        CheckResult result = check(CLAUDE, text);
        // "Context: ..." is a valid key for YAML, so this text parses: it is an unknown key, not a syntax error
        assertThat(has(result, Code.KEY_UNKNOWN)).isTrue();
        String broken = "---\nname: helper\ndescription: Use this: now\n<example>user: hi</example>\n---\nBody.\n";
        CheckResult r2 = check(CLAUDE, broken);
        String repaired = fixed(r2, Code.YAML_COLON_IN_PLAIN);
        assertThat(repaired).isEqualTo("---\nname: helper\ndescription: >-\n  Use this: now\n  <example>user: hi</example>\n---\nBody.\n");
        assertThat(((YamlScalar) FrontMatterReader.read(AgentDocument.parse(repaired)).mapping().orElseThrow().value("description")
                .orElseThrow()).value()).as("folding joins the lines as plain YAML would").isEqualTo("Use this: now <example>user: hi</example>");
    }

    @Test
    void aCommentAfterTheBrokenValueStaysAComment() {
        String text = "---\nname: x-y\ndescription: Use when: needed # written in a hurry\n---\nBody\n";
        String fixed = fixed(check(CLAUDE, text), Code.YAML_COLON_IN_PLAIN);
        assertThat(fixed).isEqualTo("---\nname: x-y\ndescription: >- # written in a hurry\n  Use when: needed\n---\nBody\n");
        assertThat(check(CLAUDE, fixed).frontMatter().mapping().orElseThrow().value("description"))
                .get().extracting(v -> ((dev.agentpad.yaml.YamlScalar) v).value()).isEqualTo("Use when: needed");
    }

    @Test
    void whileTheYamlIsBrokenTheSchemaIsCheckedOnTheRepairedTextAndPointsAtTheOriginal() {
        String text = "---\nname: x-y\ndescription: a: b\nmodel: 1.10\ncolour: blue\n---\nBody\n";
        CheckResult result = check(CLAUDE, text);
        assertThat(summary(result)).containsExactly(
                "warning key-length 3:14-3:18",
                "warning yaml-colon-in-plain 3:15-3:18",
                "warning key-type 4:8-4:12",
                "warning key-unknown 5:1-5:7");
        assertThat(only(result, Code.KEY_TYPE).range().of(text)).isEqualTo("1.10");
        assertThat(only(result, Code.KEY_LENGTH).range().of(text)).as("inside the repaired value: the whole value").isEqualTo("a: b");
        assertThat(result.diagnostics()).filteredOn(d -> d.code() != Code.YAML_COLON_IN_PLAIN)
                .allSatisfy(d -> assertThat(d.fix()).as("fixes wait for valid YAML").isNull());
    }

    @Test
    void otherSyntaxErrorsKeepTheParserMessageAndPosition() {
        CheckResult result = check(CLAUDE, "---\nname: x\ntools: [Read\n---\nBody\n");
        Diagnostic d = only(result, Code.YAML_SYNTAX);
        assertThat(d.severity()).as("Claude Code rereads '[Read' as text: misread").isEqualTo(Severity.ERROR);
        assertThat(d.start().line()).isEqualTo(4);
    }

    @Test
    void tabIndentationHasAFix() {
        CheckResult result = check(CLAUDE, "---\nname: x\ntools:\n\t- Read\n---\nBody\n");
        assertThat(only(result, Code.YAML_TAB_INDENT).start().line()).isEqualTo(4);
        assertThat(fixed(result, Code.YAML_TAB_INDENT)).isEqualTo("---\nname: x\ntools:\n  - Read\n---\nBody\n");
    }

    @Test
    void unclosedAndNotAMap() {
        assertThat(summary(only(check(CLAUDE, "---\nname: x\n"), Code.YAML_UNCLOSED))).isEqualTo("error yaml-unclosed 1:1-2:1");
        assertThat(only(check(CLAUDE, "---\n- a\n---\nBody\n"), Code.YAML_NOT_A_MAP).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void duplicateKeysPointAtTheEarlierOneAndOfferToRemoveIt() {
        String text = "---\nname: x\ndescription: First one here\nmodel: a\ndescription: Second one here\n---\nBody\n";
        CheckResult result = check(CLAUDE, text);
        Diagnostic d = only(result, Code.YAML_DUPLICATE_KEY);
        assertThat(summary(d)).isEqualTo("warning yaml-duplicate-key 3:1-3:12");
        assertThat(d.message()).contains("line 5");
        assertThat(fixed(result, Code.YAML_DUPLICATE_KEY)).isEqualTo("---\nname: x\nmodel: a\ndescription: Second one here\n---\nBody\n");
    }

    @Test
    void hashStartsACommentSoTheColourIsEmpty() {
        String text = "---\ndescription: Paints things\ncolor: #ff0000\n---\nBody\n";
        CheckResult result = check("opencode", ".opencode/agent/p.md", text);
        Diagnostic d = only(result, Code.YAML_HASH_VALUE);
        assertThat(summary(d)).isEqualTo("warning yaml-hash-value 3:8-3:15");
        assertThat(has(result, Code.KEY_EMPTY)).as("reported once").isFalse();
        assertThat(fixed(result, Code.YAML_HASH_VALUE)).isEqualTo("---\ndescription: Paints things\ncolor: '#ff0000'\n---\nBody\n");
    }

    @Test
    void missingFrontMatterInAnAgentFolderIsAnError() {
        Diagnostic d = only(check(CLAUDE, "You are a helper.\n"), Code.NO_FRONT_MATTER);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(check("docs/README.md", "# Readme\n").diagnostics()).isEmpty();
    }

    @Test
    void aDescriptionThatGoesOnOverExamplesIsRepairedWhole() {
        String text = """
                ---
                name: code-reviewer
                description: Use this agent after writing code. Examples:

                <example>
                Context: The user just wrote a function.
                user: "Please review my code"
                assistant: "I'll use the code-reviewer agent"
                <commentary>
                Code was written: review it.
                </commentary>
                </example>
                - also after refactors
                tools: Read, Grep
                model: sonnet
                ---
                You review code.
                """;
        CheckResult result = check(CLAUDE, text);
        String fixedText = fixed(result, Code.YAML_COLON_IN_PLAIN);
        var keys = FrontMatterReader.read(AgentDocument.parse(fixedText));
        assertThat(keys.isValid()).as("strict YAML reads the fixed file").isTrue();
        var mapping = keys.mapping().orElseThrow();
        assertThat(mapping.entries().stream().map(e -> e.name())).containsExactly("name", "description", "tools", "model");
        assertThat(((YamlScalar) mapping.value("description").orElseThrow()).value()).isEqualTo(
                "Use this agent after writing code. Examples:\n<example> Context: The user just wrote a function."
                + " user: \"Please review my code\" assistant: \"I'll use the code-reviewer agent\" <commentary> Code was"
                + " written: review it. </commentary> </example> - also after refactors");
        assertThat(fixedText).endsWith("tools: Read, Grep\nmodel: sonnet\n---\nYou review code.\n");
        assertThat(check(CLAUDE, fixedText).diagnostics()).noneMatch(d -> d.code().id().startsWith("yaml-"));
    }

    @Test
    void twoBrokenValuesAreRepairedByOneFix() {
        String text = "---\nname: x-y\ndescription: Use when: needed\ninitialPrompt: Start: now\n---\nBody\n";
        CheckResult result = check(CLAUDE, text);
        List<Diagnostic> broken = result.diagnostics().stream().filter(d -> d.code() == Code.YAML_COLON_IN_PLAIN).toList();
        assertThat(broken).hasSize(2).allSatisfy(d -> assertThat(d.fix()).isNotNull());
        String fixedText = broken.get(0).fix().edit().applyTo(text);
        assertThat(fixedText).isEqualTo("---\nname: x-y\ndescription: >-\n  Use when: needed\ninitialPrompt: >-\n  Start: now\n---\nBody\n");
    }
}
