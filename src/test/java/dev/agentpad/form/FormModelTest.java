package dev.agentpad.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.EditResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormModelTest {

    private static final String CLAUDE_PATH = "r/.claude/agents/reviewer.md";
    private static final String OPENCODE_PATH = "r/.opencode/agent/backend.md";

    private static final String CLAUDE = """
            ---
            name: reviewer
            description: Reviews code. # short
            tools: Read, Grep
            model: sonnet
            modle: opus
            x-team: platform
            ---
            Body.
            """;

    private static final String OPENCODE = """
            ---
            description: Builds APIs
            mode: subagent
            temperature: 0.1
            tools:
              write: true
              bash: false
            permission:
              edit: ask
              bash:
                "*": ask
                "git status": allow
            ---
            Body.
            """;

    private static FormModel form(String path, String text) {
        return FormModel.of(Checker.standard().check(text, Path.of(path), null));
    }

    private static String apply(String text, EditResult result) {
        assertThat(result).isInstanceOf(EditResult.Change.class);
        return result.applyTo(text);
    }

    /** Lines removed and added by an edit, for "only that key's lines changed". */
    private static List<List<String>> diff(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        int p = 0;
        while (p < a.size() && p < b.size() && a.get(p).equals(b.get(p))) {
            p++;
        }
        int s = 0;
        while (s < a.size() - p && s < b.size() - p && a.get(a.size() - 1 - s).equals(b.get(b.size() - 1 - s))) {
            s++;
        }
        return List.of(a.subList(p, a.size() - s), b.subList(p, b.size() - s));
    }

    @Test
    void fieldsFollowTheDialectsOrderThenUnknownKeysAsRawRows() {
        FormModel form = form(CLAUDE_PATH, CLAUDE);
        assertThat(form.fields()).extracting(FormField::key).startsWith("name", "description", "tools", "disallowedTools", "model")
                .endsWith("modle", "x-team");
        assertThat(form.field("description").orElseThrow().widget()).isEqualTo(Widget.MULTILINE);
        assertThat(form.field("model").orElseThrow().widget()).isEqualTo(Widget.EDITABLE_CHOICE);
        assertThat(form.field("permissionMode").orElseThrow().widget()).isEqualTo(Widget.CHOICE);
        assertThat(form.field("tools").orElseThrow().value())
                .isEqualTo(new FieldValue.Items(List.of("Read", "Grep"), FieldValue.Shape.COMMA));
        FormField typo = form.field("modle").orElseThrow();
        assertThat(typo.isKnown()).isFalse();
        assertThat(typo.didYouMean()).hasValue("model");
        assertThat(typo.diagnostics()).extracting(d -> d.code().id()).containsExactly("key-unknown");
        assertThat(form.field("x-team").orElseThrow().value()).isEqualTo(new FieldValue.Text("platform"));
    }

    @Test
    void aFileWithThousandsOfUnknownKeysGetsAHundredRowsAndACount() {
        StringBuilder text = new StringBuilder("---\nname: many\ndescription: Many keys.\n");
        for (int i = 0; i < 5000; i++) {
            text.append("key").append(i).append(": value ").append(i).append('\n');
        }
        FormModel form = form(CLAUDE_PATH, text.append("---\nBody\n").toString());
        assertThat(form.fields().stream().filter(f -> !f.isKnown())).hasSize(FormModel.MAX_OTHER_KEYS)
                .first().extracting(FormField::key).isEqualTo("key0");
        assertThat(form.keysNotShown()).isEqualTo(4900);
        assertThat(form.field("name").orElseThrow().value()).isEqualTo(new FieldValue.Text("many"));
    }

    @Test
    void opencodeToolsAndPermissionsAreReadForTheirControls() {
        FormModel form = form(OPENCODE_PATH, OPENCODE);
        assertThat(form.field("tools").orElseThrow().value()).isEqualTo(new FieldValue.Items(List.of("write"), FieldValue.Shape.MAP));
        assertThat(form.field("permission").orElseThrow().value()).isEqualTo(new FieldValue.Permissions(null, List.of(
                new FieldValue.PermissionRow("edit", "ask", List.of()),
                new FieldValue.PermissionRow("bash", null, List.of(new FieldValue.PatternRule("*", "ask"),
                        new FieldValue.PatternRule("git status", "allow"))))));
        assertThat(form.field("temperature").orElseThrow().widget()).isEqualTo(Widget.NUMBER);
        assertThat(form.field("maxSteps")).as("deprecated keys only when present").isEmpty();
    }

    @Test
    void eachControlWritesOnlyItsKeysLines() {
        AgentDocument claude = AgentDocument.parse(CLAUDE);
        FormModel cf = form(CLAUDE_PATH, CLAUDE);
        String model = apply(CLAUDE, FormEdits.setText(claude, cf.field("model").orElseThrow(), "opus"));
        assertThat(diff(CLAUDE, model)).isEqualTo(List.of(List.of("model: sonnet"), List.of("model: opus")));
        String description = apply(CLAUDE, FormEdits.setText(claude, cf.field("description").orElseThrow(), "Reviews code: carefully"));
        assertThat(diff(CLAUDE, description)).isEqualTo(List.of(List.of("description: Reviews code. # short"),
                List.of("description: 'Reviews code: carefully' # short")));
        String tools = apply(CLAUDE, FormEdits.setItems(claude, cf.field("tools").orElseThrow(), List.of("Read", "Grep", "Bash")));
        assertThat(diff(CLAUDE, tools)).isEqualTo(List.of(List.of("tools: Read, Grep"), List.of("tools: Read, Grep, Bash")));
        String background = apply(CLAUDE, FormEdits.setToggle(claude, cf.field("background").orElseThrow(), true));
        assertThat(diff(CLAUDE, background)).isEqualTo(List.of(List.of(), List.of("background: true")));
        assertThat(FormEdits.rename(claude, cf.field("modle").orElseThrow(), "model")).as("model is already there")
                .isInstanceOf(EditResult.Refused.class);
        String typo = "---\nname: a-b\ndescription: x\nmodle: opus\n---\n";
        String renamed = apply(typo, FormEdits.rename(AgentDocument.parse(typo), form(CLAUDE_PATH, typo).field("modle").orElseThrow(), "model"));
        assertThat(diff(typo, renamed)).isEqualTo(List.of(List.of("modle: opus"), List.of("model: opus")));
        String cleared = apply(CLAUDE, FormEdits.setText(claude, cf.field("model").orElseThrow(), ""));
        assertThat(diff(CLAUDE, cleared)).isEqualTo(List.of(List.of("model: sonnet"), List.of()));

        AgentDocument opencode = AgentDocument.parse(OPENCODE);
        FormModel of = form(OPENCODE_PATH, OPENCODE);
        String temperature = apply(OPENCODE, FormEdits.setText(opencode, of.field("temperature").orElseThrow(), "0.4"));
        assertThat(diff(OPENCODE, temperature)).isEqualTo(List.of(List.of("temperature: 0.1"), List.of("temperature: 0.4")));
        String toolsMap = apply(OPENCODE, FormEdits.setItems(opencode, of.field("tools").orElseThrow(), List.of("bash", "read")));
        assertThat(toolsMap).contains("tools:\n  write: false\n  bash: true\n  read: true\npermission:");
        String action = apply(OPENCODE, FormEdits.setPermission(opencode, "permission", "edit", "deny"));
        assertThat(diff(OPENCODE, action)).isEqualTo(List.of(List.of("  edit: ask"), List.of("  edit: deny")));
        var rules = FormEdits.move(List.of(new FieldValue.PatternRule("*", "ask"), new FieldValue.PatternRule("git status", "allow")), 1, -1);
        String reordered = apply(OPENCODE, FormEdits.setPatternRules(opencode, "permission", "bash", rules));
        assertThat(diff(OPENCODE, reordered).get(1)).containsExactly("    git status: allow", "    '*': ask");
    }

    @Test
    void newToolListsTakeTheShapeTheDialectWants() {
        String copilot = "---\ndescription: x\n---\nB\n";
        FormModel form = form("r/a.agent.md", copilot);
        assertThat(apply(copilot, FormEdits.setItems(AgentDocument.parse(copilot), form.field("tools").orElseThrow(), List.of("read", "edit"))))
                .contains("tools: [read, edit]");
        String claude = "---\nname: a-b\ndescription: x\n---\nB\n";
        FormModel cf = form(CLAUDE_PATH, claude);
        assertThat(apply(claude, FormEdits.setItems(AgentDocument.parse(claude), cf.field("tools").orElseThrow(), List.of("Read", "Grep"))))
                .contains("tools: Read, Grep");
    }

    @Test
    void invalidYamlDisablesTheFormAndOffersTheFix() {
        FormModel form = form(CLAUDE_PATH, "---\nname: x-y\ndescription: Use when: needed\n---\nB\n");
        assertThat(form.yamlProblem()).isPresent();
        assertThat(form.yamlProblem().get().fix()).isNotNull();
        assertThat(form.fields()).allSatisfy(f -> assertThat(f.isPresent()).as(f.key() + " shows no guessed value").isFalse());
    }

    @Test
    void unreadableShapesAreShownAsTheyAreNotGuessed() {
        FormField tools = form(CLAUDE_PATH, "---\nname: a-b\ndescription: x\ntools: {Read: yes}\n---\nB\n").field("tools").orElseThrow();
        assertThat(tools.value()).isInstanceOf(FieldValue.Unreadable.class);
        assertThat(tools.isEditable()).isFalse();
    }

    /** Property: whatever the form does to known keys, unknown keys keep their exact text. */
    @Test
    void unknownKeysSurviveAnySequenceOfFormEdits() {
        Random random = new Random(42);
        String text = CLAUDE;
        List<String> values = List.of("opus", "a: b", "#x", "no", "", "Line one\nLine two", "Read, Write");
        for (int step = 0; step < 300; step++) {
            AgentDocument doc = AgentDocument.parse(text);
            CheckResult result = Checker.standard().check(text, Path.of(CLAUDE_PATH), null);
            List<FormField> known = new ArrayList<>(FormModel.of(result).fields().stream().filter(FormField::isKnown)
                    .filter(FormField::isEditable).toList());
            FormField field = known.get(random.nextInt(known.size()));
            String value = values.get(random.nextInt(values.size()));
            EditResult edit = switch (field.widget()) {
                case TOGGLE -> FormEdits.setToggle(doc, field, random.nextBoolean());
                case LIST, TOOLS -> FormEdits.setItems(doc, field, List.of(value.split(",\\s*")).stream().filter(s -> !s.isBlank()).toList());
                default -> FormEdits.setText(doc, field, value);
            };
            text = edit.applyTo(text);
            assertThat(text).as("after setting %s to %s", field.key(), value).contains("\nmodle: opus\n").contains("\nx-team: platform\n");
        }
    }
}
