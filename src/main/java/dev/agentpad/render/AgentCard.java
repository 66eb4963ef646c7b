package dev.agentpad.render;

import dev.agentpad.check.CheckResult;
import dev.agentpad.dialect.ColorNames;
import dev.agentpad.check.Severity;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.ToolList;
import dev.agentpad.yaml.ScalarKind;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import dev.agentpad.yaml.YamlNode;
import dev.agentpad.yaml.YamlScalar;
import dev.agentpad.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agent as its tool will present it: name, description, mode, model, tools and permissions, colour, and
 * whether the tool will load it at all. Computed from a check result; shown by the preview and the render command.
 *
 * @param mode       the mode, or the dialect's default marked "(default)"; empty when the dialect has no modes
 * @param colorCss   a CSS colour for the swatch, when the colour value is one we can show
 * @param status     one line: "Loads", "Loads, with warnings", or why the tool will not load it
 */
public record AgentCard(String name, String description, String dialect, String tool, Optional<String> mode,
                        Optional<String> model, List<String> tools, List<String> permissions, Optional<String> color,
                        Optional<String> colorCss, boolean loads, String status) {

    public static AgentCard of(CheckResult result) {
        Dialect dialect = result.detection().dialect();
        YamlMapping keys = result.keys();
        String name = result.agentName().orElse("(no name)");
        String description = text(keys, "description").orElse("");
        Optional<String> mode = dialect.field("mode")
                .map(spec -> text(keys, "mode").orElse(spec.defaultValueIfAny().map(d -> d + " (default)").orElse("")))
                .filter(m -> !m.isEmpty());
        Optional<String> model = text(keys, "model").or(() -> listText(keys, "model"));
        List<String> tools = new ArrayList<>();
        keys.entry("tools").ifPresent(e -> tools.addAll(toolChips(e.value())));
        List<String> permissions = permissionChips(keys);
        Optional<String> color = text(keys, "color");
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        String status = errors > 0
                ? dialect.toolName() + " will refuse or drop this agent: " + errors + (errors == 1 ? " error" : " errors")
                : warnings > 0 ? "Loads, with " + warnings + (warnings == 1 ? " warning" : " warnings") : "Loads";
        return new AgentCard(name, description, dialect.displayName(), dialect.toolName(), mode, model, tools, permissions,
                color, color.flatMap(ColorNames::swatchOf), errors == 0, status);
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
