package dev.agentpad.form;

import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.FieldType;
import dev.agentpad.dialect.ValueFromText;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each form control does to the text: one surgical edit through the core, in the shape the file already
 * uses or, for a new key, the one the dialect wants (Claude's comma string, Copilot's list, opencode's map of
 * booleans). Clearing an optional field removes its key. Pure: the form applies the result to the editor as one
 * undoable change.
 */
public final class FormEdits {

    private FormEdits() {
    }

    /** Text typed into a text, choice, number or colour control; empty removes the key. */
    public static EditResult setText(AgentDocument doc, FormField field, String text) {
        if (text.isEmpty()) {
            return FrontMatterEditor.remove(doc, field.key());
        }
        return write(doc, field, text);
    }

    /**
     * Text as it stands while the user is still typing in the field: written as typed, and emptied to {@code ''}
     * rather than removed, so the key keeps its place when the user clears it and types anew. Leaving the field
     * empty removes the key ({@link #setText}).
     */
    public static EditResult typing(AgentDocument doc, FormField field, String text) {
        if (text.isEmpty()) {
            boolean present = current(doc, field.key()).isPresent();
            return present ? FrontMatterEditor.set(doc, field.key(), new NewValue.Text("")) : new EditResult.Unchanged();
        }
        return write(doc, field, text);
    }

    private static EditResult write(AgentDocument doc, FormField field, String text) {
        NewValue value = field.spec() == null || field.widget() == Widget.MULTILINE || field.widget() == Widget.TEXT
                ? new NewValue.Text(text)
                : ValueFromText.convert(field.spec(), text, current(doc, field.key()).orElse(null));
        return FrontMatterEditor.set(doc, field.key(), value);
    }

    public static EditResult setToggle(AgentDocument doc, FormField field, boolean on) {
        return FrontMatterEditor.set(doc, field.key(), new NewValue.Typed(String.valueOf(on), ScalarKind.BOOLEAN));
    }

    /** Names for a list or tools control; none removes the key. */
    public static EditResult setItems(AgentDocument doc, FormField field, List<String> items) {
        if (items.isEmpty()) {
            return FrontMatterEditor.remove(doc, field.key());
        }
        Optional<YamlNode> old = current(doc, field.key());
        FieldSpec spec = field.spec();
        if (spec != null && spec.type() == FieldType.TOOL_MAP) {
            return FrontMatterEditor.set(doc, field.key(), new NewValue.Flags(flags(old, items)));
        }
        boolean asList = old.map(n -> n instanceof YamlSequence).orElse(spec == null || spec.type() == FieldType.STRING_LIST || spec.preferList());
        return FrontMatterEditor.set(doc, field.key(), asList ? new NewValue.TextList(items) : new NewValue.Text(String.join(", ", items)));
    }

    /** opencode's tools map: every tool it names stays, switched on or off; newly ticked tools are added as true. */
    private static Map<String, Boolean> flags(Optional<YamlNode> old, List<String> enabled) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        if (old.isPresent() && old.get() instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                flags.put(e.name(), enabled.contains(e.name()));
            }
        }
        enabled.forEach(t -> flags.putIfAbsent(t, true));
        return flags;
    }

    /** One tool's single action in the permission table, such as {@code webfetch: deny}. */
    public static EditResult setPermission(AgentDocument doc, String key, String tool, String action) {
        return FrontMatterEditor.set(doc, List.of(key, tool), new NewValue.Text(action));
    }

    /** One tool's pattern rules, in the order given (the last match wins). */
    public static EditResult setPatternRules(AgentDocument doc, String key, String tool, List<FieldValue.PatternRule> rules) {
        if (rules.isEmpty()) {
            return FrontMatterEditor.remove(doc, List.of(key, tool));
        }
        Map<String, NewValue> ordered = new LinkedHashMap<>();
        rules.forEach(r -> ordered.put(r.pattern(), new NewValue.Text(r.action())));
        return FrontMatterEditor.set(doc, List.of(key, tool), new NewValue.Mapping(ordered));
    }

    public static EditResult removePermission(AgentDocument doc, String key, String tool) {
        return FrontMatterEditor.remove(doc, List.of(key, tool));
    }

    /** Moves pattern rule {@code index} up (-1) or down (+1). */
    public static List<FieldValue.PatternRule> move(List<FieldValue.PatternRule> rules, int index, int delta) {
        List<FieldValue.PatternRule> moved = new ArrayList<>(rules);
        int target = index + delta;
        if (target >= 0 && target < moved.size()) {
            moved.add(target, moved.remove(index));
        }
        return moved;
    }

    public static EditResult remove(AgentDocument doc, FormField field) {
        return FrontMatterEditor.remove(doc, field.key());
    }

    public static EditResult rename(AgentDocument doc, FormField field, String to) {
        return FrontMatterEditor.rename(doc, field.key(), to);
    }

    private static Optional<YamlNode> current(AgentDocument doc, String key) {
        return FrontMatterReader.read(doc).mapping().flatMap(m -> m.value(key));
    }

}
