package dev.agentpad.form;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Code;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Suggestions;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The form for one analysis: a field per key of the dialect in the dialect's order (deprecated ones only when
 * present), then the file's keys the dialect does not know, kept as raw rows so nothing is ever dropped. When the
 * front matter does not parse, the form says why and offers the checker's fix, and no value is shown.
 *
 * @param yamlProblem the problem that stops the front matter from being read, if any
 */
public record FormModel(Dialect dialect, List<FormField> fields, Optional<Diagnostic> yamlProblem, int keysNotShown) {

    /**
     * The most keys the dialect does not know that get a row each: a file with thousands of them would otherwise build
     * thousands of controls on the FX thread (5,000 keys kept the window blank for seconds); the rest are counted in
     * {@link #keysNotShown} and stay editable in the text.
     */
    public static final int MAX_OTHER_KEYS = 100;

    public static FormModel of(CheckResult result) {
        Dialect dialect = result.detection().dialect();
        Optional<Diagnostic> yamlProblem = result.frontMatter().isValid() ? Optional.empty()
                : result.diagnostics().stream().filter(d -> d.code().id().startsWith("yaml-"))
                        .min(Comparator.comparing(Diagnostic::severity));
        YamlMapping keys = result.frontMatter().mapping().orElse(new YamlMapping(List.of(), false, result.document().yamlRange()));
        String text = result.document().text();
        List<FormField> fields = new ArrayList<>();
        for (FieldSpec spec : dialect.fields()) {
            Optional<YamlEntry> entry = keys.entry(spec.key());
            if (spec.isDeprecated() && entry.isEmpty()) {
                continue;
            }
            Widget widget = widgetFor(spec);
            FieldValue value = entry.map(e -> read(widget, e.value(), text)).orElse(new FieldValue.Absent());
            fields.add(new FormField(spec.key(), spec, widget, value, diagnosticsFor(result, spec.key()), Optional.empty()));
        }
        List<String> known = dialect.fields().stream().map(FieldSpec::key).toList();
        Set<String> seen = new HashSet<>();
        fields.forEach(f -> seen.add(f.key()));
        int others = 0;
        int notShown = 0;
        for (YamlEntry entry : keys.entries()) {
            String key = entry.name();
            if (!seen.add(key)) {
                continue;
            }
            if (others++ >= MAX_OTHER_KEYS) {
                notShown++;
                continue;
            }
            YamlNode v = entry.value();
            FieldValue raw = v instanceof YamlScalar s ? new FieldValue.Text(s.kind() == ScalarKind.NULL ? "" : s.value())
                    : new FieldValue.Raw(v.range().of(text), false);
            fields.add(new FormField(key, null, Widget.RAW, raw, diagnosticsFor(result, key),
                    dialect.isGeneric() ? Optional.empty() : Suggestions.closest(key, known)));
        }
        return new FormModel(dialect, fields, yamlProblem, notShown);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    static Widget widgetFor(FieldSpec spec) {
        return switch (spec.type()) {
            case STRING -> spec.values().isEmpty() ? Widget.TEXT : spec.openValues() ? Widget.EDITABLE_CHOICE : Widget.CHOICE;
            case TEXT -> Widget.MULTILINE;
            case ENUM -> Widget.CHOICE;
            case NUMBER -> Widget.NUMBER;
            case INTEGER -> Widget.INTEGER;
            case BOOLEAN -> Widget.TOGGLE;
            case STRING_LIST -> Widget.LIST;
            case COMMA_OR_LIST -> spec.key().toLowerCase().contains("tools") ? Widget.TOOLS : Widget.LIST;
            case TOOL_MAP -> Widget.TOOLS;
            case PERMISSION -> Widget.PERMISSIONS;
            case COLOR -> Widget.COLOR;
            case MAP, LIST_OF_MAPS, ANY -> Widget.RAW;
        };
    }

    /** The value for the control, or why it cannot be shown without guessing. */
    static FieldValue read(Widget widget, YamlNode node, String text) {
        String yaml = node.range().of(text);
        switch (widget) {
            case TEXT, MULTILINE, CHOICE, EDITABLE_CHOICE, NUMBER, INTEGER, TOGGLE, COLOR -> {
                if (node instanceof YamlScalar s) {
                    return new FieldValue.Text(s.kind() == ScalarKind.NULL ? "" : s.value());
                }
                return new FieldValue.Unreadable(yaml, "a " + node.kindName() + " where the tool wants a single value");
            }
            case LIST, TOOLS -> {
                if (node instanceof YamlScalar s && s.kind() == ScalarKind.STRING) {
                    return new FieldValue.Items(ToolList.split(s.value()), FieldValue.Shape.COMMA);
                }
                if (node instanceof YamlSequence seq && seq.items().stream().allMatch(YamlScalar.class::isInstance)) {
                    return new FieldValue.Items(seq.items().stream().map(i -> ((YamlScalar) i).value()).toList(), FieldValue.Shape.LIST);
                }
                if (node instanceof YamlMapping map && map.entries().stream().allMatch(e -> isBoolean(e.value()))) {
                    return new FieldValue.Items(map.entries().stream().filter(e -> ((YamlScalar) e.value()).value().equals("true"))
                            .map(YamlEntry::name).toList(), FieldValue.Shape.MAP);
                }
                return new FieldValue.Unreadable(yaml, "not a list of names");
            }
            case PERMISSIONS -> {
                return permissions(node, yaml);
            }
            default -> {
                return new FieldValue.Raw(yaml, node instanceof YamlScalar);
            }
        }
    }

    private static boolean isBoolean(YamlNode node) {
        return node instanceof YamlScalar s && s.kind() == ScalarKind.BOOLEAN && (s.value().equals("true") || s.value().equals("false"));
    }

    private static FieldValue permissions(YamlNode node, String yaml) {
        if (node instanceof YamlScalar s) {
            return new FieldValue.Permissions(s.value(), List.of());
        }
        if (!(node instanceof YamlMapping map)) {
            return new FieldValue.Unreadable(yaml, "permission must be an action or a map");
        }
        List<FieldValue.PermissionRow> rows = new ArrayList<>();
        for (YamlEntry tool : map.entries()) {
            if (tool.value() instanceof YamlScalar action) {
                rows.add(new FieldValue.PermissionRow(tool.name(), action.value(), List.of()));
            } else if (tool.value() instanceof YamlMapping patterns && patterns.entries().stream().allMatch(p -> p.value() instanceof YamlScalar)) {
                rows.add(new FieldValue.PermissionRow(tool.name(), null, patterns.entries().stream()
                        .map(p -> new FieldValue.PatternRule(p.name(), ((YamlScalar) p.value()).value())).toList()));
            } else {
                return new FieldValue.Unreadable(yaml, "the rules for '" + tool.name() + "' have a shape the table cannot show");
            }
        }
        return new FieldValue.Permissions(null, rows);
    }

    private static List<Diagnostic> diagnosticsFor(CheckResult result, String key) {
        return result.diagnostics().stream().filter(d -> key.equals(d.key()) && d.code() != Code.PORTABILITY).toList();
    }
}
