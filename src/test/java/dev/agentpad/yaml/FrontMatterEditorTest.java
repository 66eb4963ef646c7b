package dev.agentpad.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextDiff;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterEditorTest {

    private static String set(String text, String key, String value) {
        return FrontMatterEditor.set(AgentDocument.parse(text), key, new NewValue.Text(value)).applyTo(text);
    }

    private static String valueOf(String text, String key) {
        FrontMatter fm = FrontMatterReader.read(AgentDocument.parse(text));
        assertThat(fm.error()).as("YAML after the edit:\n%s", text).isEmpty();
        YamlScalar s = (YamlScalar) fm.mapping().orElseThrow().value(key).orElseThrow();
        assertThat(s.kind()).as("kind of %s", key).isEqualTo(ScalarKind.STRING);
        return s.value();
    }

    @Test
    void settingAValueChangesOnlyThatValue() {
        String text = """
                ---
                # the reviewer
                name: reviewer   # shown in the menu
                model: sonnet # fast enough
                tools: Read, Grep
                ---
                Body.
                """;
        String after = set(text, "model", "opus");
        assertThat(after).isEqualTo(text.replace("model: sonnet #", "model: opus #"));
    }

    @Test
    void settingTheSameValueChangesNoByte() {
        String text = "---\nmodel: 'opus'\ndescription: >-\n  Reviews\n  code\n---\n";
        assertThat(FrontMatterEditor.set(AgentDocument.parse(text), "model", new NewValue.Text("opus")))
                .isInstanceOf(EditResult.Unchanged.class);
        assertThat(FrontMatterEditor.set(AgentDocument.parse(text), "description", new NewValue.Text("Reviews code")))
                .isInstanceOf(EditResult.Unchanged.class);
    }

    @Test
    void keepsTheExistingQuotingStyle() {
        assertThat(set("---\nmodel: 'sonnet'\n---\n", "model", "opus")).isEqualTo("---\nmodel: 'opus'\n---\n");
        assertThat(set("---\nmodel: \"sonnet\"\n---\n", "model", "it's")).isEqualTo("---\nmodel: \"it's\"\n---\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "yes", "1.10", "0777", "null", "~", "2024-01-01", "true", "#ff0000",
            "Reviews code: style and bugs", "a #comment", "- item", "[x]", "{a}", "*alias", "&anchor", "!tag",
            "'quoted'", "\"double\"", " leading space", "trailing space ", "", "%percent", "@at", "`tick`",
            "key:", "tab\there", "emoji 🚀 here", "back\\slash", "\u0007bell"})
    void valuesThatWouldChangeMeaningUnquotedAreQuoted(String value) {
        String after = set("---\nmodel: sonnet\nmode: all\n---\n", "model", value);
        assertThat(valueOf(after, "model")).isEqualTo(value);
        assertThat(TextDiff.changedLines("---\nmodel: sonnet\nmode: all\n---\n", after).removed()).containsExactly("model: sonnet\n");
    }

    @Test
    void plainSafeTextStaysPlain() {
        assertThat(set("---\nmodel: sonnet\n---\n", "model", "anthropic/claude-sonnet-4-5"))
                .isEqualTo("---\nmodel: anthropic/claude-sonnet-4-5\n---\n");
    }

    @Test
    void multiLineTextBecomesALiteralBlockAndBack() {
        String text = "---\ndescription: short\nmode: all\n---\nbody\n";
        String multi = set(text, "description", "First line: with colon.\n\n<example>\nuser: hi\n</example>");
        assertThat(multi).isEqualTo("---\ndescription: |-\n  First line: with colon.\n\n  <example>\n  user: hi\n  </example>\nmode: all\n---\nbody\n");
        String back = set(multi, "description", "short");
        assertThat(back).as("the literal style can hold one line, so it is kept")
                .isEqualTo("---\ndescription: |-\n  short\nmode: all\n---\nbody\n");
    }

    @Test
    void foldedBlockStaysFolded() {
        String text = "---\ndescription: >-\n  Use this agent when you need to develop.\nmode: all\n---\n";
        String after = set(text, "description", "Use this agent for backend work: APIs, databases.");
        assertThat(after).isEqualTo("---\ndescription: >-\n  Use this agent for backend work: APIs, databases.\nmode: all\n---\n");
    }

    @Test
    void blockScalarWithTrailingBlankLinesKeepsTheBlankLines() {
        String text = "---\ndescription: |\n  Old text.\n\n\nmodel: x\n---\n";
        String after = set(text, "description", "New text.\n");
        assertThat(after).isEqualTo("---\ndescription: |\n  New text.\n\n\nmodel: x\n---\n");
        assertThat(valueOf(after, "description")).isEqualTo("New text.\n");
    }

    @Test
    void emojiBeforeTheEditedKeyDoesNotShiftTheSplice() {
        String text = "---\ndescription: 🚀🚀 launches 🚀\nmodel: sonnet\n---\n";
        assertThat(set(text, "model", "opus")).isEqualTo("---\ndescription: 🚀🚀 launches 🚀\nmodel: opus\n---\n");
    }

    @Test
    void crlfWithBomIsKeptAndNewLinesUseCrlf() {
        String text = "\uFEFF---\r\nname: reviewer\r\n---\r\nbody\r\n";
        String after = set(text, "description", "Line one\nLine two");
        assertThat(after).isEqualTo("\uFEFF---\r\nname: reviewer\r\ndescription: |-\r\n  Line one\r\n  Line two\r\n---\r\nbody\r\n");
    }

    @Test
    void addsAKeyAfterTheLastOneWithTheFilesIndentation() {
        String text = "---\n  name: x\n  tools:\n    - Read\n# end\n---\n";
        String after = set(text, "model", "opus");
        assertThat(after).isEqualTo("---\n  name: x\n  tools:\n    - Read\n  model: opus\n# end\n---\n");
    }

    @Test
    void addsFrontMatterToAFileWithoutOne() {
        assertThat(set("You are helpful.\n", "description", "Helps")).isEqualTo("---\ndescription: Helps\n---\nYou are helpful.\n");
        assertThat(set("---\n---\nBody", "name", "x")).isEqualTo("---\nname: x\n---\nBody");
    }

    @Test
    void replacesAListWithTextAndTextWithAList() {
        String text = "---\ntools:\n  - Read\n  - Grep\nmodel: x\n---\n";
        assertThat(set(text, "tools", "Read, Grep")).isEqualTo("---\ntools: Read, Grep\nmodel: x\n---\n");
        String list = FrontMatterEditor.set(AgentDocument.parse(text), "tools", new NewValue.TextList(List.of("Read", "Edit", "a: b")))
                .applyTo(text);
        assertThat(list).isEqualTo("---\ntools:\n  - Read\n  - Edit\n  - 'a: b'\nmodel: x\n---\n");
        String flow = "---\ntools: [Read]\n---\n";
        assertThat(FrontMatterEditor.set(AgentDocument.parse(flow), "tools", new NewValue.TextList(List.of("Read", "x,y")))
                .applyTo(flow)).isEqualTo("---\ntools: [Read, 'x,y']\n---\n");
    }

    @Test
    void typedValuesAreWrittenPlain() {
        String text = "---\ntemperature: 0.1\n---\n";
        assertThat(FrontMatterEditor.set(AgentDocument.parse(text), "temperature", new NewValue.Typed("0.3", ScalarKind.FLOAT))
                .applyTo(text)).isEqualTo("---\ntemperature: 0.3\n---\n");
    }

    @Test
    void fillsAnEmptyValue() {
        assertThat(set("---\nmodel:\nmode: all\n---\n", "model", "opus")).isEqualTo("---\nmodel: opus\nmode: all\n---\n");
        assertThat(set("---\ncolor: #ff0000\n---\n", "color", "#ff0000")).isEqualTo("---\ncolor: '#ff0000' #ff0000\n---\n");
    }

    @Test
    void setsTheLastOfDuplicateKeys() {
        assertThat(set("---\nmodel: a\nmodel: b\n---\n", "model", "c")).isEqualTo("---\nmodel: a\nmodel: c\n---\n");
    }

    @Test
    void removesAllLinesOfAKey() {
        String text = "---\nname: x\ndescription: |\n  one\n  two\ntools:\n  - Read\n  - Grep # last\nmodel: m\n---\n";
        AgentDocument doc = AgentDocument.parse(text);
        assertThat(FrontMatterEditor.remove(doc, "description").applyTo(text))
                .isEqualTo("---\nname: x\ntools:\n  - Read\n  - Grep # last\nmodel: m\n---\n");
        assertThat(FrontMatterEditor.remove(doc, "tools").applyTo(text))
                .isEqualTo("---\nname: x\ndescription: |\n  one\n  two\nmodel: m\n---\n");
        assertThat(FrontMatterEditor.remove(doc, "absent")).isInstanceOf(EditResult.Unchanged.class);
    }

    @Test
    void removesEveryDuplicateButKeepsTheLinesBetween() {
        String text = "---\nmodel: a\nname: x\nmodel: b\n---\n";
        assertThat(FrontMatterEditor.remove(AgentDocument.parse(text), "model").applyTo(text)).isEqualTo("---\nname: x\n---\n");
    }

    @Test
    void renamesAKeyKeepingItsValueText() {
        String text = "---\npermissions:\n  bash: ask # careful\n---\n";
        assertThat(FrontMatterEditor.rename(AgentDocument.parse(text), "permissions", "permission").applyTo(text))
                .isEqualTo("---\npermission:\n  bash: ask # careful\n---\n");
        assertThat(FrontMatterEditor.rename(AgentDocument.parse("---\na: 1\nb: 2\n---\n"), "a", "b"))
                .isInstanceOf(EditResult.Refused.class);
    }

    @Test
    void refusesToEditInvalidYamlAndSaysWhy() {
        EditResult result = FrontMatterEditor.set(AgentDocument.parse("---\ndescription: a: b\n---\n"), "model", new NewValue.Text("x"));
        assertThat(result).isInstanceOf(EditResult.Refused.class);
        assertThat(((EditResult.Refused) result).reason()).contains("not valid YAML").contains("2:");
    }

    @Test
    void tabsAndCommentsElsewhereSurviveAnEdit() {
        String text = "---\nname: x\t# tab before comment\n\n# a comment line\nmodel: a\n---\n";
        assertThat(set(text, "model", "b")).isEqualTo(text.replace("model: a", "model: b"));
    }

    private static final String PERMISSIONS = """
            ---
            description: x
            permission:
              edit: ask # careful
              bash:
                "*": ask
                "git status": allow
            mode: all
            ---
            """;

    @Test
    void aNestedValueChangesOnlyItsOwnLine() {
        AgentDocument doc = AgentDocument.parse(PERMISSIONS);
        String after = FrontMatterEditor.set(doc, List.of("permission", "bash", "git status"), new NewValue.Text("deny")).applyTo(PERMISSIONS);
        assertThat(TextDiff.changedLines(PERMISSIONS, after).removed()).containsExactly("    \"git status\": allow\n");
        assertThat(TextDiff.changedLines(PERMISSIONS, after).added()).containsExactly("    \"git status\": deny\n");
    }

    @Test
    void aMissingNestedKeyIsAddedAtTheEndOfItsMapWithItsIndentation() {
        AgentDocument doc = AgentDocument.parse(PERMISSIONS);
        String after = FrontMatterEditor.set(doc, List.of("permission", "bash", "npm test"), new NewValue.Text("allow")).applyTo(PERMISSIONS);
        assertThat(after).contains("    \"git status\": allow\n    npm test: allow\nmode: all\n");
        String webfetch = FrontMatterEditor.set(doc, List.of("permission", "webfetch"), new NewValue.Text("deny")).applyTo(PERMISSIONS);
        assertThat(webfetch).contains("    \"git status\": allow\n  webfetch: deny\nmode: all\n");
    }

    @Test
    void missingMapsOnThePathAreCreated() {
        String text = "---\ndescription: x\n---\n";
        String after = FrontMatterEditor.set(AgentDocument.parse(text), List.of("permission", "bash", "*"), new NewValue.Text("ask"))
                .applyTo(text);
        assertThat(after).isEqualTo("---\ndescription: x\npermission:\n  bash:\n    '*': ask\n---\n");
        String scalar = "---\npermission: ask\n---\n";
        assertThat(FrontMatterEditor.set(AgentDocument.parse(scalar), List.of("permission", "edit"), new NewValue.Text("deny"))
                .applyTo(scalar)).as("a scalar on the way becomes a map").isEqualTo("---\npermission:\n  edit: deny\n---\n");
    }

    @Test
    void aWholeNestedMapCanBeWrittenInOrder() {
        AgentDocument doc = AgentDocument.parse(PERMISSIONS);
        java.util.Map<String, NewValue> rules = new java.util.LinkedHashMap<>();
        rules.put("git status", new NewValue.Text("allow"));
        rules.put("*", new NewValue.Text("ask"));
        String after = FrontMatterEditor.set(doc, List.of("permission", "bash"), new NewValue.Mapping(rules)).applyTo(PERMISSIONS);
        assertThat(after).contains("  bash:\n    git status: allow\n    '*': ask\nmode: all\n").contains("edit: ask # careful");
    }

    @Test
    void removesANestedKeyWithItsLines() {
        AgentDocument doc = AgentDocument.parse(PERMISSIONS);
        assertThat(FrontMatterEditor.remove(doc, List.of("permission", "bash")).applyTo(PERMISSIONS))
                .isEqualTo(PERMISSIONS.replace("  bash:\n    \"*\": ask\n    \"git status\": allow\n", ""));
        assertThat(FrontMatterEditor.remove(doc, List.of("permission", "none"))).isInstanceOf(EditResult.Unchanged.class);
    }
}
