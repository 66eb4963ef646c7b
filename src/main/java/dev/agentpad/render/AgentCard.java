package dev.agentpad.render;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import dev.agentpad.dialect.ColorNames;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.Effect;
import dev.agentpad.dialect.FieldSpec;
import dev.agentpad.dialect.Role;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agent as its tool will present it: name, description, mode, model, tools and permissions, colour, and
 * whether the tool will load it at all. Computed from a check result; shown by the preview and the render command.
 *
 * @param mode       the mode, or the dialect's default marked "(default)"; empty when the dialect has no modes
 * @param colorCss   a CSS colour for the swatch, when the colour value is one we can show
 * @param status     one line, the tool's outcome: "Claude Code: loads", "Claude Code: loads, color ignored", "opencode: stops
 *                   at start-up", "Claude Code: does not load it"
 * @param outcome    the worst effect of the file's problems on the tool
 */
public record AgentCard(String name, String description, String dialect, String tool, Optional<String> mode,
                        Optional<String> model, List<String> tools, List<String> permissions, Optional<String> color,
                        Optional<String> colorCss, boolean loads, String status, Effect outcome) {

    public static AgentCard of(CheckResult result) {
        Dialect dialect = result.detection().dialect();
        YamlMapping keys = result.keys();
        String name = result.agentName().orElse("(no name)");
        String description = text(keys, key(dialect, Role.DESCRIPTION, "description")).orElse("");
        Optional<String> mode = dialect.field("mode")
                .map(spec -> text(keys, "mode").orElse(spec.defaultValueIfAny().map(d -> d + " (default)").orElse("")))
                .filter(m -> !m.isEmpty());
        String modelKey = key(dialect, Role.MODEL, "model");
        Optional<String> model = text(keys, modelKey).or(() -> listText(keys, modelKey));
        List<String> tools = new ArrayList<>();
        keys.entry(key(dialect, Role.TOOLS, dialect.field(Role.TOOL_SWITCHES).map(FieldSpec::key).orElse("tools")))
                .ifPresent(e -> tools.addAll(toolChips(e.value())));
        List<String> permissions = permissionChips(keys);
        Optional<String> color = text(keys, key(dialect, Role.COLOR, "color"));
        Effect outcome = result.diagnostics().stream().map(Diagnostic::effect).max(Comparator.naturalOrder()).orElse(Effect.WORKS);
        boolean loads = outcome != Effect.NOT_LOADED && outcome != Effect.LOADED_AS_PLACEHOLDER && outcome != Effect.REFUSES_TO_START;
        return new AgentCard(name, description, dialect.displayName(), dialect.toolName(), mode, model, tools, permissions,
                color, color.flatMap(ColorNames::swatchOf), loads, status(result, dialect.toolName(), outcome), outcome);
    }

    /** The tool's outcome in one line: the worst effect, and for ignored keys which ones. */
    static String status(CheckResult result, String tool, Effect outcome) {
        String what = switch (outcome) {
            case NOT_LOADED -> "does not load this agent";
            case LOADED_AS_PLACEHOLDER -> "loads a placeholder instead (the file name, a generic description, every tool)";
            case REFUSES_TO_START -> "stops at start-up until this is fixed";
            case REFUSES_TO_LAUNCH -> "loads it, but refuses to launch it";
            case MISREAD -> "loads it, but reads something other than what is written";
            case KEY_IGNORED, WORKS -> {
                List<String> ignored = result.diagnostics().stream().filter(d -> d.effect() == Effect.KEY_IGNORED)
                        .map(d -> d.key() != null ? d.key() : d.code().id()).distinct().toList();
                long warnings = result.count(Severity.WARNING);
                yield "loads" + (!ignored.isEmpty() ? ", " + String.join(", ", ignored) + " ignored"
                        : warnings > 0 ? ", with " + warnings + (warnings == 1 ? " warning" : " warnings") : "");
            }
        };
        return tool + ": " + what;
    }

    private static String key(Dialect dialect, Role role, String otherwise) {
        return dialect.field(role).map(FieldSpec::key).orElse(otherwise);
    }

    private static Optional<String> text(YamlMapping keys, String key) {
        return keys.value(key).filter(YamlScalar.class::isInstance).map(v -> (YamlScalar) v)
                .filter(s -> s.kind() != ScalarKind.NULL).map(YamlScalar::value);
    }

    private static Optional<String> listText(YamlMapping keys, String key) {
        return keys.value(key).filter(YamlSequence.class::isInstance)
                .map(v -> String.join(", ", ((YamlSequence) v).items().stream()
                        .filter(YamlScalar.class::isInstance).map(i -> ((YamlScalar) i).value()).toList()));
    }

    /** Tools as chips; in a map of booleans (opencode) a disabled tool is shown struck out as "no bash". */
    private static List<String> toolChips(YamlNode value) {
        List<String> chips = new ArrayList<>();
        if (value instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                boolean on = !(e.value() instanceof YamlScalar s) || !s.value().equals("false");
                chips.add(on ? e.name() : "no " + e.name());
            }
            return chips;
        }
        return ToolList.items(value);
    }

    private static List<String> permissionChips(YamlMapping keys) {
        List<String> chips = new ArrayList<>();
        for (String key : List.of("permission", "permissionMode")) {
            keys.value(key).ifPresent(v -> {
                if (v instanceof YamlScalar s) {
                    chips.add(key.equals("permission") ? "all: " + s.value() : s.value());
                } else if (v instanceof YamlMapping map) {
                    for (YamlEntry e : map.entries()) {
                        if (e.value() instanceof YamlScalar s) {
                            chips.add(e.name() + ": " + s.value());
                        } else if (e.value() instanceof YamlMapping rules) {
                            rules.entries().forEach(r -> chips.add(e.name() + " " + r.name() + ": "
                                    + (r.value() instanceof YamlScalar a ? a.value() : "?")));
                        }
                    }
                }
            });
        }
        return chips;
    }
}
